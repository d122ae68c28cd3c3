import { describe, expect, it } from 'vitest';
import type { MorphToken } from '../morph';
import { fakeTokens } from './fakeTokens.testkit';
import { candidateFeatures, candidates, familiarity } from './jargonCandidates';

/** [surface, pos, detail, cost]: tokens laid end to end from offset 0 (cost 5000 unless given). */
const tokens = (words: [string, string, string, number?][]) =>
  fakeTokens(words.map(([surface, pos, detail, cost = 5000]) => [surface, pos, detail, cost]));

const noParts = () => ({ jargon: 0, everyday: 0 });
const words = (ts: MorphToken[]) => candidates(ts).map((c) => c.tokens.map((t) => t.surface).join(''));

describe('jargon candidates', () => {
  it('cuts noun runs at particles and never starts on a suffix or ends on a prefix', () => {
    const ts = tokens([
      ['予算', '名詞', '一般'],
      ['を', '助詞', '格助詞'],
      ['計上', '名詞', 'サ変接続'],
      ['の', '助詞', '連体化'],
      ['上', '名詞', '非自立'],
      ['第', '接頭詞', '数接続'],
      ['4', '名詞', '数'],
      ['期', '名詞', '接尾'],
      ['地域', '名詞', '一般'],
      ['福祉', '名詞', '一般'],
      ['計画', '名詞', 'サ変接続'],
    ]);
    expect(words(ts)).toEqual(['予算', '計上', '地域福祉計画']);
  });

  it('joins katakana parts across ・ into one word', () => {
    const ts = tokens([
      ['スクラップ', '名詞', '一般'],
      ['・', '記号', '一般'],
      ['アンド', '名詞', '一般'],
      ['・', '記号', '一般'],
      ['ビルド', '名詞', '一般'],
      ['、', '記号', '読点'],
    ]);
    expect(words(ts)).toEqual(['スクラップ・アンド・ビルド']);
  });

  it('reads a noun at its class’s default IPADIC cost as unfamiliar, a cheaper one as familiar', () => {
    const [unseen, seen] = tokens([
      ['採否', '名詞', '一般', 5600],
      ['地域', '名詞', '一般', 3724],
    ]);
    expect(familiarity(unseen!)).toBeCloseTo(0);
    expect(familiarity(seen!)).toBeGreaterThan(1.5);
  });

  it('describes shape and slot: two action nouns before する, a budget suffix after を', () => {
    const ts = tokens([
      ['評価', '名詞', 'サ変接続', 3559],
      ['検証', '名詞', 'サ変接続', 4411],
      ['する', '動詞', '自立'],
      ['扶助', '名詞', 'サ変接続', 4466],
      ['費', '名詞', '接尾'],
      ['を', '助詞', '格助詞'],
    ]);
    ts[2]!.base = 'する';
    const [chain, money] = candidates(ts);
    const a = candidateFeatures(chain!, ts, undefined, 1, noParts);
    expect(a.get('sahenPair')).toBe(1);
    expect(a.get('next:する')).toBe(1);
    expect(a.get('words:2')).toBe(1);
    const b = candidateFeatures(money!, ts, undefined, 1, noParts);
    expect(b.get('suffix:money')).toBe(1);
    expect(b.get('next:を')).toBe(1);
    expect(b.get('lastChar:費')).toBe(1);
  });
});
