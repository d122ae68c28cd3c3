/**
 * Search results for a query, answered by the worker. Only the latest request's answer is shown
 * (fast typing never shows a stale page), and the query re-runs when the index moves on — a write
 * in another window or a sync pull shows up without retyping.
 */
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { dateBounds } from '../../../../../common/search/dateRange';
import type { SearchKind } from '../../../../../common/search/searchIndex';
import { useServices } from '../../../services/services';
import {
  indexState,
  readingsState,
  searchInWorker,
  subscribeIndexState,
  type ResultPage,
} from './searchClient';
import type { IndexState } from './searchService';

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  from?: string;
  to?: string;
  limit: number;
  /**
   * The words to search when they differ from the box's text (its dates read as a date condition,
   * common/search/queryDates.ts): '' with a date lists that day's records.
   */
  words?: string;
}

export function useIndexState(): IndexState {
  return useSyncExternalStore(subscribeIndexState, indexState);
}

const EMPTY: ResultPage = { results: [], hasMore: false };

export function useSearch(query: string, options: SearchOptions): ResultPage & { query: string } {
  const { device } = useServices();
  const channel = useId();
  const state = useIndexState();
  const readings = useSyncExternalStore(subscribeIndexState, readingsState);
  const [page, setPage] = useState<ResultPage & { query: string }>({ ...EMPTY, query: '' });
  const version = state.phase === 'ready' ? state.seq : state.phase === 'building' ? state.done : -1;
  const kinds = options.kinds?.join(',');
  const { from, to, limit } = options;
  const words = options.words ?? query;
  // A cleared box forgets the last answer: otherwise the next first character would show (render,
  // lay out and paint) the previous query's results again while its own are on the way.
  if (!query.trim() && page.query !== '') setPage({ ...EMPTY, query: '' });

  useEffect(() => {
    let current = true;
    if (!query.trim()) return;
    const filter = {
      workspaceId: device.workspaceId,
      ...(kinds ? { kinds: kinds.split(',') as SearchKind[] } : {}),
      // The user's calendar days, as instants computed here (the window has the user's time zone).
      ...dateBounds(from ?? '', to ?? ''),
    };
    void searchInWorker(channel, words, filter, limit).then((result) => {
      if (current && result) setPage({ ...result, query });
    });
    return () => {
      current = false;
    };
  }, [channel, query, words, kinds, from, to, limit, device.workspaceId, version, readings]);

  // An empty query shows nothing, without a round trip to the worker.
  return query.trim() ? page : { ...EMPTY, query };
}
