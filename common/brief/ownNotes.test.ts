import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from './matcher';
import { isFootnoteLine, ownExplanationSpans } from './ownNotes';

const spans = (text: string) =>
  ownExplanationSpans(text, glossaryMatcher()).map((s) => text.slice(s.start, s.end));

describe('ownExplanationSpans', () => {
  it('finds the forms the company rewrite writes, whole', () => {
    expect(spans('予算に入れること（計上）を見込む。')).toEqual(['予算に入れること（計上）']);
    expect(spans('評価検証を行う。評価検証とは、結果を評価して確かめることです。次に進む。')).toEqual([
      '評価検証とは、結果を評価して確かめることです。',
    ]);
    expect(spans('国民健康保険（国保）の加入者。')).toEqual(['国民健康保険（国保）']);
    expect(spans('提案を求める。国民健康保険を国保といいます。')).toEqual(['国民健康保険を国保といいます。']);
    expect(spans('国の動向を注視します。「注視」とは、様子を見ているという意味です。')).toEqual([
      '「注視」とは、様子を見ているという意味です。',
    ]);
  });

  it('leaves an author’s own sentences alone', () => {
    expect(spans('国保の加入者は減っている。予算を計上する。')).toEqual([]);
  });
});

describe('ownExplanationSpans, notes on wordings that open or end with a particle', () => {
  it('finds a quoted term or a quoted wording, once', () => {
    expect(spans('社会に資する。「〜に資する」とは、「〜に役立つ」という意味です。')).toEqual([
      '「〜に資する」とは、「〜に役立つ」という意味です。',
    ]);
    expect(spans('協議の上で決める。協議の上とは、「話し合ってから」という意味です。')).toEqual([
      '協議の上とは、「話し合ってから」という意味です。',
    ]);
  });
});

describe('ownExplanationSpans and isFootnoteLine, the ※ lines at a section’s end', () => {
  it('finds a term’s and a phrase’s ※ line, to its line’s end', () => {
    expect(spans('予算を計上する。\n※計上：予算に入れること\n【次】')).toEqual(['※計上：予算に入れること']);
    expect(spans('国の動向を注視します。\n※「注視」：様子を見ている（今は動かない）')).toEqual([
      '※「注視」：様子を見ている（今は動かない）',
    ]);
  });

  it('tells the rewrite’s ※ line from an author’s own ※ note', () => {
    const matcher = glossaryMatcher();
    expect(isFootnoteLine('※計上：予算に入れること', matcher)).toBe(true);
    expect(isFootnoteLine('※「注視」：様子を見ている', matcher)).toBe(true);
    expect(isFootnoteLine('※金額は税込です。', matcher)).toBe(false);
    expect(isFootnoteLine('※対象：市内に本店を置く事業者', matcher)).toBe(false);
  });
});
