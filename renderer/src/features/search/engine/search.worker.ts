/**
 * The search worker: holds the index (searchService.ts) off the UI thread. Every window runs one
 * and answers its own searches; the window holding the Web Lock is the only one that stores the
 * index, so two windows never overwrite each other's snapshot.
 */
import { snippetOf } from '../../../../../common/search/snippet';
import { KyosoDb } from '../../../data/db';
import { dexieChangeSource } from './changeSource';
import { idbIndexStore } from './indexStore';
import type { SearchRequest, WorkerMessage } from './messages';
import { SearchService } from './searchService';

const WRITER_LOCK = 'kyoso-desk-search-writer';

const post = (message: WorkerMessage) => self.postMessage(message);

let writer = false;
const service = new SearchService(dexieChangeSource(new KyosoDb()), idbIndexStore(), {
  isWriter: () => writer,
  onState: (state) => post({ type: 'state', state }),
});

if (navigator.locks) {
  // Held for the worker's whole life; the next window waiting gets it when this one closes.
  void navigator.locks.request(WRITER_LOCK, () => {
    writer = true;
    void service.catchUp();
    return new Promise<never>(() => undefined);
  });
} else {
  writer = true;
}

void service.start();

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const { id, query, filter, limit } = event.data;
  const start = performance.now();
  const page = service.search(
    query,
    { ...filter, kinds: filter.kinds ? new Set(filter.kinds) : undefined },
    limit,
  );
  const results = page.hits.map((doc) => ({
    key: doc.key,
    kind: doc.kind,
    id: doc.id,
    parent: doc.parent,
    title: doc.title,
    date: doc.date,
    snippet: snippetOf(doc.original ?? doc.norm, page.query, 120, doc.original === undefined, doc.norm),
  }));
  post({ type: 'results', id, results, hasMore: page.hasMore, ms: performance.now() - start });
};
