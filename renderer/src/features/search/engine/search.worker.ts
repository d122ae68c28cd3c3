/**
 * The search worker: holds the index (searchService.ts) off the UI thread. Every window runs one
 * and answers its own searches; the window holding the Web Lock is the only one that stores the
 * index, so two windows never overwrite each other's snapshot.
 */
import { originalOf } from '../../../../../common/search/searchIndex';
import { snippetOf } from '../../../../../common/search/snippet';
import { KyosoDb } from '../../../data/db';
import { dexieChangeSource } from './changeSource';
import { idbIndexStore } from './indexStore';
import type { WorkerMessage, WorkerRequest, SearchRequest } from './messages';
import { SearchService } from './searchService';
import { KANA_QUERY } from '../../../../../common/search/readingVocabulary';
import { workerReadings } from './workerReadings';

const WRITER_LOCK = 'kyoso-desk-search-writer';

const post = (message: WorkerMessage) => self.postMessage(message);

let writer = false;
const service = new SearchService(dexieChangeSource(new KyosoDb()), idbIndexStore(), {
  isWriter: () => writer,
  onState: (state) => post({ type: 'state', state, at: performance.timeOrigin + performance.now() }),
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

const readings = workerReadings(service, () => post({ type: 'readings', version: readings.version }));

/**
 * The latest request of each search box. Requests are answered one after another, and one that a
 * newer request of the same box replaced before its turn is answered as stale without searching:
 * while a search waits (for a stored chunk) or runs, fast typing queues only the last text.
 */
const waiting = new Map<string, SearchRequest>();
let answering = false;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'readNames') {
    void readings
      .readNames(request.names)
      .then((names) => post({ type: 'nameReadings', id: request.id, names }));
    return;
  }
  const replaced = waiting.get(request.channel);
  if (replaced) post({ type: 'stale', id: replaced.id });
  waiting.set(request.channel, request);
  if (!answering) void answerWaiting();
};

async function answerWaiting(): Promise<void> {
  answering = true;
  try {
    for (let next = takeWaiting(); next; next = takeWaiting()) await answer(next);
  } finally {
    answering = false;
  }
}

function takeWaiting(): SearchRequest | undefined {
  const [channel, request] = waiting.entries().next().value ?? [];
  if (channel !== undefined) waiting.delete(channel);
  return request;
}

async function answer({ id, query, filter, limit }: SearchRequest): Promise<void> {
  const start = performance.now();
  const searchFilter = { ...filter, kinds: filter.kinds ? new Set(filter.kinds) : undefined };
  // A kana query also searches the kanji it reads as in the text (さとう → 佐藤), once read; a
  // kanji one the kana it reads as (佐藤 → さとう), when a speaker was typed in kana.
  const kana = KANA_QUERY.test(query.trim());
  if (kana) readings.want();
  const readAs = kana ? readings.vocabulary.surfacesFor(query.trim()) : readings.kanaSpellings(query);
  const pages = [];
  for (const q of [query, ...readAs]) pages.push(await service.search(q, searchFilter, limit));
  const seen = new Set<string>();
  const hits = pages.flatMap((page) =>
    page.hits.filter((doc) => !seen.has(doc.key) && seen.add(doc.key)).map((doc) => ({ doc, page })),
  );
  const results = hits.slice(0, limit).map(({ doc, page }) => ({
    key: doc.key,
    kind: doc.kind,
    id: doc.id,
    parent: doc.parent,
    title: doc.title,
    date: doc.date,
    snippet: snippetOf(originalOf(doc), page.query, 120, doc.patch === '', doc.norm),
  }));
  const hasMore = hits.length > limit || pages.some((page) => page.hasMore);
  post({
    type: 'results',
    id,
    results,
    hasMore,
    ms: performance.now() - start,
    ...(readAs.length ? { readAs } : {}),
  });
}
