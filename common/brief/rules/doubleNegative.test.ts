import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';

const dn = (text: string) => analyzeText(text, { rules: ['double-negative'] });

describe('double-negative rule', () => {
  it('flags the common double negatives', () => {
    const text =
      '民間委託の可能性がないわけではない。財源がなくはない。検討しないことはない。効果がないとは言えない。';
    expect(dn(text).map((f) => f.text)).toEqual([
      'ないわけではない',
      'なくはない',
      'ないことはない',
      'ないとは言えない',
    ]);
  });

  it('rewrites ざるを得ない into 必要がある when the verb is clear', () => {
    const cases: [string, string][] = [
      ['事業の見直さざるを得ない。', '事業を見直す必要がある。'],
      ['事業の見直しをせざるを得ない。', '事業の見直しをする必要がある。'],
      ['計画を見直さざるを得ない。', '計画を見直す必要がある。'],
      ['委託を検討せざるを得ません。', '委託を検討する必要があります。'],
      ['利用を認めざるを得ない。', '利用を認める必要がある。'],
      // A past in です・ます: 必要がありますでした is no Japanese.
      ['経験に頼らざるを得ませんでした。', '経験に頼る必要がありました。'],
    ];
    for (const [before, after] of cases) {
      const [f] = dn(before);
      expect(f!.text).toMatch(/ざるを得/);
      expect(applyFix(before, f!)).toBe(after);
      expect(dn(applyFix(before, f!))).toEqual([]);
    }
  });

  it('rewrites 不可能ではない as 可能である', () => {
    const text = '休日の実施も不可能ではない。';
    expect(applyFix(text, dn(text)[0]!)).toBe('休日の実施も可能である。');
  });

  it('leaves plain negatives alone', () => {
    expect(dn('予算はない。担い手が足りない。')).toEqual([]);
  });
});
