import { describe, expect, it } from 'vitest';
import { extractIssueFields, stripPlaceholders } from './extract';

describe('extractIssueFields', () => {
  it('reads markdown, 【】 and ■ headings into fields', () => {
    const text = `高齢者の通院の足が足りない。

【予算】
上限150万円
■スケジュール
令和8年度上半期に実証
## 担当課・連絡先
交通政策課 佐藤
`;
    const f = extractIssueFields(text);
    expect(f.rawText).toBe('高齢者の通院の足が足りない。');
    expect(f.budget).toBe('上限150万円');
    expect(f.schedule).toBe('令和8年度上半期に実証');
    expect(f.contact).toBe('交通政策課 佐藤');
  });

  it('does not read the budget cycle heading as the budget', () => {
    const f = extractIssueFields(
      '## スケジュール（予算サイクル: 秋に予算要求、3月議会で承認）\n令和8年6月開始\n',
    );
    expect(f.schedule).toBe('令和8年6月開始');
    expect(f.budget).toBeUndefined();
  });

  it('reads 「予算：…」 lines in plain text', () => {
    const f = extractIssueFields('保育所の入所事務を効率化したい。\n予算：300万円\n期間：令和8年4月〜9月\n');
    expect(f.budget).toBe('300万円');
    expect(f.schedule).toBe('令和8年4月〜9月');
    expect(f.rawText).toContain('保育所の入所事務');
  });

  it('drops placeholders and quoted template notes', () => {
    expect(stripPlaceholders('【要記入】予算の上限\n> 市の予算の流れ：秋に要求\n上限100万円')).toBe(
      '上限100万円',
    );
  });
});
