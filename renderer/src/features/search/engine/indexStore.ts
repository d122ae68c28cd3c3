/**
 * The search index's own IndexedDB database: local only (never synced, never in a backup, which
 * read the app database), versioned twice — the IndexedDB version for its stores, the snapshot
 * format (`SNAPSHOT_FORMAT`) for what is inside — and holding the feed position it reached.
 *
 * One row holds the head (what makes the index answer), one row each posting block and each chunk
 * of documents, so opening reads the small head first and the rest after it
 * (`common/search/indexSnapshot.ts`).
 */
import type { DocChunk, PostingBlock, SnapshotHead } from '../../../../../common/search/indexSnapshot';

export const SEARCH_DB_NAME = 'kyoso-desk-search';
/** 2: head, posting blocks and chunks in rows of their own (1 held one row with the whole index). */
const DB_VERSION = 2;
const STORE = 'index';
const HEAD = 'head';
const chunkKey = (index: number) => `chunk:${index}`;
const blockKey = (index: number) => `block:${index}`;

export interface StoredHead {
  head: SnapshotHead;
  /** Change-feed seq the snapshot includes every change up to. */
  seq: number;
  savedAt: string;
}

export interface IndexStore {
  loadHead(): Promise<StoredHead | undefined>;
  loadBlock(index: number): Promise<PostingBlock | undefined>;
  loadChunk(index: number): Promise<DocChunk | undefined>;
  /** Replaces the stored index (head, every block and chunk) in one transaction. */
  save(head: StoredHead, blocks: readonly PostingBlock[], chunks: readonly DocChunk[]): Promise<void>;
  clear(): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, DB_VERSION);
  req.onupgradeneeded = () => {
    // Every version: drop what an older layout stored; the index rebuilds from the records.
    for (const store of [...req.result.objectStoreNames]) req.result.deleteObjectStore(store);
    req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** Raw IndexedDB: typed arrays and documents stored as they are (structured clone). */
export function idbIndexStore(name = SEARCH_DB_NAME): IndexStore {
  let db: Promise<IDBDatabase> | null = null;
  const get = () => (db ??= open(name));
  const tx = async (mode: IDBTransactionMode) => (await get()).transaction(STORE, mode).objectStore(STORE);
  return {
    async loadHead() {
      return (await request((await tx('readonly')).get(HEAD))) as StoredHead | undefined;
    },
    async loadBlock(index) {
      return (await request((await tx('readonly')).get(blockKey(index)))) as PostingBlock | undefined;
    },
    async loadChunk(index) {
      return (await request((await tx('readonly')).get(chunkKey(index)))) as DocChunk | undefined;
    },
    async save(head, blocks, chunks) {
      const store = await tx('readwrite');
      const done = new Promise<void>((resolve, reject) => {
        store.transaction.oncomplete = () => resolve();
        store.transaction.onerror = () => reject(store.transaction.error ?? new Error('save failed'));
        store.transaction.onabort = () => reject(store.transaction.error ?? new Error('save aborted'));
      });
      store.clear();
      blocks.forEach((block) => store.put(block, blockKey(block.index)));
      chunks.forEach((chunk) => store.put(chunk, chunkKey(chunk.index)));
      store.put(head, HEAD);
      await done;
    },
    async clear() {
      await request((await tx('readwrite')).clear());
    },
  };
}
