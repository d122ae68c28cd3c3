/**
 * An exact substring index over records (docs/search in README): gram posting lists narrow the
 * candidates, a substring check on the normalised text confirms each one, so a result list holds
 * exactly the documents whose normalised text contains every word of the normalised query.
 *
 * Own posting lists rather than FlexSearch (with a bigram encoder it built the 20,000-note bench
 * corpus slower here — 24 s against 19 s on the same loaded machine — and the design needs):
 * - rarest list first: we can ask each list its length and walk only the shortest, checking the
 *   others by binary search, and stop as soon as a page of confirmed hits is found (lazy
 *   confirmation) — FlexSearch intersects everything and hands back a fixed-size page before
 *   confirmation, so an exact page needs repeated queries;
 * - documents get increasing numbers, so every list is sorted by construction: an update appends
 *   (no re-sort), walking a list backwards gives the newest documents first, and the index
 *   persists as gap-compressed lists that load without re-tokenising (`indexSnapshot.ts`).
 *
 * Document numbers below the stored head's count have their lists in the stored, compressed
 * postings (decoded list by list as queries need them); newer ones in `delta` arrays.
 * An edited document gets a new number and its old one is marked dead (skipped, then dropped by
 * the next `snapshot()`).
 */
import { dateTest, type DateBounds } from './dateRange';
import { forEachGram, queryGrams } from './grams';
import { GramTable } from './gramTable';
import {
  BLOCK_BYTES,
  CHUNK_SIZE,
  SNAPSHOT_FORMAT,
  SnapshotError,
  chunkCount,
  validateBlock,
  validateChunk,
  validateHead,
  type DocChunk,
  type PostingBlock,
  type IndexSnapshot,
  type SnapshotHead,
} from './indexSnapshot';
import { normalizeQuery, normalizeWithPatch, originalFrom, queryWords } from './normalize';
import { ByteWriter, checksum, decodeList, encodeList } from './postingCodec';

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
  /** What gives the original text back from `norm` ('' when they are the same; see `originalOf`). */
  patch: string;
}

/** The text a document was indexed from (for snippets). */
export const originalOf = (doc: IndexedDoc): string => originalFrom(doc.norm, doc.patch);

export interface SearchFilter extends DateBounds {
  workspaceId?: string;
  kinds?: ReadonlySet<SearchKind>;
}

export interface SearchPage {
  /** Normalised query actually searched. */
  query: string;
  hits: IndexedDoc[];
  /** More confirmed hits exist after the page. */
  hasMore: boolean;
}

/**
 * A search that reached a stored part not read yet — the posting block of one of its lists, or the
 * chunk of a candidate document: load it, then ask again.
 */
export interface NeedsPart {
  need: 'block' | 'chunk';
  index: number;
}

export { SNAPSHOT_FORMAT, SnapshotError, type IndexSnapshot };

/** Posting lists re-encoded per step of `snapshotSteps` (each step ≪ 1 ms on prose). */
const LISTS_PER_STEP = 64;

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
/** Decoded stored lists kept in memory (entries); beyond it the cache starts afresh. */
const DECODED_BUDGET = 4_000_000;

/** The stored posting lists (compressed, in blocks) of documents below `docs`. */
interface BaseLists {
  grams: Uint32Array;
  counts: Uint32Array;
  offsets: Uint32Array;
  blockStarts: Uint32Array;
  blockSums: Uint32Array;
  /** undefined: not read yet. */
  blocks: (Uint8Array | undefined)[];
  docs: number;
}

const NO_BASE: BaseLists = {
  grams: EMPTY,
  counts: EMPTY,
  offsets: new Uint32Array(1),
  blockStarts: new Uint32Array(1),
  blockSums: EMPTY,
  blocks: [],
  docs: 0,
};

export class SearchIndex {
  /** undefined: in a stored chunk not loaded yet; null: removed. */
  private docs: (IndexedDoc | null | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly delta = new GramTable();
  private base: BaseLists = NO_BASE;
  private readonly decoded = new Map<number, Uint32Array>();
  private decodedEntries = 0;
  private deadCount = 0;
  private readonly loadedChunks = new Set<number>();
  private snapshotId = '';
  private storedKeys: readonly string[] = [];

  /** Live documents. */
  get size(): number {
    return this.byKey.size;
  }

  /** Share of document numbers that are dead (a signal to write a compacting snapshot). */
  get deadRatio(): number {
    return this.docs.length ? this.deadCount / this.docs.length : 0;
  }

  /** Stored posting blocks not loaded yet. */
  get missingBlocks(): number[] {
    const out: number[] = [];
    this.base.blocks.forEach((b, i) => b === undefined && out.push(i));
    return out;
  }

  /** Stored chunks not loaded yet, newest first (the order searches walk). */
  get missingChunks(): number[] {
    const out: number[] = [];
    for (let c = chunkCount(this.base.docs) - 1; c >= 0; c--) if (!this.loadedChunks.has(c)) out.push(c);
    return out;
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
    const { text, ...rest } = doc;
    const entry: IndexedDoc = { ...rest, ...normalizeWithPatch(text) };
    const num = this.docs.length;
    this.docs.push(entry);
    this.byKey.set(doc.key, num);
    forEachGram(entry.norm, (key) => this.delta.add(key, num));
  }

  remove(key: string): void {
    const num = this.byKey.get(key);
    if (num === undefined) return;
    this.byKey.delete(key);
    this.docs[num] = null;
    this.deadCount++;
  }

  private listSize(key: number): number {
    const i = lowerBound(this.base.grams, key);
    const stored = i < this.base.grams.length && this.base.grams[i] === key ? this.base.counts[i]! : 0;
    return stored + (this.delta.get(key)?.length ?? 0);
  }

  private list(key: number): PostingList | NeedsPart {
    const i = lowerBound(this.base.grams, key);
    const stored = i < this.base.grams.length && this.base.grams[i] === key ? this.decode(i) : EMPTY;
    if (!(stored instanceof Uint32Array)) return stored;
    return new PostingList(stored, 0, stored.length, this.delta.get(key) ?? []);
  }

  /** Stored list `i`, decoded (and cached); a damaged list throws `SnapshotError`. */
  private decode(i: number): Uint32Array | NeedsPart {
    let list = this.decoded.get(i);
    if (list) return list;
    const { blockStarts, blocks, offsets, counts, docs } = this.base;
    const block = upperBound(blockStarts, i) - 1;
    const bytes = blocks[block];
    if (!bytes) return { need: 'block', index: block };
    const at = offsets[blockStarts[block]!]!;
    const decoded = decodeList(bytes, offsets[i]! - at, offsets[i + 1]! - at, counts[i]!, docs);
    if (!decoded) throw new SnapshotError(`posting list ${i} is damaged`);
    list = decoded;
    if (this.decodedEntries + list.length > DECODED_BUDGET) {
      this.decoded.clear();
      this.decodedEntries = 0;
    }
    this.decoded.set(i, list);
    this.decodedEntries += list.length;
    return list;
  }

  /**
   * Confirmed hits, newest document first, produced lazily: a caller that stops after a page
   * never pays for confirming the rest. A list or candidate in a stored part not read yet yields
   * `NeedsPart` and ends the walk.
   */
  private *walk(query: string, filter: SearchFilter): Generator<IndexedDoc | NeedsPart> {
    const words = queryWords(normalizeQuery(query));
    // No words but a date (a day typed into the box, e.g. 昨日): that day's records, newest first.
    if (words.length === 0) {
      if (filter.from || filter.to) yield* this.walkDated(filter);
      return;
    }
    const grams = [...new Set(words.flatMap((w) => queryGrams(w)))]
      .map((g) => ({ g, size: this.listSize(g) }))
      .sort((a, b) => a.size - b.size);
    if (grams.length === 0 || grams[0]!.size === 0) return;
    const lists: PostingList[] = [];
    for (const { g } of grams.slice(0, MAX_LISTS)) {
      const list = this.list(g);
      if (!(list instanceof PostingList)) {
        yield list;
        return;
      }
      lists.push(list);
    }
    const [rarest, ...others] = lists as [PostingList, ...PostingList[]];
    const bounds = others.map((l) => l.size);
    const dated = !!(filter.from || filter.to);
    const inRange = dateTest(filter);
    next: for (let i = rarest.size - 1; i >= 0; i--) {
      const num = rarest.at(i);
      const doc = this.docs[num];
      if (doc === null) continue;
      for (let k = 0; k < others.length; k++) {
        const at = others[k]!.indexOf(num, bounds[k]!);
        if (at < 0) continue next;
        bounds[k] = at; // walking backwards: later candidates are smaller, so search below
      }
      if (doc === undefined) {
        yield { need: 'chunk', index: Math.floor(num / CHUNK_SIZE) };
        return;
      }
      if (filter.workspaceId !== undefined && doc.workspaceId !== filter.workspaceId) continue;
      if (filter.kinds && !filter.kinds.has(doc.kind)) continue;
      if (dated && !inRange(doc.date)) continue;
      if (words.every((w) => doc.norm.includes(w))) yield doc;
    }
  }

  /**
   * Every live document in the date range, newest first: a scan of the documents (no list names a
   * date), stopped by the caller once a page is full. A document in a chunk not read yet yields
   * `NeedsPart`, as in `walk`.
   */
  private *walkDated(filter: SearchFilter): Generator<IndexedDoc | NeedsPart> {
    const inRange = dateTest(filter);
    for (let num = this.docs.length - 1; num >= 0; num--) {
      const doc = this.docs[num];
      if (doc === null) continue;
      if (doc === undefined) {
        yield { need: 'chunk', index: Math.floor(num / CHUNK_SIZE) };
        return;
      }
      if (filter.workspaceId !== undefined && doc.workspaceId !== filter.workspaceId) continue;
      if (filter.kinds && !filter.kinds.has(doc.kind)) continue;
      if (inRange(doc.date)) yield doc;
    }
  }

  /** The normalised text of every live document in memory (for the reading vocabulary). */
  *liveTexts(): Generator<string> {
    for (const doc of this.docs) if (doc) yield doc.norm;
  }

  /** Every confirmed hit, newest first (the index must be fully loaded). */
  *matches(query: string, filter: SearchFilter = {}): Generator<IndexedDoc> {
    for (const hit of this.walk(query, filter)) {
      if ('need' in hit) throw new Error(`stored ${hit.need} ${hit.index} is not loaded`);
      yield hit;
    }
  }

  /** The first `limit` confirmed hits and whether more exist, or the stored part it must have first. */
  search(query: string, filter: SearchFilter = {}, limit = 50): SearchPage | NeedsPart {
    const hits: IndexedDoc[] = [];
    let hasMore = false;
    for (const hit of this.walk(query, filter)) {
      if ('need' in hit) return hit;
      if (hits.length === limit) {
        hasMore = true;
        break;
      }
      hits.push(hit);
    }
    return { query: normalizeQuery(query), hits, hasMore };
  }

  /**
   * The persisted form, compact: dead documents dropped, live ones renumbered in the same order.
   * Every stored part must be loaded.
   */
  snapshot(): IndexSnapshot {
    const steps = this.snapshotSteps();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `snapshot()` in small steps: it yields every few posting lists (a step is well under a
   * millisecond), so a caller can answer searches between steps — writing a snapshot of 20,000
   * notes takes about a second. Searches may run between steps; the index must not change (an
   * upsert or remove in between leaves the snapshot inconsistent: the caller must not apply changes
   * until it is done).
   */
  *snapshotSteps(): Generator<void, IndexSnapshot> {
    if (this.missingChunks.length || this.missingBlocks.length)
      throw new Error('snapshot of an index still loading');
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const docs: IndexedDoc[] = [];
    this.docs.forEach((doc, num) => {
      if (doc) {
        renumber[num] = docs.length;
        docs.push(doc);
      }
    });
    const all = new Set<number>(this.base.grams);
    for (const key of this.delta.listKeys) all.add(key);
    const sorted = Uint32Array.from(all).sort();
    const grams: number[] = [];
    const counts: number[] = [];
    const offsets: number[] = [0];
    const out = new ByteWriter();
    const list = new Uint32Array(docs.length);
    const blockStarts: number[] = [0];
    const blockEnds: number[] = [];
    for (let k = 0; k < sorted.length; k++) {
      if (k % LISTS_PER_STEP === 0) yield;
      const key = sorted[k]!;
      const posting = this.list(key);
      if (!(posting instanceof PostingList)) throw new Error('snapshot of an index still loading');
      let n = 0;
      for (let j = 0; j < posting.size; j++) {
        const to = renumber[posting.at(j)]!;
        if (to >= 0) list[n++] = to;
      }
      if (n === 0) continue; // every document of it is gone
      encodeList(out, list.subarray(0, n));
      grams.push(key);
      counts.push(n);
      offsets.push(out.length);
      if (out.length - offsets[blockStarts.at(-1)!]! >= BLOCK_BYTES) {
        blockStarts.push(grams.length);
        blockEnds.push(out.length);
      }
    }
    if (blockStarts.at(-1) !== grams.length) {
      blockStarts.push(grams.length);
      blockEnds.push(out.length);
    }
    const postings = out.bytes();
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const blocks: PostingBlock[] = blockEnds.map((end, b) => ({
      snapshotId: id,
      index: b,
      bytes: postings.slice(offsets[blockStarts[b]!]!, end),
    }));
    const chunks: DocChunk[] = [];
    for (let c = 0; c < chunkCount(docs.length); c++) {
      yield;
      chunks.push({ snapshotId: id, index: c, docs: docs.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE) });
    }
    yield;
    return {
      head: {
        format: SNAPSHOT_FORMAT,
        id,
        keys: docs.map((d) => d.key),
        grams: Uint32Array.from(grams),
        counts: Uint32Array.from(counts),
        offsets: Uint32Array.from(offsets),
        blockStarts: Uint32Array.from(blockStarts),
        blockSums: Uint32Array.from(blocks, (b) => checksum(b.bytes)),
      },
      blocks,
      chunks,
    };
  }

  /**
   * An index that answers from a stored head; its posting blocks and documents arrive with
   * `addBlock` and `addChunk` (a search reaching a part not loaded yet says which it needs). Throws `SnapshotError` for a head of
   * another format or a damaged one.
   */
  static fromHead(head: SnapshotHead): SearchIndex {
    validateHead(head);
    const index = new SearchIndex();
    index.snapshotId = head.id;
    index.storedKeys = head.keys;
    index.docs = new Array<IndexedDoc | undefined>(head.keys.length);
    head.keys.forEach((key, num) => index.byKey.set(key, num));
    if (index.byKey.size !== head.keys.length || head.keys.some((k) => typeof k !== 'string'))
      throw new SnapshotError('bad document keys');
    const { grams, counts, offsets, blockStarts, blockSums } = head;
    const blocks = new Array<Uint8Array | undefined>(blockSums.length).fill(undefined);
    index.base = { grams, counts, offsets, blockStarts, blockSums, blocks, docs: head.keys.length };
    return index;
  }

  /** Adds a stored posting block; throws `SnapshotError` when it is not the one the head names. */
  addBlock(block: PostingBlock | undefined, index: number): void {
    if (this.base.blocks[index]) return;
    const { offsets, blockStarts, blockSums } = this.base;
    const b = validateBlock({ id: this.snapshotId, offsets, blockStarts, blockSums }, block, index);
    this.base.blocks[index] = b.bytes;
  }

  /** Adds the documents of a stored chunk (those not removed meanwhile); throws `SnapshotError`. */
  addChunk(chunk: DocChunk | undefined, index: number): void {
    if (this.loadedChunks.has(index)) return;
    const c = validateChunk({ id: this.snapshotId, keys: this.storedKeys }, chunk, index);
    const first = index * CHUNK_SIZE;
    c.docs.forEach((doc, i) => {
      if (this.docs[first + i] === undefined) this.docs[first + i] = doc;
    });
    this.loadedChunks.add(index);
  }

  /** A whole snapshot, loaded at once. */
  static fromSnapshot(s: IndexSnapshot): SearchIndex {
    const steps = SearchIndex.fromSnapshotSteps(s);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** `fromSnapshot` in steps of one block or chunk (each checked: ~1 ms), like `snapshotSteps`. */
  static *fromSnapshotSteps(s: IndexSnapshot): Generator<void, SearchIndex> {
    const index = SearchIndex.fromHead(s.head);
    for (const [i, block] of s.blocks.entries()) {
      yield;
      index.addBlock(block, i);
    }
    for (const [i, chunk] of s.chunks.entries()) {
      yield;
      index.addChunk(chunk, i);
    }
    if (index.missingChunks.length || index.missingBlocks.length) throw new SnapshotError('parts missing');
    return index;
  }
}

/** First index whose value is greater than `v`. */
function upperBound(a: Uint32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
