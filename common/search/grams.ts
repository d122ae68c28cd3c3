/**
 * Index keys of normalised text: every pair of adjacent UTF-16 code units (a bigram) and every
 * single code unit (a unigram, for one-character queries). A text containing a query contains
 * all of the query's grams, so intersecting their posting lists can never lose a hit; it can only
 * over-select, which the confirming substring check removes.
 *
 * A key is one uint32, `a << 16 | b` (cheap to hash, and a snapshot stores keys in a typed
 * array). The unigram of `a` is the bigram `a, U+0000`: U+0000 separates fields in a document and
 * never occurs in a query, so that bigram is never asked for on its own, and every document
 * holding it also holds `a` — sharing the key only merges two lists that are the same list.
 */

export const bigramKey = (a: number, b: number): number => ((a << 16) | b) >>> 0;
export const unigramKey = (a: number): number => (a << 16) >>> 0;

/** Calls `add` with every gram key of a normalised text (a key may come more than once). */
export function forEachGram(norm: string, add: (key: number) => void): void {
  const n = norm.length;
  if (n === 0) return;
  let prev = norm.charCodeAt(0);
  add(unigramKey(prev));
  for (let i = 1; i < n; i++) {
    const c = norm.charCodeAt(i);
    add(unigramKey(c));
    if (c !== 0) add(bigramKey(prev, c));
    prev = c;
  }
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
