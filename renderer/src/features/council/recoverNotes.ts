/**
 * Writes back what a page that went away left in the note journal (noteJournal.ts): a note that
 * was never created is created with its own id, a stored note whose last words never reached it
 * gets them. Entries of pages still open are theirs to save.
 */
import { liveOwners } from '../../data/pageOwner';
import type { Repositories } from '../../data/repositories';
import { dropJournal, journalOf } from './noteJournal';

/** Returns the ids of the notes written back. */
export async function recoverNotes(repos: Pick<Repositories, 'notes'>, sessionId: string): Promise<string[]> {
  const entries = journalOf(sessionId);
  if (entries.length === 0) return [];
  const live = await liveOwners();
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
