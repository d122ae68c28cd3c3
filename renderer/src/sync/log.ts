/** The sync log: rows in `syncLog` that survive restarts; the settings page shows the newest. */
import type { KyosoDb, SyncLogRow } from '../data/db';

/** A log row with an i18n code (`sync.log.<code>`) so it reads in the user's language later. */
export interface SyncLogEntry extends SyncLogRow {
  code?: string;
  params?: Record<string, string | number>;
}

const KEEP_ROWS = 1000;

/** Appends a row; call inside or outside a transaction that includes `syncLog`. */
export function logSync(
  db: KyosoDb,
  level: SyncLogRow['level'],
  code: string,
  message: string,
  params: Record<string, string | number> = {},
): Promise<number> {
  const entry: SyncLogEntry = { at: new Date().toISOString(), level, message, code, params };
  return db.syncLog.add(entry);
}

/** Drops all but the newest rows, so the log cannot grow without bound. */
export async function pruneSyncLog(db: KyosoDb): Promise<void> {
  const count = await db.syncLog.count();
  if (count <= KEEP_ROWS) return;
  const oldest = await db.syncLog
    .orderBy('id')
    .limit(count - KEEP_ROWS)
    .primaryKeys();
  await db.syncLog.bulkDelete(oldest);
}
