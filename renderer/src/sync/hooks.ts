/** React hooks over sync data: live queries for records, the status store for UI state. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordOf } from '../../../common/records/types';
import type { KyosoDb } from '../data/db';
import type { SyncLogEntry } from './log';
import { readConfig, type SyncConfig } from './state';
import { useSyncStatusStore, type SyncStatus } from './status';

export function useSyncStatus(): SyncStatus {
  return useSyncStatusStore((s) => s.status);
}

/** Unresolved conflict records of the workspace (server-made ones have no `resolved` yet). */
export function useOpenConflicts(db: KyosoDb, workspaceId: string): RecordOf<'conflicts'>[] | undefined {
  return useLiveQuery(
    () =>
      db
        .records('conflicts')
        .where({ workspaceId, deleted: 0 })
        .filter((c) => c.resolved !== true)
        .toArray(),
    [db, workspaceId],
  );
}

/** The newest sync log rows, newest first. */
export function useSyncLog(db: KyosoDb, limit = 100): SyncLogEntry[] | undefined {
  return useLiveQuery(() => db.syncLog.orderBy('id').reverse().limit(limit).toArray(), [db, limit]);
}

export function useSyncConfig(db: KyosoDb): SyncConfig | null | undefined {
  return useLiveQuery(() => readConfig(db), [db]);
}
