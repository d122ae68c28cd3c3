/**
 * Pulled changes this version could not apply, kept in their raw form (never dropped): shown in
 * the sync log, included in backups, and tried again once the app is updated (sync/pull/retryUnapplied.ts).
 * Local only: each device holds what it could not apply itself.
 */
import type { UnappliedChange } from '../../../common/sync/client/decodePage';
import type { KyosoDb } from './db';

export interface UnappliedChangeRow {
  seq?: number;
  /** The local workspace the change was pulled into. */
  workspaceId: string;
  table: string | null;
  recordId: string | null;
  field: string | null;
  /** The change as it arrived (JSON). */
  raw: unknown;
  reason: string;
  keptAt: string;
  /** The app version that could not apply it; a newer one tries again. */
  appVersion: string;
}

export function unappliedRow(
  ws: string,
  change: UnappliedChange,
  appVersion: string,
  at: string,
): UnappliedChangeRow {
  return {
    workspaceId: ws,
    table: change.table,
    recordId: change.id,
    field: change.field,
    raw: change.raw,
    reason: change.reason,
    keptAt: at,
    appVersion,
  };
}

/** The changes kept unapplied for workspace `ws`, oldest first. */
export function unappliedChangesOf(db: KyosoDb, ws: string): Promise<UnappliedChangeRow[]> {
  return db.unappliedChanges.where('workspaceId').equals(ws).toArray();
}
