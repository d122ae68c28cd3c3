import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';
import { RAW_MIMAMORI } from '../fixtures/issues';

const long = (text: string, maxSentenceLength?: number) =>
  analyzeText(text, { rules: ['sentence-length'], maxSentenceLength });

describe('sentence-length rule', () => {
  it('flags the whole sentence past 60 characters, with the count', () => {
    const found = long(RAW_MIMAMORI);
    expect(found.length).toBe(2);
    expect(found[0]!.text.startsWith('本市においては、高齢化の進展に伴い')).toBe(true);
    expect(found[0]!.text.endsWith('深刻化している。')).toBe(true);
    expect(found[0]!.message).toMatch(/1文が\d+文字/);
  });

  it('splits at a seam near the middle, and the fix clears the finding', () => {
    const text =
      '本市の高齢化率は令和5年度に34.2%に達しており、一人暮らしの高齢者の見守りを民生委員だけで続けることが難しくなっている。';
    const [f] = long(text);
    expect(f?.fix?.replacement).toBe('ている。');
    const fixed = applyFix(text, f!);
    expect(fixed).toBe(
      '本市の高齢化率は令和5年度に34.2%に達している。一人暮らしの高齢者の見守りを民生委員だけで続けることが難しくなっている。',
    );
    expect(long(fixed)).toEqual([]);
  });

  it('ignores headings, tables, URLs and respects the configured limit', () => {
    const heading = '# ' + 'あ'.repeat(80);
    const table = '| ' + 'い'.repeat(80) + ' |';
    expect(long(`${heading}\n${table}\n`)).toEqual([]);
    const url = `詳細は市のホームページ（https://example.lg.jp/${'a'.repeat(80)}）をご覧ください。`;
    expect(long(url)).toEqual([]);
    expect(long('見守りの担い手が足りない。', 10).length).toBe(1);
  });

  it('does not split inside quotation brackets', () => {
    const text = `市民からは「${'見守りを増やしてほしい。'.repeat(5)}」との声が寄せられている。`;
    expect(long(text).map((f) => f.text)).toEqual([text]);
  });
});
