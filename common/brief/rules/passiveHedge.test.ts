import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';

const ph = (text: string) => analyzeText(text, { rules: ['passive-hedge'] });
const fixFirst = (text: string) => applyFix(text, ph(text)[0]!);

describe('passive-hedge rule', () => {
  it.each([
    ['担い手の確保が課題であると考えられる。', '担い手の確保が課題であると考える。'],
    ['独居高齢者の増加が見込まれる。', '独居高齢者の増加を見込む。'],
    ['早期発見の仕組みが求められています。', '早期発見の仕組みが必要です。'],
    ['窓口での相談に努めます。', '窓口で相談します。'],
    ['関係機関との連携に努める。', '関係機関と連携する。'],
    ['効果があるものと考える。', '効果があると考える。'],
  ])('%s → %s', (before, after) => {
    expect(fixFirst(before)).toBe(after);
  });

  it('asks for a source for とされている, without a fix', () => {
    const [f] = ph('受診率の低さが重症化の要因とされている。');
    expect(f?.text).toBe('とされている');
    expect(f?.fix).toBeUndefined();
    expect(f?.message).toContain('出典');
  });
});
