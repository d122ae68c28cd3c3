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
  times: '予定と実績の時刻',
  planned: '予定',
  actual: '実績',
  notRun: '未実施',
  minutes: (n: number) => `${n}分`,
  timed: (range: string, n: number) => `${range}（${n}分）`,
  formatTime: (d: Date) => `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`,
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
      '予定と実績の時刻',
      '決定事項',
      'アクション',
      'アイデア',
    ]);
    // No planned start and no run: the planned minutes alone, 未実施.
    expect(sections[0]).toMatchObject({ markdown: expect.stringContaining('| 収束 | 0分 | 未実施 |') });
    expect(sections[1]).toMatchObject({ markdown: '- 上期に実証（収束）\n- 予約窓口（収束）' });
    expect(sections[2]).toMatchObject({
      markdown: expect.stringContaining('| 佐藤 | 見積もる | 2026年12月15日 |'),
    });
    expect(sections[2]).toMatchObject({ markdown: expect.stringContaining('| — | 候補を挙げる | — |') });
  });

  it('prints each item’s planned and actual clock times from the plan and the run', () => {
    const at = (h: number, m: number) => new Date(2026, 11, 3, h, m).getTime();
    const item = (id: string, title: string, minutes: number, rank: string) =>
      rec<'agendaItems'>({ id, workshopId: 'w', title, minutes, order: 0, rank, sessionStart: '' });
    const doc = minutesPrintDoc(
      rec<'workshops'>({
        id: 'w',
        title: '交通WS',
        minutes: '',
        plannedStart: new Date(at(13, 30)).toISOString(),
        run: [
          { type: 'start', at: at(13, 32), item: 'a' },
          { type: 'next', at: at(13, 50), item: 'b' },
        ],
      }),
      [],
      [],
      labels,
      new Date(at(13, 55)),
      [item('a', '導入', 15, 'a0'), item('b', '発散', 30, 'a1'), item('c', '収束', 10, 'a2')],
    );
    const times = doc.sections.find((s) => 'heading' in s && s.heading === '予定と実績の時刻');
    expect(times).toMatchObject({
      markdown: expect.stringContaining('| 導入 | 13:30–13:45（15分） | 13:32–13:50（18分） |'),
    });
    // The item under way has begun and not ended; the next has not run.
    expect(times).toMatchObject({
      markdown: expect.stringContaining('| 発散 | 13:45–14:15（30分） | 13:50– |'),
    });
    expect(times).toMatchObject({
      markdown: expect.stringContaining('| 収束 | 14:15–14:25（10分） | 未実施 |'),
    });
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
