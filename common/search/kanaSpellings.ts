/**
 * The kana a kanji query reads as (佐藤 → さとう), so a search for 佐藤 also finds the notes whose
 * speaker was typed in kana by someone who heard the name but did not know its kanji. The reverse
 * of the reading vocabulary (kana query → kanji in the text). The query is read by the search
 * worker's dictionary, passed in: common never loads it.
 */
import { inferRole } from '../council/speakers';

/** What reads a query word: morphemes with their katakana reading ('' when unknown). */
export interface WordReader {
  tokenize(text: string): readonly { surface: string; reading: string; detail?: string }[];
}

const HAS_KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/u;
/** More spellings than this are not useful in one search (each is one more search). */
const MAX_SPELLINGS = 4;

const hiragana = (s: string) =>
  s.replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

export const hasKanji = (s: string): boolean => HAS_KANJI.test(s);

/** A word's spellings with its kanji read: 佐藤議員 → さとうぎいん, さとう議員, さとう. */
function wordSpellings(word: string, reader: WordReader): string[] {
  if (!HAS_KANJI.test(word)) return [word];
  const tokens = reader.tokenize(word);
  if (tokens.some((t) => HAS_KANJI.test(t.surface) && !t.reading)) return [word];
  const read = (t: { surface: string; reading: string }) =>
    HAS_KANJI.test(t.surface) ? hiragana(t.reading) : t.surface;
  const proper = (t: { detail?: string }) => t.detail === '固有名詞';
  const out = [word, tokens.map(read).join('')];
  // The name read and the title kept (さとう議員), and — for a speaker's name with a title — the
  // name alone (さとう), as a speaker is typed without one.
  if (tokens.some(proper) && !tokens.every(proper)) {
    out.push(tokens.map((t) => (proper(t) ? read(t) : t.surface)).join(''));
    const lead = tokens.findIndex((t) => !proper(t));
    if (lead > 0 && inferRole(word) !== '') out.push(tokens.slice(0, lead).map(read).join(''));
  }
  return [...new Set(out)];
}

/** The query's other spellings with its kanji words read in kana ([] when it has no kanji). */
export function kanaSpellingsOf(query: string, reader: WordReader): string[] {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  if (!words.some(hasKanji)) return [];
  let spellings = [''];
  for (const word of words) {
    const options = wordSpellings(word, reader);
    spellings = spellings.flatMap((s) => options.map((o) => (s ? `${s} ${o}` : o)));
  }
  const original = words.join(' ');
  return spellings.filter((s) => s !== original).slice(0, MAX_SPELLINGS);
}
