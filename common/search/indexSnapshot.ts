/**
 * The persisted form of the search index, built to be quick to open: a small head (document keys,
 * and which gram lists exist, how long they are and where they are stored) that makes the index
 * answer; then the compressed posting lists (`postingCodec.ts`) in blocks, and the documents'
 * texts in chunks, all read after it — a query that needs a block or chunk not read yet waits for
 * just that one. Each normalised text is stored once, with a patch for the few places where
 * the original differs (`normalizeWithPatch`), not as a second copy.
 */
import { checksum } from './postingCodec';
import type { IndexedDoc } from './searchIndex';

/**
 * Bump when normalisation, grams, document texts or this layout change: older snapshots are
 * rebuilt on open. 3: katakana folded to hiragana, Markdown fields indexed as the text they show.
 */
export const SNAPSHOT_FORMAT = 3;

/** Documents per stored chunk (about 1–2 MB of text at the notes' lengths). */
export const CHUNK_SIZE = 1000;
/** A posting block closes once it holds this many bytes (whole lists only). */
export const BLOCK_BYTES = 512 * 1024;

export class SnapshotError extends Error {}

export interface SnapshotHead {
  format: number;
  /** Names this written snapshot; its chunks carry it, so a chunk of another one is refused. */
  id: string;
  /** `kind:id` of each document number. */
  keys: readonly string[];
  /** Gram keys, ascending, and per key its list's length and byte range in all postings. */
  grams: Uint32Array;
  counts: Uint32Array;
  offsets: Uint32Array;
  /** Block `b` holds the lists of grams `blockStarts[b]` to `blockStarts[b + 1]` (exclusive). */
  blockStarts: Uint32Array;
  /** `checksum` of each block's bytes. */
  blockSums: Uint32Array;
}

export interface PostingBlock {
  snapshotId: string;
  index: number;
  bytes: Uint8Array;
}

export interface DocChunk {
  snapshotId: string;
  /** Chunk `index` holds document numbers `index * CHUNK_SIZE` onwards. */
  index: number;
  docs: IndexedDoc[];
}

export interface IndexSnapshot {
  head: SnapshotHead;
  blocks: PostingBlock[];
  chunks: DocChunk[];
}

export const chunkCount = (docs: number) => Math.ceil(docs / CHUNK_SIZE);

const fail = (why: string): never => {
  throw new SnapshotError(why);
};

/**
 * Checks the head's shape and order (blocks are checked by their checksums as they arrive, lists
 * as each is decoded, keys as they are mapped). Work in the number of grams, not of postings.
 */
export function validateHead(h: SnapshotHead): void {
  if (h?.format !== SNAPSHOT_FORMAT) fail(`format ${String(h?.format)}, expected ${SNAPSHOT_FORMAT}`);
  if (typeof h.id !== 'string' || !Array.isArray(h.keys)) fail('missing id or keys');
  if (!(h.grams instanceof Uint32Array) || !(h.counts instanceof Uint32Array)) fail('missing grams');
  if (!(h.offsets instanceof Uint32Array)) fail('missing offsets');
  if (!(h.blockStarts instanceof Uint32Array) || !(h.blockSums instanceof Uint32Array))
    fail('missing blocks');
  const n = h.grams.length;
  if (h.counts.length !== n || h.offsets.length !== n + 1 || h.offsets[0] !== 0)
    fail('lists do not match grams');
  const b = h.blockSums.length;
  if (h.blockStarts.length !== b + 1 || h.blockStarts[0] !== 0 || h.blockStarts[b] !== n)
    fail('blocks do not cover the grams');
  for (let i = 0; i < b; i++) if (!(h.blockStarts[i]! < h.blockStarts[i + 1]!)) fail('blocks out of order');
  for (let i = 0; i < n; i++) {
    if (i > 0 && !(h.grams[i - 1]! < h.grams[i]!)) fail('grams out of order');
    const bytes = h.offsets[i + 1]! - h.offsets[i]!;
    // Every entry takes one to five bytes.
    if (bytes < h.counts[i]! || bytes > 5 * h.counts[i]!) fail('list size does not match its count');
  }
}

/** Checks that a posting block belongs to the head and is what was written. */
export function validateBlock(
  h: Pick<SnapshotHead, 'id' | 'offsets' | 'blockStarts' | 'blockSums'>,
  block: PostingBlock | undefined,
  index: number,
): PostingBlock {
  if (!block || block.snapshotId !== h.id || block.index !== index || !(block.bytes instanceof Uint8Array))
    return fail(`posting block ${index} missing`);
  const size = h.offsets[h.blockStarts[index + 1]!]! - h.offsets[h.blockStarts[index]!]!;
  if (block.bytes.length !== size || checksum(block.bytes) !== h.blockSums[index])
    fail(`posting block ${index} damaged`);
  return block;
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
