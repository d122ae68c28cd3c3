/**
 * Stand-in morphemes for rule tests: the rules read surface, part of speech and IPADIC cost, so a
 * test names just those and needs no dictionary.
 */
import type { MorphAnalyser, MorphToken } from '../morph';

/** [surface, 品詞, 細分類, IPADIC cost] — detail defaults to 一般, cost to none. */
export type FakeWord = [string, string, string?, number?];

function token([surface, pos, detail = '一般', cost]: FakeWord, start: number): MorphToken {
  return {
    surface,
    start,
    end: start + surface.length,
    pos,
    detail,
    base: surface,
    reading: 'ヨミ', // a word the dictionary knows ('' would mark it unknown)
    conjugation: '',
    ...(cost === undefined ? {} : { cost }),
  };
}

/** The words laid end to end from offset 0. */
export function fakeTokens(words: readonly FakeWord[]): MorphToken[] {
  let at = 0;
  return words.map((word) => {
    const t = token(word, at);
    at = t.end;
    return t;
  });
}

/** An analyser that finds the given words in order in whatever text it is given. */
export function fakeAnalyser(words: readonly FakeWord[]): MorphAnalyser {
  return {
    tokenize(text: string): MorphToken[] {
      let at = 0;
      return words.map((word) => {
        const t = token(word, text.indexOf(word[0], at));
        at = t.end;
        return t;
      });
    },
  };
}
