/**
 * The one module through which record rows are written: local edits (the repositories), pulled
 * pages, held states settled after a push, re-stamping when a workspace binds, and restores. The
 * change-feed middleware (changeFeed.ts) records each write in the same transaction; this module
 * is where the row shapes are built and where a reader finds every writer.
 *
 * Callers run these inside their own `db.transaction('rw', …)` that includes the record table.
 */
import type { Table } from 'dexie';
import type { SyncedTable } from '../../../common/records/tables';
import { RECORD_ENVELOPE_KEYS, type RecordMeta } from '../../../common/records/types';
import type { LocalState } from '../../../common/sync/client/apply';
import type { KyosoDb } from './db';

/** A stored record seen generically: the envelope and any fields (known or not). */
export type StoredRecord = RecordMeta & Record<string, unknown>;

export function recordTable(db: KyosoDb, table: SyncedTable): Table<StoredRecord, string> {
  return db.table<StoredRecord, string>(table);
}

/** Writes (inserts or replaces) rows of `table`. */
export async function putRecords(db: KyosoDb, table: SyncedTable, rows: StoredRecord[]): Promise<void> {
  if (rows.length) await recordTable(db, table).bulkPut(rows);
}

/** Inserts a new row; fails (aborting the caller's transaction) when the id exists. */
export async function addRecord(db: KyosoDb, table: SyncedTable, row: StoredRecord): Promise<void> {
  await recordTable(db, table).add(row);
}

/** The synced part of a stored record (own properties only: every contract field name is allowed). */
export function toLocalState(record: StoredRecord): LocalState {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!RECORD_ENVELOPE_KEYS.has(k)) fields[k] = v;
  return {
    fields,
    hlc: record.hlc ?? {},
    deleted: record.deleted === 1,
    deletedHlc: record.deletedHlc ?? null,
  };
}

/** A stored record from a synced state, keeping `base`'s creation time when there is one. */
export function fromLocalState(
  state: LocalState,
  base: StoredRecord | undefined,
  id: string,
  ws: string,
  at: string,
): StoredRecord {
  return {
    ...state.fields,
    id,
    workspaceId: ws,
    createdAt: base?.createdAt ?? at,
    updatedAt: at,
    hlc: state.hlc,
    deleted: state.deleted ? 1 : 0,
    deletedHlc: state.deletedHlc,
  } as StoredRecord;
}
