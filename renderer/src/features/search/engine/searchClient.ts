/**
 * The page side of the search worker: one worker per window, started at app start so the index
 * is ready when the user first searches; the latest index state for the progress display.
 */
import type { ReadNamesRequest, SearchRequest, SearchResult, WireFilter, WorkerMessage } from './messages';
import type { IndexState } from './searchService';

export interface ResultPage {
  results: SearchResult[];
  hasMore: boolean;
  /** The kanji a kana query was also searched as (さとう → 佐藤). */
  readAs?: string[];
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (page: ResultPage | null) => void>();
const pendingNames = new Map<number, (names: Record<string, string>) => void>();
let state: IndexState = { phase: 'loading' };
let readingsVersion = 0;
const listeners = new Set<() => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'state') {
        // Timeline marks for the bench, once per page load: when the worker's index became ready
        // ("index ready after start"), and when this page — maybe still busy starting — heard it.
        if (message.state.phase === 'ready' && state.phase !== 'ready') {
          performance.mark('kyoso:search-ready', { startTime: message.at - performance.timeOrigin });
          performance.mark('kyoso:search-ready-seen');
        }
        state = message.state;
        listeners.forEach((l) => l());
        return;
      }
      if (message.type === 'nameReadings') {
        pendingNames.get(message.id)?.(message.names);
        pendingNames.delete(message.id);
        return;
      }
      if (message.type === 'readings') {
        readingsVersion = message.version;
        listeners.forEach((l) => l());
        return;
      }
      pending.get(message.id)?.(
        message.type === 'stale'
          ? null
          : {
              results: message.results,
              hasMore: message.hasMore,
              ...(message.readAs ? { readAs: message.readAs } : {}),
            },
      );
      pending.delete(message.id);
    };
  }
  return worker;
}

/** Starts the worker (loading or rebuilding the index) without searching. */
export function startSearchIndex(): void {
  getWorker();
}

/**
 * Searches in the worker; `channel` names the search box, and a newer search of the same box
 * makes an older one that has not run yet resolve to null (stale) instead of searching.
 */
export function searchInWorker(
  channel: string,
  query: string,
  filter: WireFilter,
  limit: number,
): Promise<ResultPage | null> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage({ type: 'search', id, channel, query, filter, limit } satisfies SearchRequest);
  });
}

/** The names' readings in hiragana, read by the worker's dictionary (loaded on the first ask). */
export function readNamesInWorker(names: string[]): Promise<Record<string, string>> {
  const id = nextId++;
  return new Promise((resolve) => {
    pendingNames.set(id, resolve);
    getWorker().postMessage({ type: 'readNames', id, names } satisfies ReadNamesRequest);
  });
}

export const indexState = (): IndexState => state;

/** Moves on when the worker has read more kanji by their readings (kana queries ask again). */
export const readingsState = (): number => readingsVersion;

export function subscribeIndexState(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}
