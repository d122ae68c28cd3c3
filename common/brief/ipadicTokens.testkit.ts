/**
 * IPADIC tokens as kuromoji gives them, for tests that read parts of speech, base forms and
 * conjugation types: each word is written `surface/品詞/細分類/基本形/活用型` (活用型 may be left
 * out) and words are separated by spaces, as copied from the analyser's output for the phrase.
 */
import type { MorphToken } from './morph';

export function ipadic(line: string): MorphToken[] {
  let at = 0;
  return line.split(/\s+/u).map((word) => {
    const [surface = '', pos = '', detail = '', base = '', conjugation = ''] = word.split('/');
    const token = {
      surface,
      start: at,
      end: at + surface.length,
      pos,
      detail,
      base,
      reading: 'ヨミ',
      conjugation,
    };
    at = token.end;
    return token;
  });
}

/** The text the tokens spell. */
export const spelled = (tokens: readonly MorphToken[]) => tokens.map((t) => t.surface).join('');
