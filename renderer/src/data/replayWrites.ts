/**
 * At startup, before the UI reads records: writes the journal's entries left by pages that went
 * away (writeJournal.ts) through the repositories, oldest first. Idempotent: a create whose record
 * exists, an update or delete of a record written since the intent (or already holding it) is
 * dropped. Entries of a page still open, of another workspace or of an unknown table are kept
 * aside, unapplied; a replay that fails keeps its entry and is logged. Never throws.
 */
import { isSyncedTable, type SyncedTable } from '../../../common/records/tables';
import { liveOwners } from './pageOwner';
import type { Repository } from './repository';
import type { WriteEntry, WriteJournal } from './writeJournal';

type Repos = { [T in SyncedTable]: Pick<Repository<T>, 'get' | 'create' | 'update' | 'remove'> };

export interface ReplayReport {
  applied: number;
  dropped: number;
  keptAside: number;
  failed: number;
}

export async function replayWrites(
  repos: Repos,
  workspaceId: string,
  journal: WriteJournal,
  live: () => Promise<Set<string>> = liveOwners,
): Promise<ReplayReport> {
  const report: ReplayReport = { applied: 0, dropped: 0, keptAside: 0, failed: 0 };
  try {
    const { entries, corrupt } = journal.entries();
    report.keptAside += corrupt.length;
    for (const c of corrupt) console.warn('write journal: unreadable entry kept aside', c.key);
    if (entries.length === 0) return report;
    const owners = await live();
    // The record's last change before this replay: entries replayed now must not hide each other.
    const before = new Map<string, string>();
    for (const entry of entries) {
      if (owners.has(entry.owner) || entry.workspaceId !== workspaceId || !isSyncedTable(entry.table)) {
        report.keptAside++;
        continue;
      }
      try {
        if (await replayOne(repos, entry, entry.table, before)) report.applied++;
        else report.dropped++;
        journal.remove(entry.key);
      } catch (e) {
        report.failed++;
        console.warn('write journal: replay failed, entry kept', entry.key, e);
      }
    }
  } catch (e) {
    console.warn('write journal: replay stopped', e);
  }
  return report;
}

/** Applies one entry; false when its change is already there or cannot apply any more. */
async function replayOne(
  repos: Repos,
  entry: WriteEntry,
  table: SyncedTable,
  before: Map<string, string>,
): Promise<boolean> {
  const repo = repos[table] as Pick<Repository<SyncedTable>, 'get' | 'create' | 'update' | 'remove'>;
  const mapKey = `${table}/${entry.id}`;
  const stored = (await repo.get(entry.id)) as (Record<string, unknown> & { updatedAt: string }) | undefined;
  if (!before.has(mapKey)) before.set(mapKey, stored?.updatedAt ?? '');
  if (entry.kind === 'create') {
    // Same id: a create that committed is not made again, nor one deleted since (a tombstone).
    if (stored) return false;
    try {
      await repo.create(entry.fields as never, entry.id);
      return true;
    } catch (e) {
      if ((e as { name?: string }).name === 'ConstraintError') return false;
      throw e;
    }
  }
  // Written at or after the intent (this write committed, or a newer one since): leave it.
  if (!stored || (before.get(mapKey) ?? '') >= entry.at) return false;
  if (entry.kind === 'remove') {
    await repo.remove(entry.id);
    return true;
  }
  const changed = Object.entries(entry.fields).some(
    ([field, value]) => JSON.stringify(stored[field]) !== JSON.stringify(value),
  );
  if (!changed) return false;
  await repo.update(entry.id, entry.fields as never);
  return true;
}
