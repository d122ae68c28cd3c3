/**
 * The persisted form of the search index, built to be quick to open: a small head (document keys
 * and the compressed posting lists, see `postingCodec.ts`) that makes the index answer, and the
 * documents' texts in chunks that load after it — a query that needs a chunk not read yet waits
 * for that one chunk. Each normalised text is stored once, with a patch for the few places where
 * the original differs (`normalizeWithPatch`), not as a second copy.
 */
import { checksum } from './postingCodec';
import type { IndexedDoc } from './searchIndex';

/** Bump when normalisation, grams or this layout change: older snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = 2;

/** Documents per stored chunk (about 1–2 MB of text at the notes' lengths). */
export const CHUNK_SIZE = 1000;

export class SnapshotError extends Error {}

export interface SnapshotHead {
  format: number;
  /** Names this written snapshot; its chunks carry it, so a chunk of another one is refused. */
  id: string;
  /** `kind:id` of each document number. */
  keys: readonly string[];
  /** Gram keys, ascending, and per key its list's length and byte range in `postings`. */
  grams: Uint32Array;
  counts: Uint32Array;
  offsets: Uint32Array;
  postings: Uint8Array;
  /** `checksum(postings)`. */
  checksum: number;
}

export interface DocChunk {
  snapshotId: string;
  /** Chunk `index` holds document numbers `index * CHUNK_SIZE` onwards. */
  index: number;
  docs: IndexedDoc[];
}

export interface IndexSnapshot {
  head: SnapshotHead;
  chunks: DocChunk[];
}

export const chunkCount = (docs: number) => Math.ceil(docs / CHUNK_SIZE);

const fail = (why: string): never => {
  throw new SnapshotError(why);
};

/**
 * Checks the head's shape and order and the postings' checksum (the lists themselves are checked
 * as each is decoded). Work in the number of grams and documents, not of postings.
 */
export function validateHead(h: SnapshotHead): void {
  if (h?.format !== SNAPSHOT_FORMAT) fail(`format ${String(h?.format)}, expected ${SNAPSHOT_FORMAT}`);
  if (typeof h.id !== 'string' || !Array.isArray(h.keys)) fail('missing id or keys');
  if (!(h.grams instanceof Uint32Array) || !(h.counts instanceof Uint32Array)) fail('missing grams');
  if (!(h.offsets instanceof Uint32Array) || !(h.postings instanceof Uint8Array)) fail('missing postings');
  const n = h.grams.length;
  if (h.counts.length !== n || h.offsets.length !== n + 1 || h.offsets[0] !== 0)
    fail('lists do not match grams');
  if (h.offsets[n] !== h.postings.length) fail('offsets do not cover the postings');
  for (let i = 0; i < n; i++) {
    if (i > 0 && !(h.grams[i - 1]! < h.grams[i]!)) fail('grams out of order');
    const bytes = h.offsets[i + 1]! - h.offsets[i]!;
    // Every entry takes one to five bytes.
    if (bytes < h.counts[i]! || bytes > 5 * h.counts[i]!) fail('list size does not match its count');
  }
  if (checksum(h.postings) !== h.checksum) fail('postings checksum mismatch');
  const seen = new Set<string>();
  for (const key of h.keys) {
    if (typeof key !== 'string' || seen.has(key)) fail('bad document key');
    seen.add(key);
  }
}

/** Checks that a chunk belongs to the head and holds the documents its position says. */
export function validateChunk(
  h: Pick<SnapshotHead, 'id' | 'keys'>,
  c: DocChunk | undefined,
  index: number,
): DocChunk {
  if (!c || c.snapshotId !== h.id || c.index !== index || !Array.isArray(c.docs))
    return fail(`chunk ${index} missing`);
  const first = index * CHUNK_SIZE;
  if (c.docs.length !== Math.min(CHUNK_SIZE, h.keys.length - first))
    fail(`chunk ${index} has the wrong size`);
  c.docs.forEach((doc, i) => {
    if (doc?.key !== h.keys[first + i] || typeof doc.norm !== 'string' || typeof doc.patch !== 'string')
      fail(`chunk ${index} holds a bad document`);
  });
  return c;
}
