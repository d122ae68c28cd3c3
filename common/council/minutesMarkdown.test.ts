import { describe, expect, it } from 'vitest';
import { minutesFrontMatter, minutesMarkdown, type MinutesLabels } from './minutesMarkdown';
import type { NoteEntry, SessionInfo } from './types';

const labels: MinutesLabels = {
  minutes: '議事メモ',
  plenary: '本会議',
  committee: '委員会',
  kind: '会議',
  date: '日付',
  place: '場所',
  agenda: '議題',
  member: '議員',
  answerer: '答弁者',
  issue: '関連課題',
  opening: '開会前',
  untitled: '（無題）',
  formatDate: (d) => d.replace(/-/g, '/'),
  formatTime: (at) => at.toISOString().slice(11, 16),
};

const session: SessionInfo = {
  id: 's1',
  title: '総務常任委員会',
  kind: 'committee',
  committee: '総務常任委員会',
  date: '2026-12-01',
  place: '第1委員会室',
  agenda: ['議案第1号', '所管事務調査'],
};

const entry = (patch: Partial<NoteEntry>): NoteEntry => ({
  id: 'x',
  sessionId: 's1',
  at: '2026-12-01T01:00:00.000Z',
  kind: 'entry',
  speakerRole: '',
  speaker: '',
  body: '',
  issueId: '',
  ...patch,
});

describe('minutesMarkdown', () => {
  it('prints particulars, then each agenda item with timed, attributed entries', () => {
    const md = minutesMarkdown(
      session,
      [
        entry({
          at: '2026-12-01T01:31:00.000Z',
          speaker: '企画部長',
          speakerRole: 'answerer',
          body: '検討します。',
        }),
        entry({ at: '2026-12-01T01:00:00.000Z', kind: 'heading', body: '議案第1号' }),
        entry({
          at: '2026-12-01T01:02:00.000Z',
          speaker: '山田議員',
          speakerRole: 'member',
          body: '実証実験の予算は？ #実証実験',
          issueId: 'i1',
        }),
        entry({ at: '2026-12-01T01:30:00.000Z', kind: 'heading', body: '所管事務調査' }),
        entry({ sessionId: 'other', body: 'よその会議' }),
        entry({ at: '2026-12-01T01:40:00.000Z', body: '' }),
      ],
      labels,
      new Map([['i1', { title: '移動支援' }]]),
    );
    expect(md).toBe(
      [
        '# 総務常任委員会 議事メモ',
        '- 会議: 委員会 総務常任委員会\n- 日付: 2026/12/01\n- 場所: 第1委員会室\n- 議題:\n  1. 議案第1号\n  2. 所管事務調査',
        '## 01:00 議案第1号',
        '**01:02**　山田議員（議員）',
        '実証実験の予算は？ #実証実験',
        '*関連課題: 移動支援*',
        '## 01:30 所管事務調査',
        '**01:31**　企画部長（答弁者）',
        '検討します。',
      ].join('\n\n') + '\n',
    );
  });

  it('writes the role as the labels’ language does: （議員） in Japanese, (Member) in English', () => {
    const note = entry({ speaker: '山田議員', speakerRole: 'member', body: 'x' });
    expect(minutesMarkdown(session, [note], labels)).toContain('山田議員（議員）');
    const en = { ...labels, member: 'Member', withRole: (n: string, r: string) => `${n} (${r})` };
    expect(minutesMarkdown(session, [note], en)).toContain('山田議員 (Member)');
  });

  it('escapes Markdown marks in names so a speaker cannot restyle the page', () => {
    const md = minutesMarkdown(session, [entry({ speaker: '*太字*', body: 'x' })], labels);
    expect(md).toContain('\\*太字\\*');
  });

  it('writes front matter whose values stay strings', () => {
    expect(minutesFrontMatter({ ...session, title: 'yes' }, '委員会')).toContain('title: "yes"');
  });
});
