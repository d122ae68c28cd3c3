/**
 * Writes back what a page that went away left in the note journal (noteJournal.ts): a note that
 * was never created is created with its own id, a stored note whose last words never reached it
 * gets them. Entries of pages still open are theirs to save.
 */
import { liveOwners } from '../../data/pageOwner';
import type { Repositories } from '../../data/repositories';
import { allEntries, dropJournal, journalOf, type JournalEntry } from './noteJournal';

type NoteRepos = Pick<Repositories, 'notes'>;

/** Returns the ids of the notes written back. */
export async function recoverNotes(repos: NoteRepos, sessionId: string): Promise<string[]> {
  const entries = journalOf(sessionId);
  if (entries.length === 0) return [];
  return writeBack(repos, entries, await liveOwners());
}

/** What the start of the app wrote back, per session, until that session's page says so. */
const recoveredAtStart = new Map<string, string[]>();

/**
 * At the app's start, for every session: a note left in a session nobody opens again would
 * otherwise live only in this browser's localStorage — never synced, never found by search.
 */
export async function recoverAllNotes(repos: NoteRepos): Promise<number> {
  const entries = allEntries();
  if (entries.length === 0) return 0;
  const live = await liveOwners();
  let count = 0;
  for (const sessionId of new Set(entries.map((e) => e.sessionId))) {
    const ids = await writeBack(
      repos,
      entries.filter((e) => e.sessionId === sessionId),
      live,
    );
    if (ids.length > 0) recoveredAtStart.set(sessionId, ids);
    count += ids.length;
  }
  return count;
}

/** The notes of this session the app's start wrote back (told once). */
export function takeRecoveredAtStart(sessionId: string): string[] {
  const ids = recoveredAtStart.get(sessionId) ?? [];
  recoveredAtStart.delete(sessionId);
  return ids;
}

async function writeBack(repos: NoteRepos, entries: JournalEntry[], live: Set<string>): Promise<string[]> {
  const recovered: string[] = [];
  for (const entry of entries) {
    if (live.has(entry.owner)) continue;
    try {
      const stored = await repos.notes.get(entry.id);
      if (stored) {
        const changed = Object.entries(entry.patch).some(
          ([field, value]) => (stored as unknown as Record<string, unknown>)[field] !== value,
        );
        if (changed) {
          await repos.notes.update(entry.id, entry.patch);
          recovered.push(entry.id);
        }
      } else if (entry.fields) {
        await repos.notes.create({ ...entry.fields, ...entry.patch }, entry.id);
        recovered.push(entry.id);
      }
    } catch {
      // Deleted since, or unreadable: nothing to put back.
    }
    dropJournal(entry.id);
  }
  return recovered;
}
