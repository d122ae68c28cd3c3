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

  it('ends the first sentence in the text’s register: ています in a です・ます text, ている in a である one', () => {
    const polite =
      '本市の小中学校では、教職員の時間外の在校時間が月平均42時間に達しており、出欠や成績の処理が紙で行われていることが主な原因と考えられます。対象は市立の全校です。';
    const [p] = long(polite);
    expect(p?.fix?.replacement).toBe('しています。');
    expect(applyFix(polite, p!)).toContain('月平均42時間に達しています。出欠や成績の処理');
    const plain = polite.replace(
      '考えられます。対象は市立の全校です。',
      '考えられる。対象は市立の全校である。',
    );
    expect(long(plain)[0]?.fix?.replacement).toBe('ている。');
  });

  it('turns a plain ending before が into its polite form in a です・ます text', () => {
    const text =
      '中山間地域では路線バスの便数が減っている状況であるが、高齢の方が通院や買い物に出かける手段の確保を求める声が多く寄せられています。ご協力をお願いします。';
    const [f] = long(text);
    expect(f?.suggestion).toBe('「であるが、」を「です。しかし、」にして2文に分けましょう。');
  });

  it('opens no しかし after a が that only opens the topic', () => {
    const text =
      '次に、地域公共交通の維持に向けた今後の取組についてですが、本市では交通事業者と協議の場を設けて路線の再編を検討しております。以上です。';
    const [f] = long(text);
    expect(f?.fix?.replacement).toBe('です。');
    expect(f?.suggestion).not.toContain('しかし');
  });
});
