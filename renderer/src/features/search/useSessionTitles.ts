import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useServices } from '../../services/services';

/**
 * Council session titles by id: a note's result names the meeting it was taken in (its own first
 * line is already the snippet, and a title repeating it made screen readers read the note twice).
 */
export function useSessionTitles(): ReadonlyMap<string, string> {
  const { repos } = useServices();
  const sessions = useLiveQuery(() => repos.councilSessions.list(), [repos]);
  return useMemo(() => new Map((sessions ?? []).map((s) => [s.id, s.title])), [sessions]);
}
