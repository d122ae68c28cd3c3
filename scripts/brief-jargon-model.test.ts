/**
 * The shipped jargon scorer on real IPADIC tokens, on sentences written for this test (not from the
 * corpus it was trained on): with the glossary reduced to its everyday words, an administrative
 * term's shape is still caught and a plain description is not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../common/brief/analyze';
import type { MorphAnalyser } from '../common/brief/morph';
import { scoredCandidates, unlistedJargon } from '../common/brief/rules/unlistedJargon';
import { loadNodeAnalyser } from './brief-analyser';

let analyser: MorphAnalyser;
beforeAll(async () => {
  analyser = await loadNodeAnalyser();
}, 60_000);

/** The rule's context when the glossary knows only everyday words, and those words' spans. */
function general(text: string) {
  const ctx = buildContext(text, { analyser });
  const everyday = ctx.terms.filter((t) => t.entry.everyday);
  return { ctx: { ...ctx, terms: everyday }, everyday };
}

/** What the rule marks when the glossary knows only everyday words. */
function marks(text: string): string[] {
  const { ctx, everyday } = general(text);
  return unlistedJargon(ctx, everyday).map((f) => f.text);
}

/** Every candidate word with the scorer's score, marked or not. */
function scored(text: string) {
  const { ctx, everyday } = general(text);
  return scoredCandidates(ctx, everyday);
}

describe('the shipped jargon scorer', () => {
  it('catches an unlisted programme name and ranks budget compounds above plain words', () => {
    // Beside the whole glossary its operating point (chosen on the dev set) marks few words
    // (a programme's 〜交付金 name); where the threshold sits moves with the glossary's everyday list
    // (the everydayPart feature), so the budget compounds are asked only to outrank plain words.
    expect(marks('本市は、多面的機能支払交付金を財源に、集落の共同活動を支える。')).toEqual([
      '多面的機能支払交付金',
    ]);
    const sentence = '繰越明許費を設定し、臨時財政対策債の発行により基準財政需要額の不足を補う。';
    for (const word of marks(sentence))
      expect(['繰越明許費', '臨時財政対策債', '基準財政需要額']).toContain(word);
    const scores = new Map(scored(sentence).map((c) => [c.word, c.score]));
    for (const term of ['繰越明許費', '臨時財政対策債', '基準財政需要額'])
      for (const plain of ['設定', '発行', '不足'])
        expect(scores.get(plain), plain).toBeLessThan(scores.get(term)!);
  });

  it('ranks a budget term above every plain word of its sentence, even below the threshold', () => {
    const scores = new Map(
      scored(
        '本事業では、債務負担行為の設定により複数年の契約を可能とし、補助対象経費の二分の一を交付する。',
      ).map((c) => [c.word, c.score]),
    );
    const term = scores.get('債務負担行為')!;
    for (const plain of ['本事業', '設定', '複数年', '契約', '可能', '交付'])
      expect(scores.get(plain), plain).toBeLessThan(term);
  });

  it('leaves plain descriptions of everyday life alone', () => {
    expect(marks('駅前の広場で、子どもたちが毎日遊んでいます。')).toEqual([]);
    expect(marks('来年の春から、市役所の窓口で手続ができるようになります。')).toEqual([]);
  });
});
