/**
 * At startup, before the UI reads records: writes the journal's entries left by pages that went
 * away (writeJournal.ts) through the repositories, oldest first. Idempotent: a create whose record
 * exists, an update or delete of a record written since the intent (or already holding it) is
 * dropped. Entries of a page still open are its own business. Entries of another workspace, of
 * a table or form this version does not know, and ones whose replay failed are kept aside: a
 * user's write that may still apply later (the workspace opened again, the newer version back,
 * the disk writable again). They have a bounded life so that they never fill localStorage, which
 * the note journal and settings share: KEPT_DAYS at most, and KEPT_CHARS together (the oldest go
 * first). An entry whose life ends, and one nothing can read, is discarded and reported
 * (`discard`: the sync log, shown on the settings page and kept in backups). Never throws.
 */
import { isSyncedTable, type SyncedTable } from '../../../common/records/tables';
import { liveOwners } from './pageOwner';
import type { Repository } from './repository';
import {
  MAX_ENTRY_CHARS,
  TOMBSTONE,
  type StoredEntry,
  type WriteEntry,
  type WriteJournal,
} from './writeJournal';

/** How long an entry this startup could not apply is kept for a later one. */
export const KEPT_DAYS = 30;
/** What the kept-aside entries may hold together (~512 KB of localStorage). */
export const KEPT_CHARS = 2 * MAX_ENTRY_CHARS;
const DAY_MS = 24 * 60 * 60 * 1000;

type Repos = { [T in SyncedTable]: Pick<Repository<T>, 'get' | 'create' | 'update' | 'remove'> };

export interface ReplayReport {
  applied: number;
  dropped: number;
  /** Left for a later startup (within KEPT_DAYS and KEPT_CHARS); failed ones included. */
  keptAside: number;
  failed: number;
  /** Kept-aside entries whose life ended, and unreadable ones: removed, each reported. */
  discarded: number;
}

/** A journal entry removed unapplied: what the report (the sync log) says about it. */
export interface DiscardedWrite {
  key: string;
  /** `stale`: a change computed from a copy the record has moved past (see `seen`): never applies. */
  reason: 'expired' | 'overBudget' | 'unreadable' | 'stale';
  /** table, id and kind when the entry could be read. */
  table?: string;
  id?: string;
  /** The entry as stored, cut to 2,000 characters: enough to tell what the user had written. */
  text: string;
}

export interface ReplayOptions {
  live?: () => Promise<Set<string>>;
  now?: () => number;
  discard?: (write: DiscardedWrite) => Promise<unknown> | void;
}

/** An entry this startup leaves in the journal, for the kept-aside budget. */
interface Kept {
  key: string;
  at: string;
  chars: number;
  describe: () => Omit<DiscardedWrite, 'key' | 'reason'>;
}

export async function replayWrites(
  repos: Repos,
  workspaceId: string,
  journal: WriteJournal,
  options: ReplayOptions = {},
): Promise<ReplayReport> {
  const { live = liveOwners, now = Date.now, discard = () => undefined } = options;
  const report: ReplayReport = { applied: 0, dropped: 0, keptAside: 0, failed: 0, discarded: 0 };
  const kept: Kept[] = [];
  const drop = async (key: string, reason: DiscardedWrite['reason'], about: Kept['describe']) => {
    journal.remove(key);
    report.discarded++;
    try {
      await discard({ key, reason, ...about() });
    } catch (e) {
      console.warn('write journal: discarded entry not reported', key, e);
    }
  };
  try {
    const { entries, corrupt } = journal.entries();
    for (const c of corrupt) {
      const about = () => ({ text: c.text.slice(0, 2000) });
      // A newer version's entry (it has a time) waits like any kept one; garbage goes now.
      if (c.at) kept.push({ key: c.key, at: c.at, chars: c.text.length, describe: about });
      else await drop(c.key, 'unreadable', about);
    }
    const owners = entries.length ? await live() : new Set<string>();
    // The record's last change before this replay: entries replayed now must not hide each other.
    const before = new Map<string, Before>();
    for (const entry of entries) {
      if (owners.has(entry.owner)) continue; // its page is still writing it
      if (entry.workspaceId !== workspaceId || !isSyncedTable(entry.table)) {
        kept.push(keptOf(entry));
        continue;
      }
      try {
        const outcome = await replayOne(repos, entry, entry.table, before);
        if (outcome === 'stale') await drop(entry.key, 'stale', keptOf(entry).describe);
        else {
          report[outcome]++;
          journal.remove(entry.key);
        }
      } catch (e) {
        report.failed++;
        kept.push(keptOf(entry));
        console.warn('write journal: replay failed, entry kept', entry.key, e);
      }
    }
    // Newest first: what is kept is the most recent work, up to the budget.
    kept.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    let chars = 0;
    for (const k of kept) {
      const age = now() - Date.parse(k.at);
      if (!(age <= KEPT_DAYS * DAY_MS)) await drop(k.key, 'expired', k.describe);
      else if (chars + k.chars > KEPT_CHARS) await drop(k.key, 'overBudget', k.describe);
      else {
        chars += k.chars;
        report.keptAside++;
      }
    }
  } catch (e) {
    console.warn('write journal: replay stopped', e);
  }
  return report;
}

function keptOf(entry: StoredEntry): Kept {
  const { chars, ...stored } = entry;
  return {
    key: entry.key,
    at: entry.at,
    chars,
    describe: () => ({ table: entry.table, id: entry.id, text: JSON.stringify(stored).slice(0, 2000) }),
  };
}

/** A record as stored before this replay wrote to it. */
interface Before {
  updatedAt: string;
  hlc: Record<string, string>;
}

/**
 * Applies one entry: `dropped` when its change is already there or cannot apply any more,
 * `stale` when it was computed from a copy of the record that is no longer stored.
 */
async function replayOne(
  repos: Repos,
  entry: WriteEntry,
  table: SyncedTable,
  before: Map<string, Before>,
): Promise<'applied' | 'dropped' | 'stale'> {
  const repo = repos[table] as Pick<Repository<SyncedTable>, 'get' | 'create' | 'update' | 'remove'>;
  const mapKey = `${table}/${entry.id}`;
  const stored = (await repo.get(entry.id)) as
    (Record<string, unknown> & { updatedAt: string; hlc?: Record<string, string> }) | undefined;
  if (!before.has(mapKey))
    before.set(mapKey, { updatedAt: stored?.updatedAt ?? '', hlc: { ...stored?.hlc } });
  const was = before.get(mapKey)!;
  if (entry.kind === 'create') {
    // Same id: a create that committed is not made again, nor one deleted since (a tombstone).
    if (stored) return 'dropped';
    try {
      await repo.create(entry.fields as never, entry.id);
      return 'applied';
    } catch (e) {
      if ((e as { name?: string }).name === 'ConstraintError') return 'dropped';
      throw e;
    }
  }
  if (!stored) return 'dropped'; // deleted since (or never created): nothing to change
  const { stamps } = entry;
  // Field by field, by the HLCs the write took when called: one at or above its own in the
  // record means this write committed or a later one wrote there. An entry of session 17 has none
  // and is judged by the record's last change time (wrong within one millisecond).
  const writtenSince = stamps
    ? (field: string, stamp = stamps[field]) => !!stamp && !!was.hlc[field] && was.hlc[field] >= stamp
    : () => was.updatedAt >= entry.at;
  if (entry.kind === 'remove') {
    if (Object.keys(was.hlc).some((field) => writtenSince(field, stamps?.[TOMBSTONE]))) return 'dropped';
    await repo.remove(entry.id);
    return 'applied';
  }
  const changed = Object.entries(entry.fields).filter(
    ([field, value]) => !writtenSince(field) && JSON.stringify(stored[field]) !== JSON.stringify(value),
  );
  if (changed.length === 0) return 'dropped';
  const { seen } = entry;
  if (seen && changed.some(([field]) => (was.hlc[field] ?? null) !== (seen[field] ?? null))) return 'stale';
  await repo.update(entry.id, Object.fromEntries(changed) as never);
  return 'applied';
}
