/**
 * Speaker names across kana and kanji: a staffer who heard 「さとう」 but does not know the kanji
 * types it in kana. A name's reading (佐藤議員 → さとうぎいん) comes from the IPADIC dictionary,
 * which common never loads: the caller passes what reads (the search worker's kuromoji), and the
 * renderer caches each name's reading so it is read once.
 */

/** What reads a name: morphemes with their katakana reading ('' when unknown). */
export interface NameReader {
  tokenize(text: string): readonly { surface: string; reading: string }[];
}

const KANA = /^[\u3041-\u3096\u30a1-\u30f6ー]+$/u;
const HAS_KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/u;

/** Katakana → hiragana; other characters unchanged. */
export const hiraganaOf = (s: string): string =>
  s.replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** Kana only (spaces ignored): a typed query or name to be compared by reading. */
export const isKana = (s: string): boolean => KANA.test(s.normalize('NFKC').replace(/\s+/gu, ''));

/**
 * The name's reading in hiragana, spaces dropped, or '' when a kanji part has no reading (an
 * unknown name must not match by a guess). Kana and other characters read as themselves.
 */
export function readingOfName(name: string, reader: NameReader): string {
  const text = name.normalize('NFKC').replace(/\s+/gu, '');
  if (!HAS_KANJI.test(text)) return hiraganaOf(text);
  let out = '';
  for (const t of reader.tokenize(text)) {
    if (HAS_KANJI.test(t.surface)) {
      if (!t.reading) return '';
      out += t.reading;
    } else out += t.surface;
  }
  return hiraganaOf(out);
}
