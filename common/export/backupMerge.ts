/**
 * How a restored record meets the one already on this device. A restore behaves like a sync
 * from the past: per field, the value with the greater HLC wins, and a tombstone is never
 * undone. So restoring an old backup by mistake never overwrites newer work, restoring the same
 * file twice changes nothing the second time, and restoring into an empty database gives back
 * exactly the records that were backed up.
 */
import { maxHlc } from '../sync/hlc';
import type { BackupRow } from './backupFormat';

type Stamps = Record<string, string>;

const META_FIELDS = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt', 'hlc', 'deleted', 'deletedHlc']);

/**
 * The merged record, or null when `incoming` adds nothing to `local`.
 * Both must be valid records of the same table and id.
 */
export function mergeRecord(local: BackupRow | undefined, incoming: BackupRow): BackupRow | null {
  if (!local) return incoming;
  const localHlc = local.hlc as Stamps;
  const incomingHlc = incoming.hlc as Stamps;
  const merged: BackupRow = { ...local, hlc: { ...localHlc } };
  const mergedHlc = merged.hlc as Stamps;
  let changed = false;
  for (const [field, value] of Object.entries(incoming)) {
    if (META_FIELDS.has(field)) continue;
    const theirs = incomingHlc[field];
    const ours = localHlc[field];
    if (theirs === undefined) {
      // An unstamped field is a fallback the validator filled in (a field newer than the record):
      // it completes the local copy but is no change worth a write on its own.
      if (!(field in local)) merged[field] = value;
      continue;
    }
    if (ours !== undefined && theirs <= ours) continue;
    merged[field] = value;
    mergedHlc[field] = theirs;
    changed = true;
  }
  if (incoming.deleted === 1) {
    const deletedHlc = maxHlc(local.deletedHlc as string | null, incoming.deletedHlc as string | null);
    if (local.deleted !== 1 || deletedHlc !== local.deletedHlc) {
      merged.deleted = 1;
      merged.deletedHlc = deletedHlc;
      changed = true;
    }
  }
  if (!changed) return null;
  if (String(incoming.updatedAt) > String(local.updatedAt)) merged.updatedAt = incoming.updatedAt;
  if (String(incoming.createdAt) < String(local.createdAt)) merged.createdAt = incoming.createdAt;
  return merged;
}

/** The greatest HLC anywhere in a record (field stamps and tombstone), or null. */
export function greatestHlc(record: BackupRow): string | null {
  let max = (record.deletedHlc as string | null) ?? null;
  for (const stamp of Object.values(record.hlc as Stamps)) max = maxHlc(max, stamp);
  return max;
}

/**
 * A key for a row's content without its auto-increment key, so the same outbox entry or log line
 * restored twice is recognised. Object keys are sorted: IndexedDB may return them in any order.
 */
export function contentKey(row: BackupRow, autoKey: string): string {
  return stableStringify(Object.fromEntries(Object.entries(row).filter(([k]) => k !== autoKey)));
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
