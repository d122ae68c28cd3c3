/**
 * An exact substring index over records (docs/search in README): gram posting lists narrow the
 * candidates, a substring check on the normalised text confirms each one, so a result list holds
 * exactly the documents whose normalised text contains the normalised query.
 *
 * Own posting lists rather than FlexSearch (with a bigram encoder it built the 20,000-note bench
 * corpus slower here — 24 s against 19 s on the same loaded machine — and the design needs):
 * - rarest list first: we can ask each list its length and walk only the shortest, checking the
 *   others by binary search, and stop as soon as a page of confirmed hits is found (lazy
 *   confirmation) — FlexSearch intersects everything and hands back a fixed-size page before
 *   confirmation, so an exact page needs repeated queries;
 * - documents get increasing numbers, so every list is sorted by construction: an update appends
 *   (no re-sort), walking a list backwards gives the newest documents first, and the whole index
 *   persists as three typed arrays that load without re-tokenising.
 *
 * Document numbers below `baseCount` live in the snapshot arrays; newer ones in `delta` arrays.
 * An edited document gets a new number and its old one is marked dead (skipped, then dropped by
 * the next `snapshot()`).
 */
import { forEachGram, queryGrams } from './grams';
import { GramTable } from './gramTable';
import { normalize, normalizeQuery } from './normalize';

/** The record kinds search covers, in the order results are grouped. */
export const SEARCH_KINDS = [
  'issues',
  'briefs',
  'glossaryTerms',
  'workshops',
  'agendaItems',
  'ideas',
  'actionItems',
  'councilSessions',
  'notes',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A record as search sees it (see `documents.ts`). */
export interface SearchDoc {
  /** `${kind}:${id}`, unique. */
  key: string;
  kind: SearchKind;
  id: string;
  /** The record a result opens when it is not the record itself ('' when it is). */
  parent: string;
  workspaceId: string;
  /** ISO date or date-time the user would filter by ('' when none). */
  date: string;
  title: string;
  /** Every searchable field, joined by U+0000 so no match spans two fields. */
  text: string;
}

export interface IndexedDoc extends Omit<SearchDoc, 'text'> {
  norm: string;
  /** The original text, kept only when it differs from `norm` (most Japanese prose does not). */
  original?: string;
}

export interface SearchFilter {
  workspaceId?: string;
  kinds?: ReadonlySet<SearchKind>;
  /** Inclusive ISO date bounds (compared on the first 10 characters). */
  from?: string;
  to?: string;
}

export interface SearchPage {
  /** Normalised query actually searched. */
  query: string;
  hits: IndexedDoc[];
  /** More confirmed hits exist after the page. */
  hasMore: boolean;
}

/** The persisted form: documents plus the posting lists as sorted keys, offsets and numbers. */
export interface IndexSnapshot {
  format: number;
  docs: IndexedDoc[];
  keys: Uint32Array;
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** Bump when normalisation, grams or the snapshot layout change: older snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = 1;

export class SnapshotError extends Error {}

/** How many of the rarest lists are intersected; the substring check does the rest more cheaply. */
const MAX_LISTS = 3;

class PostingList {
  constructor(
    private readonly base: Uint32Array,
    private readonly from: number,
    private readonly to: number,
    private readonly delta: readonly number[],
  ) {}
  get size(): number {
    return this.to - this.from + this.delta.length;
  }
  at(i: number): number {
    const baseLen = this.to - this.from;
    return i < baseLen ? this.base[this.from + i]! : this.delta[i - baseLen]!;
  }
  /** Index of `doc` in positions [0, hi), or -1. */
  indexOf(doc: number, hi: number): number {
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.at(mid);
      if (v === doc) return mid;
      if (v < doc) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
}

const EMPTY = new Uint32Array(0);

export class SearchIndex {
  private docs: (IndexedDoc | null)[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly delta = new GramTable();
  private keys: Uint32Array = new Uint32Array(0);
  private offsets: Uint32Array = new Uint32Array(1);
  private postings: Uint32Array = EMPTY;
  private deadCount = 0;

  /** Live documents. */
  get size(): number {
    return this.byKey.size;
  }

  /** Share of document numbers that are dead (a signal to write a compacting snapshot). */
  get deadRatio(): number {
    return this.docs.length ? this.deadCount / this.docs.length : 0;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): IndexedDoc | undefined {
    const num = this.byKey.get(key);
    return num === undefined ? undefined : (this.docs[num] ?? undefined);
  }

  /** Adds or replaces a document (an empty text still makes it findable by nothing but exists). */
  upsert(doc: SearchDoc): void {
    this.remove(doc.key);
    const norm = normalize(doc.text);
    const { text, ...rest } = doc;
    const entry: IndexedDoc = norm === text ? { ...rest, norm } : { ...rest, norm, original: text };
    const num = this.docs.length;
    this.docs.push(entry);
    this.byKey.set(doc.key, num);
    forEachGram(norm, (key) => this.delta.add(key, num));
  }

  remove(key: string): void {
    const num = this.byKey.get(key);
    if (num === undefined) return;
    this.byKey.delete(key);
    this.docs[num] = null;
    this.deadCount++;
  }

  private list(key: number): PostingList {
    const i = lowerBound(this.keys, key);
    const found = i < this.keys.length && this.keys[i] === key;
    const from = found ? this.offsets[i]! : 0;
    const to = found ? this.offsets[i + 1]! : 0;
    return new PostingList(this.postings, from, to, this.delta.get(key) ?? []);
  }

  /**
   * Confirmed hits, newest document first, produced lazily: a caller that stops after a page
   * never pays for confirming the rest.
   */
  *matches(query: string, filter: SearchFilter = {}): Generator<IndexedDoc> {
    const q = normalizeQuery(query);
    const grams = queryGrams(q);
    if (grams.length === 0) return;
    const lists = grams.map((g) => this.list(g)).sort((a, b) => a.size - b.size);
    if (lists[0]!.size === 0) return;
    const [rarest, ...others] = lists.slice(0, MAX_LISTS) as [PostingList, ...PostingList[]];
    const bounds = others.map((l) => l.size);
    const from = filter.from?.slice(0, 10);
    const to = filter.to?.slice(0, 10);
    next: for (let i = rarest.size - 1; i >= 0; i--) {
      const num = rarest.at(i);
      const doc = this.docs[num];
      if (!doc) continue;
      if (filter.workspaceId !== undefined && doc.workspaceId !== filter.workspaceId) continue;
      if (filter.kinds && !filter.kinds.has(doc.kind)) continue;
      if (from || to) {
        const day = doc.date.slice(0, 10);
        if (!day || (from && day < from) || (to && day > to)) continue;
      }
      for (let k = 0; k < others.length; k++) {
        const at = others[k]!.indexOf(num, bounds[k]!);
        if (at < 0) continue next;
        bounds[k] = at; // walking backwards: later candidates are smaller, so search below
      }
      if (doc.norm.includes(q)) yield doc;
    }
  }

  /** The first `limit` confirmed hits and whether more exist. */
  search(query: string, filter: SearchFilter = {}, limit = 50): SearchPage {
    const hits: IndexedDoc[] = [];
    let hasMore = false;
    for (const doc of this.matches(query, filter)) {
      if (hits.length === limit) {
        hasMore = true;
        break;
      }
      hits.push(doc);
    }
    return { query: normalizeQuery(query), hits, hasMore };
  }

  /** A compact persisted form: dead documents dropped, live ones renumbered in the same order. */
  snapshot(): IndexSnapshot {
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const docs: IndexedDoc[] = [];
    this.docs.forEach((doc, num) => {
      if (doc) {
        renumber[num] = docs.length;
        docs.push(doc);
      }
    });
    const allKeys = new Set<number>(this.keys);
    for (const key of this.delta.listKeys) allKeys.add(key);
    const sorted = Uint32Array.from(allKeys).sort();
    const keys: number[] = [];
    const offsets: number[] = [0];
    const out: number[] = [];
    for (const key of sorted) {
      const list = this.list(key);
      for (let j = 0; j < list.size; j++) {
        const n = renumber[list.at(j)]!;
        if (n >= 0) out.push(n);
      }
      if (out.length === offsets[offsets.length - 1]) continue; // every document of it is gone
      keys.push(key);
      offsets.push(out.length);
    }
    return {
      format: SNAPSHOT_FORMAT,
      docs,
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from(offsets),
      postings: Uint32Array.from(out),
    };
  }

  /** Loads a snapshot, or throws `SnapshotError` when it is from another format or inconsistent. */
  static fromSnapshot(s: IndexSnapshot): SearchIndex {
    validate(s);
    const index = new SearchIndex();
    index.docs = s.docs.slice();
    s.docs.forEach((doc, num) => index.byKey.set(doc.key, num));
    index.keys = s.keys;
    index.offsets = s.offsets;
    index.postings = s.postings;
    return index;
  }
}

function validate(s: IndexSnapshot): void {
  const fail = (why: string): never => {
    throw new SnapshotError(why);
  };
  if (s?.format !== SNAPSHOT_FORMAT) fail(`format ${String(s?.format)}, expected ${SNAPSHOT_FORMAT}`);
  if (!Array.isArray(s.docs) || !(s.keys instanceof Uint32Array)) fail('missing documents or keys');
  if (!(s.offsets instanceof Uint32Array) || !(s.postings instanceof Uint32Array)) fail('missing postings');
  if (s.offsets.length !== s.keys.length + 1 || s.offsets[0] !== 0) fail('offsets do not match keys');
  if (s.offsets[s.keys.length] !== s.postings.length) fail('offsets do not cover the postings');
  for (let i = 1; i < s.keys.length; i++) if (!(s.keys[i - 1]! < s.keys[i]!)) fail('keys out of order');
  for (let i = 0; i < s.keys.length; i++) {
    const from = s.offsets[i]!;
    const to = s.offsets[i + 1]!;
    if (to < from) fail('offsets out of order');
    for (let j = from; j < to; j++) {
      const n = s.postings[j]!;
      if (n >= s.docs.length || (j > from && n <= s.postings[j - 1]!)) fail('posting list out of order');
    }
  }
  const seen = new Set<string>();
  for (const doc of s.docs) {
    if (typeof doc?.key !== 'string' || typeof doc.norm !== 'string' || seen.has(doc.key))
      fail('bad document');
    seen.add(doc.key);
  }
}

function lowerBound(a: Uint32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
