/**
 * A synchronous copy of the note being typed, in localStorage, written on every keystroke. The
 * autosave reaches IndexedDB 80 ms after the last keystroke (plus the write), and a page going away
 * cannot wait for a promise: a reload confirmed past the browser's prompt, or a crash, inside that
 * window lost the last note (5 runs in 8 of a reload right after typing). localStorage is written
 * before the keystroke's handler returns and survives a renderer crash; the next page that opens
 * the session writes the text back (recoverNotes). An entry is removed once its text is committed.
 */
import type { NoteFields } from '../../../../common/records/types';
import type { NotePatch } from './noteTarget';

const PREFIX = 'kyoso-note-journal:';

export interface JournalEntry {
  /** The page that wrote it (pageOwner): a live page's entry is its own business. */
  owner: string;
  sessionId: string;
  /** The note's id (chosen before it is created, so a recovery cannot create it twice). */
  id: string;
  /** The fields to create it with when it does not exist yet. */
  fields: NoteFields | null;
  /** Every change typed since the last committed save. */
  patch: NotePatch;
  revision: number;
}

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: the autosave alone
  }
};

export function writeJournal(entry: JournalEntry): void {
  try {
    storage()?.setItem(PREFIX + entry.id, JSON.stringify(entry));
  } catch {
    // Quota full: the autosave still runs; the journal is a second line, not the first.
  }
}

/** Removes the note's entry if nothing was typed after `revision` (that save committed it). */
export function clearJournal(id: string, revision: number): void {
  const entry = readEntry(id);
  if (entry && entry.revision <= revision) storage()?.removeItem(PREFIX + id);
}

export function dropJournal(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

function readEntry(id: string): JournalEntry | null {
  return parse(storage()?.getItem(PREFIX + id) ?? null);
}

function parse(text: string | null): JournalEntry | null {
  if (!text) return null;
  try {
    const e = JSON.parse(text) as Partial<JournalEntry>;
    if (typeof e.id !== 'string' || typeof e.sessionId !== 'string' || typeof e.owner !== 'string')
      return null;
    if (typeof e.patch !== 'object' || e.patch === null) return null;
    return e as JournalEntry;
  } catch {
    return null;
  }
}

/** The entries left for a session. */
export function journalOf(sessionId: string): JournalEntry[] {
  return allEntries().filter((entry) => entry.sessionId === sessionId);
}

/** Every entry left, of every session. */
export function allEntries(): JournalEntry[] {
  const s = storage();
  if (!s) return [];
  const entries: JournalEntry[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const entry = parse(s.getItem(key));
    if (entry) entries.push(entry);
  }
  return entries;
}
