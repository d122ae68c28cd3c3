/** The messages between the search worker and the page (structured-cloneable). */
import type { SnippetPart } from '../../../../../common/search/snippet';
import type { SearchKind } from '../../../../../common/search/searchIndex';
import type { IndexState } from './searchService';

export interface WireFilter {
  workspaceId: string;
  kinds?: SearchKind[];
  from?: string;
  to?: string;
}

export interface SearchRequest {
  type: 'search';
  id: number;
  query: string;
  filter: WireFilter;
  limit: number;
}

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
  | { type: 'results'; id: number; results: SearchResult[]; hasMore: boolean; ms: number }
  | { type: 'state'; state: IndexState };
