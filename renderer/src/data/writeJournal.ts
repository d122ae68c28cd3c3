/**
 * A write-ahead journal of local record writes, in localStorage. A repository write reads, then
 * writes, in one IndexedDB transaction; a page going away (a reload right after 次へ or 投票)
 * cannot wait for it and the browser aborts it. localStorage is written synchronously, before the
 * click's handler returns, so the intent survives; the entry is removed once the transaction has
 * committed, and the next page replays what is left (replayWrites.ts).
 */
import { pageOwner } from './pageOwner';

const PREFIX = 'kyoso-write:';

/** localStorage holds ~5 MB of UTF-16 (2 bytes a char): an intent over ~256 KB is not journalled. */
export const MAX_ENTRY_CHARS = 128 * 1024;

/**
 * What one page's entries under way may hold at once (~1 MB); past it a write runs unjournalled.
 * localStorage is shared: the note journal (typed text), the voter's name and the language live
 * there too, and a full store would stop them silently. With KEPT_CHARS below, the journal takes
 * at most ~1.5 MB of the ~5 MB per open page.
 */
export const MAX_PENDING_CHARS = 4 * MAX_ENTRY_CHARS;

export type WriteIntent =
  | { kind: 'create'; fields: Record<string, unknown> }
  | {
      kind: 'update';
      fields: Record<string, unknown>;
      /**
       * A change computed from a record (Repository.modify): each field's HLC in the copy it was
       * computed from (null: never written). Replay applies a field only while the record still
       * holds that version; over a newer one the computed value would undo a write it never saw.
       */
      seen?: Record<string, string | null>;
    }
  | { kind: 'remove' };

/** The HLC each field's write carries, taken when the write was called; a remove's under TOMBSTONE. */
export type Stamps = Record<string, string>;
export const TOMBSTONE = '';

export type WriteEntry = WriteIntent & {
  /** The journal entry's id (its key without the prefix). */
  key: string;
  /** The page that wrote it (pageOwner): a live page's entry is its own business. */
  owner: string;
  workspaceId: string;
  table: string;
  id: string;
  /** When the intent was journalled (the repository's clock), before its transaction began. */
  at: string;
  /** Orders the entries of one page written in the same millisecond. */
  seq: number;
  /** Absent in entries journalled before session 18: replay then judges by `at`. */
  stamps?: Stamps;
};

/** A stored entry that could not be read as one: never applied. */
export interface CorruptEntry {
  key: string;
  text: string;
  /** Its journalling time when that much can be read (an entry of a newer version), else null. */
  at: string | null;
}

/** An entry as read back, with its stored size (for the kept-aside budget). */
export type StoredEntry = WriteEntry & { chars: number };

let seq = 0;

export class WriteJournal {
  /** This page's entries not yet removed, and their sizes (MAX_PENDING_CHARS). */
  private readonly pending = new Map<string, number>();
  private pendingChars = 0;

  constructor(private readonly storage: () => Storage | null = defaultStorage) {}

  /** Journals an intent; returns its key, or null when it was not journalled (too big, no room). */
  append(intent: Omit<WriteEntry, 'key' | 'owner' | 'seq'>): string | null {
    try {
      const s = this.storage();
      if (!s) return null;
      seq += 1;
      const key = `${intent.at}:${pageOwner}:${seq}`;
      const text = JSON.stringify({ ...intent, key, owner: pageOwner, seq });
      if (text.length > MAX_ENTRY_CHARS) return null; // typed text has its own journal
      if (this.pendingChars + text.length > MAX_PENDING_CHARS) return null; // leave room for the rest
      s.setItem(PREFIX + key, text);
      this.pending.set(key, text.length);
      this.pendingChars += text.length;
      return key;
    } catch {
      return null; // quota full or storage disabled: the write still runs, unjournalled
    }
  }

  remove(key: string): void {
    this.pendingChars -= this.pending.get(key) ?? 0;
    this.pending.delete(key);
    try {
      this.storage()?.removeItem(PREFIX + key);
    } catch {
      // Storage gone away: the entry, if any, replays idempotently.
    }
  }

  /** Every entry left, oldest first, and the ones that do not parse. */
  entries(): { entries: StoredEntry[]; corrupt: CorruptEntry[] } {
    const entries: StoredEntry[] = [];
    const corrupt: CorruptEntry[] = [];
    try {
      const s = this.storage();
      if (!s) return { entries, corrupt };
      for (let i = 0; i < s.length; i++) {
        const full = s.key(i);
        if (!full?.startsWith(PREFIX)) continue;
        const text = s.getItem(full) ?? '';
        const entry = parse(text);
        if (entry && entry.key === full.slice(PREFIX.length)) entries.push({ ...entry, chars: text.length });
        else corrupt.push({ key: full.slice(PREFIX.length), text, at: readableAt(text) });
      }
    } catch {
      // Unreadable storage: nothing to replay.
    }
    entries.sort((a, b) => (a.at === b.at ? a.seq - b.seq : a.at < b.at ? -1 : 1));
    return { entries, corrupt };
  }
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function parse(text: string): WriteEntry | null {
  try {
    const e = JSON.parse(text) as Partial<WriteEntry> & { fields?: unknown };
    const strings = [e.key, e.owner, e.workspaceId, e.table, e.id, e.at];
    if (strings.some((s) => typeof s !== 'string') || typeof e.seq !== 'number') return null;
    if ('stamps' in e && !isPlainObject(e.stamps)) return null;
    if (e.kind === 'remove') return e as WriteEntry;
    if (e.kind !== 'create' && e.kind !== 'update') return null;
    if (!isPlainObject(e.fields)) return null;
    if (e.kind === 'update' && 'seen' in e && !isPlainObject(e.seen)) return null;
    return e as WriteEntry;
  } catch {
    return null;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `at` of an entry this version cannot read, when it is JSON with a time string. */
function readableAt(text: string): string | null {
  try {
    const at = (JSON.parse(text) as { at?: unknown } | null)?.at;
    return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : null;
  } catch {
    return null;
  }
}

/** The page's journal (localStorage). */
export const writeJournal = new WriteJournal();
