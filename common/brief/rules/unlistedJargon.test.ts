import { describe, expect, it } from 'vitest';
import { analyzeText, buildContext } from '../analyze';
import type { MorphAnalyser, MorphToken } from '../morph';
import { UNLISTED_JARGON_RULE, unlistedJargon } from './unlistedJargon';

/** [surface, pos, detail, IPADIC cost]: the word costs the shapes read. */
type Word = [string, string, string, number];

/** A stand-in analyser that cuts the given words in order (tests need no dictionary). */
function fakeAnalyser(words: Word[]): MorphAnalyser {
  return {
    tokenize(text: string): MorphToken[] {
      let at = 0;
      return words.map(([surface, pos, detail, cost]) => {
        const start = text.indexOf(surface, at);
        at = start + surface.length;
        return {
          surface,
          start,
          end: at,
          pos,
          detail,
          base: surface,
          reading: 'ヨミ',
          conjugation: '',
          cost,
        };
      });
    },
  };
}

const noun = (surface: string, cost: number): Word => [surface, '名詞', '一般', cost];
const action = (surface: string, cost: number): Word => [surface, '名詞', 'サ変接続', cost];
const suffix = (surface: string): Word => [surface, '名詞', '接尾', 7000];
const tail: Word[] = [
  ['を', '助詞', '格助詞', 100],
  ['行う', '動詞', '自立', 100],
  ['。', '記号', '句点', 0],
];

/** The unlisted-jargon findings for `text` cut into `words`, with no glossary word known. */
function marks(text: string, words: Word[]): string[] {
  const ctx = buildContext(text, { analyser: fakeAnalyser([...words, ...tail]) });
  return unlistedJargon(ctx, []).map((f) => f.text);
}

describe('unlisted-jargon rule', () => {
  it('marks two action nouns in a row and suggests unpacking them into verbs', () => {
    const ctx = buildContext('照合確認を行う。', {
      analyser: fakeAnalyser([action('照合', 4467), action('確認', 2000), ...tail]),
    });
    const [found] = unlistedJargon(ctx, []);
    expect(found?.text).toBe('照合確認');
    expect(found?.message).toContain('行政用語の可能性があります');
    expect(found?.suggestion).toContain('照合して確認する');
  });

  it('leaves an action followed by when it ends or starts (実証終了) and everyday 〜化 words alone', () => {
    expect(marks('実証終了後を行う。', [action('実証', 4462), action('終了', 4404), suffix('後')])).toEqual(
      [],
    );
    expect(marks('高齢化を行う。', [noun('高齢', 4065), suffix('化')])).toEqual([]);
  });

  it('marks an abstraction with 化 after a word of two or more kanji', () => {
    expect(marks('均等化を行う。', [noun('均等', 5500), suffix('化')])).toEqual(['均等化']);
  });

  it('marks a three-word compound only when one of its words is rare', () => {
    expect(
      marks('地域公共交通を行う。', [noun('地域', 3724), noun('公共', 4689), noun('交通', 1783)]),
    ).toEqual([]);
    expect(
      marks('区画保全単位を行う。', [noun('区画', 5300), action('保全', 4416), noun('単位', 3000)]),
    ).toEqual(['区画保全単位']);
  });

  it('marks a pair of words when one is very rare, not a pair of frequent words or a person noun', () => {
    const ctx = buildContext('需給逼迫を行う。', {
      analyser: fakeAnalyser([noun('需給', 5622), noun('逼迫', 4000), ...tail]),
    });
    const [pair] = unlistedJargon(ctx, []);
    expect(pair?.text).toBe('需給逼迫');
    expect(pair?.message).toContain('あまり見かけない漢語');
    expect(marks('人口減少を行う。', [noun('人口', 3554), action('減少', 4266)])).toEqual([]);
    expect(marks('民間事業者を行う。', [noun('民間', 6262), noun('事業', 131), suffix('者')])).toEqual([]);
  });

  it('marks a word once, and not where the glossary already has it', () => {
    const text = '需給逼迫を行う。需給逼迫を行う。';
    const words = [noun('需給', 5622), noun('逼迫', 4000), ...tail];
    const ctx = buildContext(text, { analyser: fakeAnalyser([...words, ...words]) });
    expect(unlistedJargon(ctx, []).map((f) => f.start)).toEqual([0]);
    expect(
      unlistedJargon(ctx, [
        { start: 0, end: 4 },
        { start: 8, end: 12 },
      ]),
    ).toEqual([]);
  });

  it('marks a hedged council promise even without an analyser, and tells the company it is not a commitment', () => {
    const found = analyzeText('制度の見直しについては、検討を進めてまいります。', {
      rules: [UNLISTED_JARGON_RULE],
    });
    expect(found.map((f) => f.text)).toEqual(['検討を進めてまいります']);
    expect(found[0]?.message).toContain('まだ何も決まっていない');
    expect(analyzeText('関係団体と協議してまいります。', { rules: [UNLISTED_JARGON_RULE] })).toEqual([]);
  });
});
