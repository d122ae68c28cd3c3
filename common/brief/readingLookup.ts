/**
 * Terms by their reading: a word typed in hiragana and left unconverted (えいいけんとう) names the
 * glossary term written in kanji (鋭意検討), which search cannot find from the kana alone — the
 * index holds what was written, not how it is read. Exact readings come first, then readings the
 * typed kana begins (shortest first), so the word being typed is offered before it is complete.
 */
import type { GlossaryEntry } from './types';

/** Shorter kana name too many words (けい: 計画, 経費, 契約 …) to be worth offering. */
export const MIN_READING_CHARS = 3;

/** Readings looked at per lookup: it runs on every keystroke of the search box. */
const MAX_SCANNED = 400;

const HIRAGANA_ONLY = /^[\u3041-\u3096ー]+$/u;

/** Katakana to hiragana (the IME leaves either), spaces dropped. */
function asHiragana(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

export interface ReadingLookup {
  /** Up to `limit` terms whose reading is the typed kana or begins with it. */
  termsFor(typed: string, limit?: number): string[];
}

export function readingLookup(entries: readonly Pick<GlossaryEntry, 'term' | 'reading'>[]): ReadingLookup {
  const byReading = [
    ...new Map(
      entries
        .map((e) => ({ term: e.term, reading: asHiragana(e.reading) }))
        // A term already in kana is found by search as typed; a reading that is not kana says nothing.
        .filter((e) => HIRAGANA_ONLY.test(e.reading) && e.reading !== asHiragana(e.term))
        .map((e) => [`${e.reading}\u0000${e.term}`, e] as const),
    ).values(),
  ].sort((a, b) => (a.reading < b.reading ? -1 : a.reading > b.reading ? 1 : 0));

  /** Index of the first reading not below `kana` (binary search over the sorted readings). */
  const firstFrom = (kana: string) => {
    let lo = 0;
    let hi = byReading.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byReading[mid]!.reading < kana) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    termsFor(typed, limit = 5) {
      const kana = asHiragana(typed);
      if (kana.length < MIN_READING_CHARS || !HIRAGANA_ONLY.test(kana)) return [];
      const matches = [];
      // A short prefix (けいか) begins hundreds of readings; the shortest few are among the first.
      const end = Math.min(byReading.length, firstFrom(kana) + MAX_SCANNED);
      for (let i = firstFrom(kana); i < end && byReading[i]!.reading.startsWith(kana); i++)
        matches.push(byReading[i]!);
      matches.sort((a, b) => a.reading.length - b.reading.length);
      return [...new Set(matches.map((m) => m.term))].slice(0, limit);
    },
  };
}
