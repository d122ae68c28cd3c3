import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';

const redundant = (text: string) => analyzeText(text, { rules: ['redundant'] });
const fixAll = (text: string) => {
  let out = text;
  for (let f = redundant(out)[0]; f; f = redundant(out)[0]) out = applyFix(out, f);
  return out;
};

describe('redundant rule', () => {
  it.each([
    ['令和5年度に実態調査を実施した。', '令和5年度に実態調査した。'],
    ['住民説明会で説明を行います。', '住民説明会で説明します。'],
    ['関係課との調整を行っている。', '関係課と調整している。'],
    ['住民への説明を行う。', '住民に説明する。'],
    ['オンラインで申請することができる。', 'オンラインで申請できる。'],
    ['窓口で相談することが可能です。', '窓口で相談できます。'],
    ['補助金という形で支援する。', '補助金で支援する。'],
    ['導入の方向で検討している。', '導入を検討している。'],
    ['本市においては、空き家が増えている。', '本市では、空き家が増えている。'],
    ['本市における課題を整理する。', '本市の課題を整理する。'],
    ['利用者は約300人程度である。', '利用者は約300人である。'],
    ['地域との連携を図ります。', '地域と連携します。'],
    ['結果は後日報告させていただきます。', '結果は後日報告します。'],
  ])('%s → %s', (before, after) => {
    expect(fixAll(before)).toBe(after);
  });

  it('keeps 〜を実施 when the noun does not take する', () => {
    expect(redundant('説明会を実施する。イベントを実施した。事業を行う。')).toEqual([]);
  });

  it('points at the exact span it rewrites', () => {
    const text = '毎年アンケートを行い、現地調査を実施している。';
    const [f] = redundant(text);
    expect(f?.text).toBe('現地調査を実施');
    expect(text.slice(f!.start, f!.end)).toBe('現地調査を実施');
    expect(f?.fix?.replacement).toBe('現地調査');
  });
});

it('flags a modified noun + を行う without a fix: the verb form would leave the modifier ungrammatical', () => {
  for (const text of [
    '指定管理者による効率的な運営を行うとともに、財源を確保する。',
    '翻訳機による対応を行っている。',
    '転換も含めた検討を行っている。',
    '調査や分析を行う。',
  ]) {
    const found = redundant(text);
    expect(found, text).toHaveLength(1);
    expect(found[0]?.fix, text).toBeUndefined();
  }
  // A particle before the noun is not a modifier: the fix stays.
  expect(fixAll('事業者と協議を行う。市が調査を実施した。')).toBe('事業者と協議する。市が調査した。');
});

it('fixes 〜を行う after a te-form or において in the same pass as the particle before it', () => {
  // One pass, as the company rewrite applies them: a fix that appears only once において is gone
  // would be left for a second rewrite.
  const text = '当事者部会において意見聴取を行う。協力して調査を行う。';
  const fixes = redundant(text).map((f) => f.fix?.replacement);
  expect(fixes).toEqual(['で', '意見聴取する', '調査する']);
});

it('flags 〜の〇〇を行う without guessing the particle', () => {
  const [f] = redundant('制度の周知を行う。');
  expect(f?.text).toBe('の周知を行う');
  expect(f?.fix).toBeUndefined();
});
