/**
 * The search index's own IndexedDB database: local only (never synced, never in a backup, which
 * read the app database), versioned twice — the IndexedDB version for its stores, the snapshot
 * format (`SNAPSHOT_FORMAT`) for what is inside — and holding the feed position it reached.
 */
import type { IndexSnapshot } from '../../../../../common/search/searchIndex';

export const SEARCH_DB_NAME = 'kyoso-desk-search';
const DB_VERSION = 1;
const STORE = 'index';
const KEY = 'current';

export interface StoredIndex {
  snapshot: IndexSnapshot;
  /** Change-feed seq the snapshot includes every change up to. */
  seq: number;
  savedAt: string;
}

export interface IndexStore {
  load(): Promise<StoredIndex | undefined>;
  save(stored: StoredIndex): Promise<void>;
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
    // Future versions: drop what an older layout stored; the index rebuilds from the records.
    for (const store of [...req.result.objectStoreNames]) req.result.deleteObjectStore(store);
    req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** Raw IndexedDB: one store, one row, typed arrays stored as they are (structured clone). */
export function idbIndexStore(name = SEARCH_DB_NAME): IndexStore {
  let db: Promise<IDBDatabase> | null = null;
  const get = () => (db ??= open(name));
  const tx = async (mode: IDBTransactionMode) => (await get()).transaction(STORE, mode).objectStore(STORE);
  return {
    async load() {
      return (await request((await tx('readonly')).get(KEY))) as StoredIndex | undefined;
    },
    async save(stored) {
      const store = await tx('readwrite');
      const done = new Promise<void>((resolve, reject) => {
        store.transaction.oncomplete = () => resolve();
        store.transaction.onerror = () => reject(store.transaction.error ?? new Error('save failed'));
        store.transaction.onabort = () => reject(store.transaction.error ?? new Error('save aborted'));
      });
      store.put(stored, KEY);
      await done;
    },
    async clear() {
      await request((await tx('readwrite')).delete(KEY));
    },
  };
}
