/**
 * The one text normalisation of search: the index, the query and the substring check that
 * confirms a hit all see text through `normalize`, so "contains" means the same thing everywhere.
 *
 * - NFKC and lower-casing, per cluster (a character with the combining marks that follow it,
 *   half-width ﾞ/ﾟ included, so ｶﾞ becomes ガ): ｶﾀｶﾅ = カタカナ, ＡＢＣ = abc, ① = 1.
 *   Working per cluster (not over the whole string) is what lets every normalised code unit
 *   point back to the original characters it came from, for highlights.
 * - Katakana folds to hiragana (デマンド = でまんど): text typed fast in an IME is often left
 *   unconverted, and a query in either script must find both. One code unit for one, so offsets
 *   stay exact: small kana to small kana (ャ = ゃ, not や: きや and きゃ are different words),
 *   ヴ = ゔ, ヽヾ = ゝゞ; the counters ヵ and ヶ (and their hiragana ゕ ゖ) fold to か, as 公用文 writes
 *   3か月 and everyday notes 3ヶ月 or 3カ月. The long vowel mark ー is the same in both scripts and
 *   stays; ヷヸヹヺ have no hiragana and stay.
 * - Whitespace runs become one space, except that a run holding a line break between two wide
 *   characters (CJK, kana, full-width) disappears: Japanese wraps lines mid-word (a copied PDF,
 *   a hard-wrapped memo), and 「実証\n実験」 must be found by 「実証実験」.
 */

/** Normalised text plus, per normalised code unit, the original range it came from. */
export interface Normalized {
  text: string;
  /** `start[i]`..`end[i]` is the original range behind normalised code unit `i`. */
  start: Uint32Array;
  end: Uint32Array;
}

const COMBINING = /^[\p{M}\uFF9E\uFF9F]$/u;
const WHITESPACE = /^\s$/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Single-character results, memoised: a corpus uses a few thousand distinct characters. */
const clusterCache = new Map<string, string>();

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** Wide: CJK, kana and the full-width forms (NFKC output, so half-width kana are already wide). */
const isWide = (c: number) => c >= 0x2e80;

/** The hiragana a katakana (or counter kana) code unit folds to, or the unit itself. */
function foldKanaUnit(c: number): number {
  if (c === 0x30f5 || c === 0x30f6 || c === 0x3095 || c === 0x3096) return 0x304b; // ヵヶゕゖ → か
  if ((c >= 0x30a1 && c <= 0x30f4) || c === 0x30fd || c === 0x30fe) return c - 0x60;
  return c;
}

const hasFoldableKana = (s: string) => /[\u3095\u3096\u30a1-\u30f6\u30fd\u30fe]/.test(s);

/** `s` with its katakana folded to hiragana (same length: offsets are unchanged). */
export function foldKana(s: string): string {
  if (!hasFoldableKana(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldKanaUnit(s.charCodeAt(i)));
  return out;
}

const normalizeCluster = (cluster: string): string =>
  cluster.length > 2 ? foldKana(cluster.normalize('NFKC').toLowerCase()) : normalizeShort(cluster);

function normalizeShort(cluster: string): string {
  let out = clusterCache.get(cluster);
  if (out === undefined) {
    out = foldKana(cluster.normalize('NFKC').toLowerCase());
    if (clusterCache.size < 50_000) clusterCache.set(cluster, out);
  }
  return out;
}

/** Length in code units of the code point at `i`. */
function pointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Hiragana (but the counters ゕゖ), ー and CJK ideographs: unchanged by every step. */
const isPlainWide = (c: number) =>
  (c >= 0x3041 && c <= 0x3094) || c === 0x30fc || (c >= 0x4e00 && c <= 0x9fff);
/** Kana and ideographs are never combining marks (a cheap test before the regular expression). */
const isKanaOrIdeograph = (c: number) =>
  (c >= 0x3041 && c <= 0x3096) ||
  (c >= 0x30a1 && c <= 0x30fa) ||
  c === 0x30fc ||
  (c >= 0x4e00 && c <= 0x9fff);
/** Characters that normalise to themselves (the fast path: most of any Japanese note). */
const isStable = (c: number) =>
  (c > 0x20 && c < 0x7f && !(c >= 65 && c <= 90)) || isPlainWide(c) || c === 0x3001 || c === 0x3002;

function isCombiningAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  // Every combining mark sits at U+0300 or above; kana and ideographs are not marks.
  if (c < 0x300 || isKanaOrIdeograph(c)) return false;
  return COMBINING.test(s.slice(i, i + pointLength(s, i)));
}

interface Sink {
  /** The original range [from, to) normalises to itself. */
  same(from: number, to: number): void;
  emit(piece: string, from: number, to: number): void;
  /** The last normalised code unit emitted (-1 before any). */
  last(): number;
  /** True once the caller has enough normalised text. */
  full?(): boolean;
}

function run(original: string, sink: Sink): void {
  const n = original.length;
  let i = 0;
  // A pending whitespace run: decided when the next visible character (or the end) arrives.
  let wsFrom = -1;
  let wsBreak = false;
  while (i < n) {
    if (sink.full?.()) return;
    const code = original.charCodeAt(i);
    if (isStable(code) && (i + 1 === n || !isCombiningAt(original, i + 1))) {
      if (wsFrom >= 0) {
        const joinsWide = wsBreak && isWide(sink.last()) && isWide(code);
        if (!joinsWide) sink.emit(' ', wsFrom, i);
        wsFrom = -1;
      }
      sink.same(i, i + 1);
      i++;
      continue;
    }
    let j = i + pointLength(original, i);
    while (j < n && isCombiningAt(original, j)) j += pointLength(original, j);
    const piece =
      code < 0x80 && j === i + 1 ? asciiLower(original[i]!, code) : normalizeCluster(original.slice(i, j));
    if (piece.length === 1 && WHITESPACE.test(piece)) {
      if (wsFrom < 0) {
        wsFrom = i;
        wsBreak = false;
      }
      if (isLineBreak(code)) wsBreak = true;
    } else if (piece.length > 0) {
      if (wsFrom >= 0) {
        const joinsWide = wsBreak && isWide(sink.last()) && isWide(piece.charCodeAt(0));
        if (!joinsWide) sink.emit(' ', wsFrom, i);
        wsFrom = -1;
      }
      sink.emit(piece, i, j);
    }
    i = j;
  }
  if (wsFrom >= 0) sink.emit(' ', wsFrom, n);
}

const asciiLower = (ch: string, code: number) =>
  code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;

/** `text` as search sees it (no offsets: what indexing and the confirming check use). */
export function normalize(text: string): string {
  const parts: string[] = [];
  let runFrom = 0;
  let runTo = 0;
  let last = -1;
  const flush = () => {
    if (runTo > runFrom) parts.push(text.slice(runFrom, runTo));
  };
  run(text, {
    same(from, to) {
      if (from !== runTo) {
        flush();
        runFrom = from;
      }
      runTo = to;
      last = text.charCodeAt(to - 1);
    },
    emit(piece) {
      flush();
      runFrom = runTo = 0;
      parts.push(piece);
      last = piece.charCodeAt(piece.length - 1);
    },
    last: () => last,
  });
  flush();
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/**
 * `normalize(text)` with the original range of every normalised code unit (for highlights);
 * with `upTo`, only (at least) the first `upTo` normalised code units — a snippet near the start
 * of a long note need not normalise the rest.
 */
export function normalizeWithOffsets(text: string, upTo = Infinity): Normalized {
  const parts: string[] = [];
  let start = new Uint32Array(text.length + 8);
  let end = new Uint32Array(text.length + 8);
  let n = 0;
  let runFrom = 0;
  let runTo = 0;
  let last = -1;
  const room = (k: number) => {
    if (n + k <= start.length) return;
    const size = Math.max(start.length * 2, n + k);
    const grown = [new Uint32Array(size), new Uint32Array(size)] as const;
    grown[0].set(start);
    grown[1].set(end);
    [start, end] = grown;
  };
  const flush = () => {
    if (runTo > runFrom) parts.push(text.slice(runFrom, runTo));
  };
  run(text, {
    same(from, to) {
      if (from !== runTo) {
        flush();
        runFrom = from;
      }
      runTo = to;
      room(1);
      start[n] = from;
      end[n++] = to;
      last = text.charCodeAt(to - 1);
    },
    emit(piece, from, to) {
      flush();
      runFrom = runTo = 0;
      parts.push(piece);
      room(piece.length);
      for (let k = 0; k < piece.length; k++) {
        start[n] = from;
        end[n++] = to;
      }
      last = piece.charCodeAt(piece.length - 1);
    },
    last: () => last,
    full: () => n >= upTo,
  });
  flush();
  return { text: parts.join(''), start: start.subarray(0, n), end: end.subarray(0, n) };
}

/**
 * A query as typed → what to look for: normalised like the documents, then control characters
 * dropped (they never come from a keyboard; documents use U+0000 between fields) and trimmed.
 */
export function normalizeQuery(query: string): string {
  return normalize(query).replace(CONTROL, '').trim();
}

/** The words of a normalised query: a document must contain each (交通 期限 = 交通 and 期限). */
export function queryWords(query: string): string[] {
  return [...new Set(query.split(' ').filter((w) => w !== ''))];
}

/**
 * Original ranges of the occurrences of normalised `needle` in `text`, at most `limit`.
 * `identity`: the caller knows `normalize(text) === text` (the index keeps no separate original),
 * so offsets need no mapping.
 */
export function findInOriginal(
  text: string,
  needle: string,
  limit = 20,
  identity = false,
  upTo = Infinity,
): { start: number; end: number }[] {
  if (!needle) return [];
  if (identity) return occurrences(text, needle, limit).map((at) => ({ start: at, end: at + needle.length }));
  const norm = normalizeWithOffsets(text, upTo);
  const out: { start: number; end: number }[] = [];
  let at = norm.text.indexOf(needle);
  while (at >= 0 && out.length < limit) {
    const s = norm.start[at]!;
    const e = norm.end[at + needle.length - 1]!;
    out.push({ start: s, end: e });
    at = norm.text.indexOf(needle, at + needle.length);
  }
  return out;
}

function occurrences(text: string, needle: string, limit: number): number[] {
  const out: number[] = [];
  for (
    let at = text.indexOf(needle);
    at >= 0 && out.length < limit;
    at = text.indexOf(needle, at + needle.length)
  )
    out.push(at);
  return out;
}

/**
 * `normalize(text)` plus a patch that gives `text` back (`originalFrom`): the index stores each
 * text once, normalised, and most of a Japanese note normalises to itself, so the patch is short
 * ('' when nothing changed). A patch is a run of `normPos:normLen:origLen:` + the original
 * characters that replace `normLen` normalised ones at `normPos`; adjacent changes share one
 * entry (a katakana word is one entry, not one per character).
 */
export function normalizeWithPatch(text: string): { norm: string; patch: string } {
  const parts: string[] = [];
  const patch: string[] = [];
  let runFrom = 0;
  let runTo = 0;
  let last = -1;
  let normAt = 0;
  let origAt = 0;
  // The entry being grown: normalised [entryPos, normAt) replaced by original [entryFrom, origAt).
  let entryPos = -1;
  let entryFrom = 0;
  const flush = () => {
    if (runTo > runFrom) parts.push(text.slice(runFrom, runTo));
  };
  const closeEntry = () => {
    if (entryPos < 0) return;
    patch.push(`${entryPos}:${normAt - entryPos}:${origAt - entryFrom}:${text.slice(entryFrom, origAt)}`);
    entryPos = -1;
  };
  /** Original [from, to) became `normLen` normalised units that differ from it. */
  const changed = (from: number, normLen: number, to: number) => {
    if (entryPos < 0) {
      entryPos = normAt;
      entryFrom = from;
    }
    normAt += normLen;
    origAt = to;
  };
  run(text, {
    same(from, to) {
      // Original characters [origAt, from) normalised to nothing (a dropped line break).
      if (from > origAt) changed(origAt, 0, from);
      closeEntry();
      if (from !== runTo) {
        flush();
        runFrom = from;
      }
      runTo = to;
      normAt += to - from;
      origAt = to;
      last = text.charCodeAt(to - 1);
    },
    emit(piece, from, to) {
      if (from > origAt) changed(origAt, 0, from);
      flush();
      runFrom = runTo = 0;
      parts.push(piece);
      if (text.slice(from, to) !== piece) changed(from, piece.length, to);
      else {
        closeEntry();
        normAt += piece.length;
        origAt = to;
      }
      last = piece.charCodeAt(piece.length - 1);
    },
    last: () => last,
  });
  flush();
  if (text.length > origAt) changed(origAt, 0, text.length);
  closeEntry();
  return { norm: parts.length === 1 ? parts[0]! : parts.join(''), patch: patch.join('') };
}

/** The original text of `norm` and its patch (see `normalizeWithPatch`). */
export function originalFrom(norm: string, patch: string): string {
  if (!patch) return norm;
  const out: string[] = [];
  let normAt = 0;
  let at = 0;
  while (at < patch.length) {
    const a = patch.indexOf(':', at);
    const b = patch.indexOf(':', a + 1);
    const c = patch.indexOf(':', b + 1);
    const pos = Number(patch.slice(at, a));
    const normLen = Number(patch.slice(a + 1, b));
    const origLen = Number(patch.slice(b + 1, c));
    out.push(norm.slice(normAt, pos), patch.slice(c + 1, c + 1 + origLen));
    normAt = pos + normLen;
    at = c + 1 + origLen;
  }
  out.push(norm.slice(normAt));
  return out.join('');
}
