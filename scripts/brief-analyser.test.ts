/**
 * The analyser the app and the tools use tokenises exactly as kuromoji does (the faster lattice
 * over its dictionaries is a drop-in, not a different analysis).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import kuromoji from 'kuromoji';
import { allCorpusTexts } from '../common/brief/corpus/index';
import { BRIEF_MD, RAW_CHOJU, RAW_HOIKU, RAW_MIMAMORI } from '../common/brief/fixtures/issues';
import { kuromojiAnalyser, type MorphAnalyser, type MorphToken } from '../common/brief/morph';
import { kuromojiDictPath, loadNodeAnalyser } from './brief-analyser';

/** The lattice also reports each word's cost, which kuromoji's tokens do not carry. */
const withoutCost = (tokens: MorphToken[]) => tokens.map((t) => ({ ...t, cost: undefined }));

let fast: MorphAnalyser;
let reference: MorphAnalyser;
beforeAll(async () => {
  fast = await loadNodeAnalyser();
  reference = await new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: kuromojiDictPath() }).build((error, tokenizer) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(kuromojiAnalyser(tokenizer));
    }),
  );
}, 60_000);

describe('the IPADIC analyser', () => {
  it('gives kuromoji’s tokens on every corpus text and fixture', () => {
    const texts = allCorpusTexts.map((t) => t.text);
    for (const text of [...texts, RAW_MIMAMORI, RAW_CHOJU, RAW_HOIKU, BRIEF_MD])
      expect(withoutCost(fast.tokenize(text))).toEqual(reference.tokenize(text));
  }, 60_000); // every corpus text through both tokenisers: 3 s idle, 9 s on a busy 2-core machine

  it('gives kuromoji’s tokens on mixed scripts, numbers, symbols and unknown words', () => {
    const odd = [
      'ＤＸ推進にはAIとIoT（Internet of Things）を活用し、2026年4月1日から１２，０００円を計上する。',
      'ｶﾀｶﾅの半角、　全角スペース、タブ\tと改行\nを含む文。URLは https://example.jp/a?b=1 です。',
      'ぴえんｗｗｗ、ヤバみが深いっすね！？　〜〜〜※★●',
      '生活支援体制整備事業所管横断的推進体制構築',
      '',
      '。、。、',
    ];
    for (const text of odd) expect(withoutCost(fast.tokenize(text))).toEqual(reference.tokenize(text));
  });

  it('reports each word’s IPADIC cost, lower for a frequent word than for a rare one', () => {
    const tokens = fast.tokenize('事業の機運を醸成する。');
    for (const t of tokens) expect(typeof t.cost).toBe('number');
    const cost = (surface: string) => tokens.find((t) => t.surface === surface)?.cost ?? Number.NaN;
    expect(cost('事業')).toBeLessThan(cost('醸成'));
  });

  it('keeps offsets on the text it was given', () => {
    const text = '予算を計上のうえ、所管横断的な推進体制を構築し、協定締結に向けて鋭意検討してまいります。';
    for (const t of fast.tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(
      fast
        .tokenize(text)
        .map((t) => t.surface)
        .join(''),
    ).toBe(text);
  });
});
