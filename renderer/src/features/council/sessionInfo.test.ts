import { describe, expect, it } from 'vitest';
import type { RecordOf } from '../../../../common/records/types';
import { sessionInfo } from './sessionInfo';

const envelope = {
  id: 's1',
  workspaceId: 'w',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  hlc: {},
  deleted: 0 as const,
  deletedHlc: null,
};

describe('sessionInfo', () => {
  it('reads a session stored before kind, committee, place and agenda existed', () => {
    const old: RecordOf<'councilSessions'> = {
      ...envelope,
      title: '本会議',
      date: '2026-06-01',
      summary: '',
    };
    expect(sessionInfo(old)).toEqual({
      id: 's1',
      title: '本会議',
      kind: 'plenary',
      committee: '',
      date: '2026-06-01',
      place: '',
      agenda: [],
    });
  });

  it('keeps the new fields when present', () => {
    const rec: RecordOf<'councilSessions'> = {
      ...envelope,
      title: '総務常任委員会',
      date: '2026-12-01',
      summary: '',
      sessionKind: 'committee',
      committee: '総務常任委員会',
      place: '第1委員会室',
      agenda: ['議案第1号'],
    };
    expect(sessionInfo(rec)).toMatchObject({
      kind: 'committee',
      committee: '総務常任委員会',
      agenda: ['議案第1号'],
    });
  });
});
