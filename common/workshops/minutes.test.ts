import { describe, expect, it } from 'vitest';
import { actualMinutes, buildMinutesMarkdown, type MinutesInput } from './minutes';

const labels: MinutesInput['labels'] = {
  date: '日時',
  agenda: 'アジェンダと実績',
  time: '時刻',
  item: '項目',
  planned: '予定（分）',
  actual: '実績（分）',
  notes: '各項目のメモ',
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

  it('tables the agenda with planned and actual minutes, marking items that did not run', () => {
    expect(md).toContain('| 10:00–10:07 | 導入 | 5 | 7 |');
    expect(md).toContain('| 未実施 | Try を考える | 10 | — |');
  });

  it('includes the notes per item, ideas by group and the tally by votes', () => {
    expect(md).toContain('### 導入\n\n範囲は上期の実証');
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
    expect(bare).not.toContain('## アクション');
    expect(bare).not.toContain('## 各項目のメモ');
  });

  it('rounds actual minutes up from a few seconds, never shows a run item as 0', () => {
    expect(actualMinutes(0)).toBe(0);
    expect(actualMinutes(20_000)).toBe(1);
    expect(actualMinutes(150_000)).toBe(3);
  });
});
