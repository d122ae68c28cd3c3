import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { agendaAt } from '../../../../common/council';
import { useServices } from '../../services/services';
import type { SearchResult } from './engine/messages';

interface SessionContext {
  title: string;
  headings: { at: string; body: string }[];
}

/**
 * What a council note's result is titled by, per result key: the meeting and the agenda item it was
 * taken under (「第4回定例会 · 一般質問（田中議員）」). The note's own first line is already its
 * snippet: a title repeating it made screen readers read the note twice.
 */
export function useNoteTitles(results: readonly SearchResult[]): ReadonlyMap<string, string> {
  const { repos } = useServices();
  const sessionIds = [...new Set(results.filter((r) => r.kind === 'notes').map((r) => r.parent))].sort();
  const key = sessionIds.join('\n');
  const sessions = useLiveQuery(async () => {
    const byId = new Map<string, SessionContext>();
    for (const id of key ? key.split('\n') : []) {
      const [session, notes] = await Promise.all([
        repos.councilSessions.get(id),
        repos.notes.findBy('sessionId', id),
      ]);
      const headings = notes.filter((n) => n.kind === 'heading');
      byId.set(id, { title: session?.title ?? '', headings });
    }
    return byId;
  }, [repos, key]);
  return useMemo(() => {
    const titles = new Map<string, string>();
    for (const r of results) {
      const session = r.kind === 'notes' ? sessions?.get(r.parent) : undefined;
      if (!session) continue;
      // An agenda heading's own text is its snippet: named again in the title, it was read twice.
      const agenda = agendaAt(session.headings, r.date);
      const own = agenda === r.title.trim();
      titles.set(r.key, [session.title, own ? '' : agenda].filter(Boolean).join(' · '));
    }
    return titles;
  }, [results, sessions]);
}
