import { describe, expect, it } from 'vitest';
import type { SyncedTable } from '../../../../common/records/tables';
import type { RecordOf } from '../../../../common/records/types';
import { agendaPrintDoc, minutesPrintDoc, type PrintLabels } from './printDocs';

const labels = {
  lang: 'ja',
  minutesKind: '議事録',
  agendaKind: 'アジェンダ',
  agendaFile: 'アジェンダ',
  minutesFile: '議事録',
  time: '時間',
  item: '項目',
  minutesCol: '分',
  untitled: '無題',
  plannedStart: '開始',
  exportedOn: '出力日',
  appName: '共創デスク',
  actionItems: 'アクション',
  decisions: '決定事項',
  decisionLine: (text: string, item: string) => `${text}（${item}）`,
  who: '誰が',
  what: '何を',
  due: '期限',
  ideas: 'アイデア',
  formatDate: (value: string | Date) =>
    value === '2026-12-15' ? '2026年12月15日' : typeof value === 'string' ? value : '2026年12月3日',
} as unknown as PrintLabels;

const rec = <T extends SyncedTable>(fields: Partial<RecordOf<T>>): RecordOf<T> =>
  ({ deleted: 0, createdAt: '', updatedAt: '', hlc: {}, ...fields }) as RecordOf<T>;

describe('minutesPrintDoc without written minutes', () => {
  it('prints the decisions with their items, then actions with a readable 期限', () => {
    const doc = minutesPrintDoc(
      rec<'workshops'>({ id: 'w', title: '交通WS', minutes: '', plannedStart: '' }),
      [
        rec<'actionItems'>({ id: 'x', workshopId: 'w', who: '佐藤', what: '見積もる', due: '2026-12-15' }),
        rec<'actionItems'>({ id: 'y', workshopId: 'w', who: '', what: '候補を挙げる', due: '' }),
      ],
      [
        rec<'ideas'>({
          id: 'i',
          workshopId: 'w',
          text: '予約窓口',
          group: '',
          agendaItemId: 'a',
          decidedIn: 'a',
        }),
      ],
      labels,
      new Date('2026-12-03T10:00:00+09:00'),
      [
        rec<'agendaItems'>({
          id: 'a',
          workshopId: 'w',
          title: '収束',
          order: 0,
          rank: 'a0',
          decisions: '上期に実証',
        }),
      ],
    );
    const sections = doc.sections.filter((s) => 'heading' in s && s.heading);
    expect(sections.map((s) => ('heading' in s ? s.heading : ''))).toEqual([
      '決定事項',
      'アクション',
      'アイデア',
    ]);
    expect(sections[0]).toMatchObject({ markdown: '- 上期に実証（収束）\n- 予約窓口（収束）' });
    expect(sections[1]).toMatchObject({
      markdown: expect.stringContaining('| 佐藤 | 見積もる | 2026年12月15日 |'),
    });
    expect(sections[1]).toMatchObject({ markdown: expect.stringContaining('| — | 候補を挙げる | — |') });
  });
});

describe('a workshop printed twice', () => {
  it('names the agenda and the minutes apart, so one file does not take the other’s name', () => {
    const workshop = rec<'workshops'>({
      id: 'w',
      title: '交通WS',
      minutes: '# 交通WS\n\n本文',
      plannedStart: '',
    });
    const now = new Date('2026-12-03T10:00:00+09:00');
    expect(agendaPrintDoc(workshop, [], labels, now).fileName).toBe('交通WS アジェンダ');
    expect(minutesPrintDoc(workshop, [], [], labels, now).fileName).toBe('交通WS 議事録');
  });
});
