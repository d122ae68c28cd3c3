import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { maskText, segment, visibleLength } from './text';

const sentences = (text: string) => segment(text, maskText(text)).sentences;

describe('maskText', () => {
  it('keeps length and newlines while blanking code, URLs, link targets, comments and placeholders', () => {
    const text =
      '詳細は[市のページ](https://example.lg.jp/a)へ。`code`\n<!-- メモ -->【要記入】予算\n```\n決裁\n```';
    const masked = maskText(text);
    expect(masked.length).toBe(text.length);
    expect(masked.split('\n').length).toBe(text.split('\n').length);
    expect(masked).toContain('[市のページ]');
    expect(masked).not.toMatch(/https|code|メモ|予算|決裁/);
  });

  it('skips the 用語集 section up to the next heading of its level', () => {
    const masked = maskText('## 用語集\n- 決裁：承認\n## 担当課\n決裁者は課長');
    expect(masked).not.toContain('承認');
    expect(masked).toContain('決裁者は課長');
  });
});

describe('segment', () => {
  it('splits on 。！？ and newlines, strips list markers, keeps offsets', () => {
    const text =
      '# 背景\n本市の人口は減少している。高齢化率は34%です！\n・見守りの担い手不足\n（1）通院の足\n| 表 | 値 |';
    const list = sentences(text);
    expect(list.map((s) => [s.kind, s.text])).toEqual([
      ['heading', '背景'],
      ['para', '本市の人口は減少している。'],
      ['para', '高齢化率は34%です！'],
      ['list', '見守りの担い手不足'],
      ['list', '通院の足'],
    ]);
    for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('groups consecutive prose lines into one paragraph, broken by blank lines and lists', () => {
    const { paragraphs } = segment('A。\nB。\n\nC。\n- D\nE。', maskText('A。\nB。\n\nC。\n- D\nE。'));
    expect(paragraphs.map((p) => p.sentences.length)).toEqual([2, 1, 1]);
  });

  it('counts what a reader sees', () => {
    expect(visibleLength('**予算** は　𠮷')).toBe(4);
  });
});

describe('adversarial input stays linear', () => {
  it.each([
    ['unclosed links', '[a]('.repeat(25_000)],
    ['unclosed comments', '<!--'.repeat(25_000)],
    ['one long kanji run', '漢'.repeat(100_000)],
    ['endless list', '高齢者、'.repeat(25_000)],
    ['repeated 等', '関係機関等'.repeat(20_000)],
  ])('%s (100k chars) in well under 10 s', (_name, text) => {
    const started = Date.now();
    analyzeText(text);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
