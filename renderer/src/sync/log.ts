/**
 * The sync log: rows in `syncLog` that survive restarts; the settings page shows the newest.
 * A row is data (a code and its parameters), worded in the user's language when it is shown
 * (features/sync/logText.ts); `message` is an English line for developers and old readers.
 */
import type { SyncFailureKind } from '../../../common/sync/client/failure';
import type { KyosoDb, SyncLogRow } from '../data/db';

/** Each code the engine logs, with the parameters its wording needs. */
export interface SyncLogParams {
  synced: { pushed: number; pulled: number };
  bound: { count: number; ms?: number };
  conflict: { table: string; field: string };
  rejected: { mid: number; code: string };
  setAside: { table: string; id: string; code: string };
  serverForgot: { expected: number };
  newClient: { reason?: string };
  cursorExpired: Record<string, never>;
  futureHlc: { hlc: string };
  /** Queued writes dated too far ahead (the clock was set right since), stamped again. */
  restamped: { count: number; hlc: string };
  /** A pulled change (or field) this version cannot apply, kept in `unappliedChanges`. */
  unapplied: { what: string; reason: string };
  unappliedApplied: { what: string; since: string };
  /** A write-journal entry removed unapplied (data/replayWrites.ts); `message` holds the entry. */
  writeDropped: { table: string; id: string; reason: string };
}

/** Failures are logged as `error.<kind>` with the failure itself as JSON in `message`. */
export type SyncLogErrorCode = `error.${SyncFailureKind}`;
export type SyncLogCode = keyof SyncLogParams | SyncLogErrorCode;

type ParamsOf<C extends SyncLogCode> = C extends keyof SyncLogParams
  ? SyncLogParams[C]
  : { serverTime?: string };

/** A log row with a code (`sync.log.<code>` or a failure) so it reads in the user's language. */
export interface SyncLogEntry extends SyncLogRow {
  code?: string;
  params?: Record<string, string | number>;
}

const KEEP_ROWS = 1000;

/** Appends a row; call inside or outside a transaction that includes `syncLog`. */
export function logSync<C extends SyncLogCode>(
  db: KyosoDb,
  level: SyncLogRow['level'],
  code: C,
  message: string,
  ...params: Record<string, never> extends ParamsOf<C> ? [ParamsOf<C>?] : [ParamsOf<C>]
): Promise<number> {
  const entry: SyncLogEntry = {
    at: new Date().toISOString(),
    level,
    message,
    code,
    params: { ...params[0] } as Record<string, string | number>,
  };
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
