import { describe, expect, it } from 'vitest';
import { actualMinutes, buildMinutesMarkdown, totalActualMinutes, type MinutesInput } from './minutes';

const labels: MinutesInput['labels'] = {
  date: '日時',
  agenda: 'アジェンダと実績',
  item: '項目',
  planned: '予定',
  actual: '実績',
  minutes: (minutes) => `${minutes}分`,
  timed: (range, minutes) => `${range}（${minutes}分）`,
  summary: 'まとめ',
  decisions: '決定事項',
  decisionLine: (text, item) => `${text}（${item}）`,
  perItem: '各項目の記録',
  notes: 'メモ',
  ideas: 'アイデア',
  votes: '投票結果',
  votesLine: (text, count) => `${text}（${count}票）`,
  actions: 'アクション',
  who: '誰が',
  what: '何を',
  due: '期限',
  notRun: '未実施',
  noGroup: 'グループなし',
};

const base: MinutesInput = {
  title: 'KPT振り返り',
  date: '2026年12月1日',
  items: [
    { id: 'a', title: '導入', minutes: 5, captureNotes: '範囲は上期の実証' },
    { id: 'b', title: 'Try を考える', minutes: 10 },
  ],
  plannedStart: 0,
  actuals: [
    { id: 'a', start: 0, end: 7 * 60_000, activeMs: 7 * 60_000, budgetMs: 5 * 60_000 },
    { id: 'b', start: null, end: null, activeMs: 0, budgetMs: 10 * 60_000 },
  ],
  ideas: [
    { id: 'i1', text: '週次で共有会', group: 'A班' },
    { id: 'i2', text: 'チャットで\n質問窓口', group: 'A班' },
    { id: 'i3', text: '資料の事前配布', group: '' },
  ],
  dots: new Map([
    ['i2', 3],
    ['i1', 1],
  ]),
  actions: [{ who: '佐藤', what: '共有会の日程調整', due: '12/8' }],
  formatClock: (ms) => `10:${String(ms / 60_000).padStart(2, '0')}`,
  labels,
};

describe('buildMinutesMarkdown', () => {
  const md = buildMinutesMarkdown(base);

  it('tables the agenda with planned and actual clock times and minutes, marking items that did not run', () => {
    expect(md).toContain('| 項目 | 予定 | 実績 |');
    expect(md).toContain('| 導入 | 10:00–10:05（5分） | 10:00–10:07（7分） |');
    expect(md).toContain('| Try を考える | 10:05–10:15（10分） | 未実施 |');
  });

  it('places the planned times after a session start, and gives minutes alone without a planned start', () => {
    const hour = (h: number, m = 0) => new Date(2026, 11, 1, h, m).getTime();
    const clock = (ms: number) => {
      const d = new Date(ms);
      return `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
    };
    const afternoon = buildMinutesMarkdown({
      ...base,
      items: [
        { id: 'a', title: '導入', minutes: 15 },
        { id: 'b', title: '', minutes: 30, sessionStart: '13:30' },
      ],
      plannedStart: hour(10),
      actuals: [
        { id: 'a', start: hour(10, 2), end: hour(10, 20), activeMs: 18 * 60_000, budgetMs: 0 },
        { id: 'b', start: hour(13, 32), end: null, activeMs: 60_000, budgetMs: 0 },
      ],
      formatClock: clock,
    });
    expect(afternoon).toContain('| 導入 | 10:00–10:15（15分） | 10:02–10:20（18分） |');
    // An untitled item is named by its place; one still running has no end yet.
    expect(afternoon).toContain('| 項目 2 | 13:30–14:00（30分） | 13:32– |');
    const unplanned = buildMinutesMarkdown({ ...base, plannedStart: null });
    expect(unplanned).toContain('| 導入 | 5分 | 10:00–10:07（7分） |');
  });

  it('includes the notes per item, ideas by group and the tally by votes', () => {
    expect(md).toContain('## 各項目の記録\n\n### 導入\n\n#### メモ\n\n範囲は上期の実証');
    expect(md).toContain('### A班\n\n- 週次で共有会\n- チャットで 質問窓口');
    expect(md).toContain('### グループなし');
    expect(md).toContain('1. チャットで 質問窓口（3票）\n2. 週次で共有会（1票）');
    expect(md).not.toContain('資料の事前配布（');
  });

  it('tables the action items', () => {
    expect(md).toContain('| 佐藤 | 共有会の日程調整 | 12/8 |');
  });

  it('writes an action’s 期限 as the reader’s language does, and — when there is none', () => {
    const dated = buildMinutesMarkdown({
      ...base,
      actions: [
        { who: '佐藤', what: '事例を集める', due: '2026-12-15' },
        { who: '全員', what: '資料を読む', due: '' },
      ],
      formatDay: (day) => (day === '2026-12-15' ? '2026年12月15日' : day),
    });
    expect(dated).toContain('| 佐藤 | 事例を集める | 2026年12月15日 |');
    expect(dated).toContain('| 全員 | 資料を読む | — |');
  });

  it('leaves out sections with nothing to say', () => {
    const bare = buildMinutesMarkdown({
      ...base,
      ideas: [],
      actions: [],
      items: [{ id: 'a', title: '導入', minutes: 5 }],
    });
    expect(bare).not.toContain('## アイデア');
    expect(bare).not.toContain('アクション');
    expect(bare).not.toContain('## まとめ');
    expect(bare).not.toContain('決定事項');
    expect(bare).not.toContain('## 各項目の記録');
    expect(bare).not.toMatch(/^#+ *$/m);
  });

  it('summarises decisions (with their item), then actions with owner and 期限, above the agenda', () => {
    const decided = buildMinutesMarkdown({
      ...base,
      items: [
        {
          id: 'a',
          title: '導入',
          minutes: 5,
          captureNotes: '範囲は上期の実証',
          decisions: '対象は上期の実証に絞る\n\n  次回は1月に開く  ',
        },
        { id: 'b', title: 'Try を考える', minutes: 10 },
      ],
      ideas: [
        ...base.ideas,
        { id: 'i4', text: '質問窓口を\nチャットに', group: 'B班', decidedIn: 'b' },
        { id: 'i5', text: '名刺の電子化', group: '', decidedIn: 'workshop-id' },
      ],
      actions: [
        { who: '佐藤', what: '共有会の日程調整', due: '2026-12-08' },
        { who: '', what: '資料を読む', due: '' },
      ],
      formatDay: (day) => (day === '2026-12-08' ? '2026年12月8日' : day),
    });
    expect(decided).toContain(
      '## まとめ\n\n### 決定事項\n\n' +
        '- 対象は上期の実証に絞る（導入）\n- 次回は1月に開く（導入）\n- 質問窓口を チャットに（Try を考える）\n- 名刺の電子化' +
        '\n\n### アクション\n\n| 誰が | 何を | 期限 |',
    );
    expect(decided).toContain('| 佐藤 | 共有会の日程調整 | 2026年12月8日 |');
    expect(decided).toContain('| — | 資料を読む | — |');
    expect(decided.indexOf('## まとめ')).toBeLessThan(decided.indexOf('## アジェンダと実績'));
    expect(decided).toContain(
      '### 導入\n\n#### 決定事項\n\n- 対象は上期の実証に絞る\n- 次回は1月に開く\n\n#### メモ\n\n範囲は上期の実証',
    );
    expect(decided).toContain('### Try を考える\n\n#### 決定事項\n\n- 質問窓口を チャットに');
    expect(decided).not.toMatch(/^#+ *$/m);
    expect(decided).not.toContain('i4');
  });

  it('gives an untitled item a heading a reader can place', () => {
    const untitled = buildMinutesMarkdown({
      ...base,
      items: [{ id: 'a', title: '  ', minutes: 5, decisions: '続けて検討' }],
    });
    expect(untitled).toContain('- 続けて検討（項目 1）');
    expect(untitled).toContain('### 項目 1\n\n#### 決定事項');
  });

  it('rounds actual minutes up from a few seconds, never shows a run item as 0', () => {
    expect(actualMinutes(0)).toBe(0);
    expect(actualMinutes(20_000)).toBe(1);
    expect(actualMinutes(150_000)).toBe(3);
  });

  it('totals a run by its items’ seconds, not by their rounded minutes (eight 20-second items and a minute: 4, not 9)', () => {
    // Eight items of 20 s each and a minute more: each shows 1, the run took 3 min 40 s.
    const items = [...Array<number>(8).fill(20_000), 60_000];
    expect(items.map(actualMinutes).reduce((a, b) => a + b, 0)).toBe(9);
    expect(totalActualMinutes(items)).toBe(4);
    expect(totalActualMinutes([])).toBe(0);
    expect(totalActualMinutes([10_000])).toBe(1);
  });
});
