/**
 * The snippet shown under a search result: the original text around the first occurrences of the
 * query, with the occurrences marked. Offsets come from `normalizeWithOffsets`, so a hit found in
 * normalised text (ｶﾀｶﾅ found by カタカナ) highlights the original characters.
 */
import { findInOriginal, queryWords } from './normalize';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Characters of context before the first hit; the whole snippet is about `width` long. */
const BEFORE = 30;

/**
 * A window of `original` (fields separated by U+0000) around the first match of the normalised
 * `query`'s words, every word's occurrences marked, cut to the field the match is in (or, when that
 * field is short, going on into the next ones), as alternating plain and hit parts. `identity`: the
 * text is known to be its own normalisation (see `findInOriginal`); `norm`: its normalisation, when
 * the caller has it.
 */
export function snippetOf(
  original: string,
  query: string,
  width = 120,
  identity = false,
  norm?: string,
): SnippetPart[] {
  const words = queryWords(query);
  // Knowing where the first hit is in the normalised text bounds how much must be normalised.
  const firstAt = norm === undefined ? -1 : firstOccurrence(norm, words);
  const longest = Math.max(0, ...words.map((w) => w.length));
  const upTo = firstAt >= 0 ? firstAt + longest + 2 * width : Infinity;
  const ranges = words
    .flatMap((w) => findInOriginal(original, w, 20, identity, upTo))
    .sort((a, b) => a.start - b.start);
  const first = ranges[0];
  // No word to show (a day typed alone finds records by date): the record's opening words, going
  // on past a short first field as a hit does — 20 notes of one day read 「都市整備部長」 alone.
  if (!first) {
    const fields = original.slice(0, 4 * width).split('\u0000'); // a note can be long
    const opening = fields
      .slice(
        Math.max(
          0,
          fields.findIndex((f) => f.trim() !== ''),
        ),
      )
      .join('\u0000');
    return [{ text: clip(fieldsJoined(opening), width), hit: false }];
  }
  const fieldStart = original.lastIndexOf('\u0000', first.start - 1) + 1;
  const nextSep = original.indexOf('\u0000', first.end);
  const fieldEnd = nextSep < 0 ? original.length : nextSep;
  const from = Math.max(fieldStart, first.start - BEFORE);
  let to = Math.min(fieldEnd, Math.max(first.end, from + width));
  // A hit in a short field (a council note's speaker) goes on into the fields after it, so the
  // result says what was said, not the name alone (19 results reading 「佐藤花子議員」).
  const onward = to === fieldEnd && to < original.length && to - from < width;
  if (onward) to = Math.min(original.length, from + width);
  const end = onward ? original.length : fieldEnd;
  const parts: SnippetPart[] = [];
  const plain = (a: number, b: number) =>
    parts.push({ text: fieldsJoined(original.slice(a, b)), hit: false });
  let at = from;
  for (const r of ranges) {
    if (r.start < at || r.end > to) continue;
    if (r.start > at) plain(at, r.start);
    parts.push({ text: original.slice(r.start, r.end), hit: true });
    at = r.end;
  }
  if (at < to) plain(at, to);
  if (from > fieldStart) parts.unshift({ text: '…', hit: false });
  if (to < end) parts.push({ text: '…', hit: false });
  return parts;
}

/** Where the earliest of `words` occurs in `norm`, or -1. */
function firstOccurrence(norm: string, words: readonly string[]): number {
  const at = words.map((w) => norm.indexOf(w)).filter((i) => i >= 0);
  return at.length === 0 ? -1 : Math.min(...at);
}

const clip = (s: string, width: number) => (s.length > width ? `${s.slice(0, width)}…` : s);

/** Fields run together for reading: one full-width space where one or more separators were. */
const fieldsJoined = (s: string) =>
  s
    .split('\u0000')
    .filter((f, i, all) => i === 0 || i === all.length - 1 || f !== '')
    .join('\u3000');
