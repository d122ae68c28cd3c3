/**
 * Where a search result opens: the record's own page, or the page of the record it belongs to (a
 * council note: its session's page, at the note).
 */
import { href, noteHref } from '../../navigation/router';
import type { SearchResult } from './engine/messages';

export function resultHref(r: Pick<SearchResult, 'kind' | 'id' | 'parent'>): string {
  switch (r.kind) {
    case 'issues':
      return href('issues', r.id);
    case 'briefs':
      return href('issues', r.parent);
    case 'glossaryTerms':
      return href('glossary');
    case 'workshops':
      return href('workshops', r.id);
    case 'agendaItems':
    case 'ideas':
    case 'actionItems':
      return href('workshops', r.parent);
    case 'councilSessions':
      return href('council', r.id);
    case 'notes':
      return noteHref(r.parent, r.id);
  }
}
