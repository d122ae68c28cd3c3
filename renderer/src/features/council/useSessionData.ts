/**
 * The records the note screen shows: the session and its notes (live, so other windows and sync
 * pulls appear), plus the speaker history of every session, read once when the screen opens — it
 * only feeds suggestions, and re-reading thousands of notes on every keystroke's save would not
 * be free.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { SuggestContext } from '../../../../common/council';
import { useServices } from '../../services/services';
import { sessionInfo } from './sessionInfo';

export function useSessionData(id: string) {
  const { repos } = useServices();
  const session = useLiveQuery(async () => (await repos.councilSessions.get(id)) ?? null, [repos, id]);
  const notes = useLiveQuery(() => repos.notes.findBy('sessionId', id), [repos, id]);
  const issues = useLiveQuery(() => repos.issues.list(), [repos]);
  const [history, setHistory] = useState<Omit<SuggestContext, 'session'> | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([repos.councilSessions.list(), repos.notes.list()]).then(([sessions, entries]) => {
      if (!live) return;
      setHistory({
        sessions: sessions.map(sessionInfo),
        entries: entries
          .filter((e) => e.sessionId !== id && e.kind === 'entry' && e.speaker !== '')
          .map(({ sessionId, at, kind, speaker, speakerRole }) => ({
            sessionId,
            at,
            kind,
            speaker,
            speakerRole,
          })),
      });
    });
    return () => {
      live = false;
    };
  }, [repos, id]);

  return { session, notes, issues, history };
}
