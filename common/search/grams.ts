/**
 * Index keys of normalised text: every pair of adjacent UTF-16 code units (a bigram) and every
 * single code unit (a unigram, for one-character queries). A text containing a query contains
 * all of the query's grams, so intersecting their posting lists can never lose a hit; it can only
 * over-select, which the confirming substring check removes.
 *
 * Keys are numbers, not strings (cheaper Map keys, and a snapshot stores them in a typed array):
 * a bigram is `a * 65536 + b` (< 2^32), a unigram `2^32 + a`.
 */

const UNIGRAM_BASE = 2 ** 32;

export const bigramKey = (a: number, b: number): number => a * 65536 + b;
export const unigramKey = (a: number): number => UNIGRAM_BASE + a;

/** Every distinct gram key of a normalised text. */
export function gramsOf(norm: string): Set<number> {
  const keys = new Set<number>();
  const n = norm.length;
  if (n === 0) return keys;
  let prev = norm.charCodeAt(0);
  keys.add(unigramKey(prev));
  for (let i = 1; i < n; i++) {
    const c = norm.charCodeAt(i);
    keys.add(unigramKey(c));
    keys.add(bigramKey(prev, c));
    prev = c;
  }
  return keys;
}

/**
 * The grams a normalised query needs: its one unigram when it is one code unit long, otherwise
 * its distinct bigrams.
 */
export function queryGrams(query: string): number[] {
  if (query.length === 0) return [];
  if (query.length === 1) return [unigramKey(query.charCodeAt(0))];
  const keys = new Set<number>();
  for (let i = 1; i < query.length; i++) keys.add(bigramKey(query.charCodeAt(i - 1), query.charCodeAt(i)));
  return [...keys];
}
