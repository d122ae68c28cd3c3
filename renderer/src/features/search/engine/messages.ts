/** The messages between the search worker and the page (structured-cloneable). */
import type { SnippetPart } from '../../../../../common/search/snippet';
import type { SearchKind } from '../../../../../common/search/searchIndex';
import type { IndexState } from './searchService';

export interface WireFilter {
  workspaceId: string;
  kinds?: SearchKind[];
  from?: string;
  to?: string;
  /** Where the user's days `from` and after `to` start: the worker compares a note's time with them. */
  fromMs?: number;
  toMs?: number;
}

export interface SearchRequest {
  type: 'search';
  id: number;
  /** The search box asking (the 検索 page, the palette): a newer request replaces its older one. */
  channel: string;
  query: string;
  filter: WireFilter;
  limit: number;
}

/** Speaker names to read (the note screen's picker matches kana by reading). */
export interface ReadNamesRequest {
  type: 'readNames';
  id: number;
  names: string[];
}

export type WorkerRequest = SearchRequest | ReadNamesRequest;

export interface SearchResult {
  key: string;
  kind: SearchKind;
  id: string;
  parent: string;
  title: string;
  date: string;
  snippet: SnippetPart[];
}

export type WorkerMessage =
  /** `readAs`: the kanji a kana query was also searched as (さとう → 佐藤), or absent. */
  | {
      type: 'results';
      id: number;
      results: SearchResult[];
      hasMore: boolean;
      ms: number;
      readAs?: string[];
    }
  /** The reading vocabulary grew: kana queries may find more now, so they are asked again. */
  | { type: 'readings'; version: number }
  /** Each asked name's reading in hiragana ('' when it has none; no entries without the dictionary). */
  | { type: 'nameReadings'; id: number; names: Record<string, string> }
  /** A request replaced by a newer one of its box before it was searched. */
  | { type: 'stale'; id: number }
  /** `at`: when the worker reached the state (ms since the epoch, `timeOrigin + now()`). */
  | { type: 'state'; state: IndexState; at: number };
