/**
 * Full backup and restore of the local database (format: common/export/backupFormat.ts).
 *
 * - `createBackup` reads every table in ONE read transaction (a consistent snapshot even while
 *   the user keeps typing) and builds the file as a Blob of many small parts, never one string.
 * - `readBackup` streams the file line by line and validates every row before anything is written.
 * - `applyBackup` writes in ONE read-write transaction: all of it lands or none of it does.
 *   Records merge per field by HLC (backupMerge.ts); settings and meta rows from the file win
 *   (except `lastHlc`, which only moves forward and never past now + 5 min, and this install's
 *   `nodeId`, never in a file); outbox entries and log lines are added unless the same content is
 *   already there. Rows of a server workspace this device already holds under another local id
 *   go into that copy (workspaceBinding.ts), and a restore marks the database so that the first
 *   sync of a workspace that never synced uploads every field (`UNQUEUED_RECORDS_KEY`).
 * - The file's `syncState` rows are NEVER restored: they hold a sync identity (clientId and its mid
 *   counter) that belongs to the install that wrote the file. Two installs with one clientId make
 *   the server take the second one's new mids for replays of the first one's and drop them (laptop
 *   B restores laptop A's backup, edits `budget`, the push is acknowledged and lost). Sync state on
 *   the device is kept; a device without one starts a fresh identity and pulls from the beginning,
 *   and the restored outbox entries are numbered anew from mid 1.
 */
import type { Table } from 'dexie';
import { SYNCED_TABLES, isSyncedTable, type SyncedTable } from '../../../common/records/tables';
import { isHlc, maxHlc } from '../../../common/sync/hlc';
import { capToSkewLimit } from '../../../common/sync/clockSkew';
import type { Op } from '../../../common/sync/protocol';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupError,
  LOCAL_ONLY_META_KEYS,
  UNQUEUED_RECORDS_KEY,
  SECRET_SETTING_PREFIX,
  type BackupHeader,
  type BackupRow,
  type BackupTable,
  type ParsedBackup,
} from '../../../common/export/backupFormat';
import {
  BackupLineReader,
  FILE_END_LINE,
  LineSplitter,
  TABLE_CLOSE_LINE,
  headerLine,
  isHeaderLine,
  rowLine,
  tableOpenLine,
  validateWholeBackup,
} from '../../../common/export/backupLines';
import { contentKey, greatestHlc, mergeRecord } from '../../../common/export/backupMerge';
import type { KyosoDb } from './db';
import { putRecords, type StoredRecord } from './recordWrites';
import { SCHEMA_VERSIONS } from './schema';
import { boundLocalOf, canonicalWorkspaces } from './workspaceBinding';

/** The schema version this app opens its database with. */
export const CURRENT_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/** Rows read or written per IndexedDB request: big enough to be fast, small enough to show progress. */
const PAGE = 500;
/** A file not in the line layout is parsed whole only up to this size. */
const WHOLE_JSON_LIMIT = 64 * 1024 * 1024;

export interface BackupProgress {
  phase: 'export' | 'read' | 'apply';
  done: number;
  total: number;
}
export type OnProgress = (progress: BackupProgress) => void;

/** The user's records in a backup per kind: live ones only (a deletion is saved, not counted). */
export type BackupRecordCounts = Partial<Record<SyncedTable, number>>;

export interface RestoreSummary {
  /** Rows written or changed per table (0 everywhere when the backup was already applied). */
  written: Partial<Record<BackupTable, number>>;
  /** True when the file moved this device to another workspace (the app must reload its device). */
  workspaceChanged: boolean;
}

/** Rows of an auxiliary table that never leave this install. */
function isPrivateRow(table: BackupTable, row: BackupRow): boolean {
  if (table === 'settings') return String(row.key).startsWith(SECRET_SETTING_PREFIX);
  if (table === 'meta') return LOCAL_ONLY_META_KEYS.includes(String(row.key));
  return false;
}

function tableOf(db: KyosoDb, name: BackupTable): Table<BackupRow, unknown> {
  return db.table(name);
}

/** Reads a table in primary-key order, one page at a time (inside the caller's transaction). */
async function* pages(table: Table<BackupRow, unknown>): AsyncGenerator<BackupRow[]> {
  let last: unknown = undefined;
  for (;;) {
    const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await query.limit(PAGE).toArray();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE) return;
    last = primaryKeyOf(table, rows[rows.length - 1]!);
  }
}

/** Every backed-up table has a single-field primary key (`id`, `key`, `seq`, `workspaceId`). */
function primaryKeyOf(table: Table<BackupRow, unknown>, row: BackupRow): unknown {
  return row[table.schema.primKey.keyPath as string];
}

/**
 * Writes every table to one backup file.
 * @returns the file as a Blob (`application/json`)
 */
export async function createBackup(
  db: KyosoDb,
  options: {
    appVersion: string;
    now?: () => Date;
    onProgress?: OnProgress;
    /** Told once the file is complete: what it holds in the user's terms (issues, notes …). */
    onRecords?: (counts: BackupRecordCounts) => void;
  },
): Promise<Blob> {
  const tables = BACKUP_TABLES.map((name) => tableOf(db, name));
  return db.transaction('r', tables, async () => {
    const counts: Partial<Record<BackupTable, number>> = {};
    for (const name of BACKUP_TABLES) {
      const table = tableOf(db, name);
      counts[name] =
        name === 'settings' || name === 'meta'
          ? (await table.toArray()).filter((row) => !isPrivateRow(name, row)).length
          : await table.count();
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: db.verno || CURRENT_SCHEMA_VERSION,
      exportedAt: (options.now?.() ?? new Date()).toISOString(),
      appVersion: options.appVersion,
      counts,
    };
    const parts: string[] = [headerLine(header)];
    let done = 0;
    const records: BackupRecordCounts = {};
    options.onProgress?.({ phase: 'export', done, total });
    for (const [i, name] of BACKUP_TABLES.entries()) {
      parts.push(tableOpenLine(name, i === 0));
      let first = true;
      for await (const rows of pages(tableOf(db, name))) {
        let chunk = '';
        for (const row of rows) {
          if (isPrivateRow(name, row)) continue;
          chunk += rowLine(row, first);
          first = false;
          done++;
          if (isSyncedTable(name) && row.deleted !== 1) records[name] = (records[name] ?? 0) + 1;
        }
        parts.push(chunk);
        options.onProgress?.({ phase: 'export', done, total });
      }
      parts.push(TABLE_CLOSE_LINE);
    }
    parts.push(FILE_END_LINE);
    options.onRecords?.(records);
    return new Blob(parts, { type: 'application/json' });
  });
}

/**
 * Reads and validates a backup file without touching the database.
 * @throws BackupError when the file is empty, not JSON, cut short, foreign, newer or has a bad row
 */
export async function readBackup(file: Blob, onProgress?: OnProgress): Promise<ParsedBackup> {
  if (file.size === 0) throw new BackupError({ code: 'empty' });
  const total = file.size;
  const reader = new BackupLineReader(CURRENT_SCHEMA_VERSION);
  const splitter = new LineSplitter();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = file.stream().getReader();
  let done = 0;
  let started = false;
  try {
    for (;;) {
      const { value, done: finished } = await stream.read();
      if (finished) break;
      done += value.byteLength;
      const lines = splitter.feed(decodeOrThrow(decoder, value, true));
      if (!started && lines.length > 0) {
        started = true;
        const first = lines[0]!.replace(/^\uFEFF/, '');
        if (!isHeaderLine(first)) return await readWhole(file);
        lines[0] = first;
      }
      for (const line of lines) reader.push(line);
      onProgress?.({ phase: 'read', done, total });
    }
    const tail = splitter.feed(decodeOrThrow(decoder, undefined, false));
    const last = splitter.end();
    if (!started) return await readWhole(file);
    for (const line of tail) reader.push(line);
    if (last !== null) reader.push(last, false);
    return reader.finish();
  } finally {
    await stream.cancel().catch(() => undefined);
  }
}

function decodeOrThrow(decoder: TextDecoder, bytes: Uint8Array | undefined, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new BackupError({ code: 'notJson', detail: 'not UTF-8 text' });
  }
}

/** A file that is not in the line layout: parse it whole if small enough, then validate. */
async function readWhole(file: Blob): Promise<ParsedBackup> {
  if (file.size > WHOLE_JSON_LIMIT) throw new BackupError({ code: 'notJson', detail: 'not a backup layout' });
  const text = (await file.text()).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new BackupError({ code: 'empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupError({ code: 'notJson', detail: (error as Error).message });
  }
  return validateWholeBackup(raw, CURRENT_SCHEMA_VERSION);
}

/**
 * Applies a validated backup in one transaction (see the file comment for the merge rules).
 * If anything fails, the transaction aborts and the database is exactly as before.
 */
export async function applyBackup(
  db: KyosoDb,
  backup: ParsedBackup,
  onProgress?: OnProgress,
): Promise<RestoreSummary> {
  const tables = BACKUP_TABLES.map((name) => tableOf(db, name));
  const total = BACKUP_TABLES.reduce((sum, name) => sum + backup.tables[name].length, 0);
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress?.({ phase: 'apply', done, total });
  };
  return db.transaction('rw', tables, async () => {
    const written: Partial<Record<BackupTable, number>> = {};
    let newestHlc: string | null = null;
    // Rows of a server workspace this device already holds go into its local copy of it.
    const fileBindings = new Map<string, string>();
    for (const row of backup.tables.meta) {
      const local = boundLocalOf(String(row.key));
      if (local !== null) fileBindings.set(local, String(row.value));
    }
    const canonical = await canonicalWorkspaces(db, fileBindings);
    const inWorkspace = (row: BackupRow): BackupRow => {
      const ws = canonical.map(String(row.workspaceId));
      return ws === row.workspaceId ? row : { ...row, workspaceId: ws };
    };
    for (const name of SYNCED_TABLES) {
      const table = tableOf(db, name);
      const rows = backup.tables[name].map(inWorkspace);
      for (let i = 0; i < rows.length; i += PAGE) {
        const chunk = rows.slice(i, i + PAGE);
        const existing = await table.bulkGet(chunk.map((r) => r.id as string));
        const changed = chunk
          .map((row, k) => mergeRecord(existing[k], row))
          .filter((row): row is BackupRow => row !== null);
        await putRecords(db, name, changed as StoredRecord[]); // validated against the record schema
        for (const row of chunk) newestHlc = maxHlc(newestHlc, greatestHlc(row));
        written[name] = (written[name] ?? 0) + changed.length;
        step(chunk.length);
      }
    }
    written.settings = await putAll(tableOf(db, 'settings'), backup.tables.settings);
    step(backup.tables.settings.length);
    // Sync identity is never taken from a file (see the file comment).
    written.syncState = 0;
    step(backup.tables.syncState.length);
    const queued = queuedChangesOfFile(backup).map(inWorkspace);
    written.outbox = await addNewContent(tableOf(db, 'outbox'), queued, 'seq');
    step(backup.tables.outbox.length);
    written.syncLog = await addNewContent(tableOf(db, 'syncLog'), backup.tables.syncLog, 'id');
    step(backup.tables.syncLog.length);
    const unapplied = backup.tables.unappliedChanges.map(inWorkspace);
    written.unappliedChanges = await addNewContent(tableOf(db, 'unappliedChanges'), unapplied, 'seq');
    step(unapplied.length);
    const metaRows = backup.tables.meta.flatMap((row): BackupRow[] => {
      const key = String(row.key);
      if (key === 'workspaceId') return [{ ...row, value: canonical.map(String(row.value)) }];
      const local = boundLocalOf(key);
      return local === null || canonical.importBinding(local) ? [row] : [];
    });
    const meta = await applyMeta(db, metaRows, newestHlc);
    written.meta = meta.written;
    // Restored records may hold fields the outbox does not queue: a workspace that first syncs
    // after this uploads every field (sync/binding.ts).
    if (SYNCED_TABLES.some((name) => (written[name] ?? 0) > 0)) {
      await db.meta.put({ key: UNQUEUED_RECORDS_KEY, value: 'true' });
    }
    step(backup.tables.meta.length);
    return { written, workspaceChanged: meta.workspaceChanged };
  });
}

/**
 * The file's queued changes that may be sent as this user: only those whose every op is about a
 * record the file itself holds (a file cannot queue deletes of records it does not contain), with
 * HLCs no further ahead than the server accepts (a file from a wrong clock would otherwise make
 * every push a clock_skew).
 */
function queuedChangesOfFile(backup: ParsedBackup): BackupRow[] {
  const held = new Set<string>();
  for (const name of SYNCED_TABLES)
    for (const row of backup.tables[name]) held.add(`${name}/${String(row.id)}`);
  const now = Date.now();
  return backup.tables.outbox.flatMap((row) => {
    const ops = row.ops as Op[];
    if (!ops.every((op) => held.has(`${op.table}/${op.id}`))) return [];
    return [{ ...row, ops: ops.map((op) => ({ ...op, hlc: capToSkewLimit(op.hlc, now) })) }];
  });
}

/** Rows whose content differs from what is stored; the file wins. */
async function putAll(table: Table<BackupRow, unknown>, rows: BackupRow[]): Promise<number> {
  const existing = await table.bulkGet(rows.map((r) => primaryKeyOf(table, r)));
  const changed = rows.filter(
    (row, i) => !existing[i] || contentKey(existing[i]!, '') !== contentKey(row, ''),
  );
  if (changed.length > 0) await table.bulkPut(changed);
  return changed.length;
}

/** Auto-increment rows: skip content already present; keep the file's key when it is free. */
async function addNewContent(
  table: Table<BackupRow, unknown>,
  rows: BackupRow[],
  key: string,
): Promise<number> {
  if (rows.length === 0) return 0;
  const present = new Set<string>();
  const usedKeys = new Set<unknown>();
  await table.each((row) => {
    present.add(contentKey(row, key));
    usedKeys.add(row[key]);
  });
  let added = 0;
  for (const row of rows) {
    const content = contentKey(row, key);
    if (present.has(content)) continue;
    present.add(content);
    const keepKey = row[key] !== undefined && !usedKeys.has(row[key]);
    const stored = keepKey ? row : Object.fromEntries(Object.entries(row).filter(([k]) => k !== key));
    usedKeys.add(await table.add(stored)); // an auto-assigned key may be one a later row carries
    added++;
  }
  return added;
}

/**
 * A clock restored from a file never runs ahead of now + 5 min (the server's clock_skew limit):
 * a backup from a machine whose clock was wrong would otherwise make every later push of this
 * device a 400 clock_skew. A clock the device already has is never moved back.
 */
function capHlc(value: string, current: string | undefined): string {
  if (!isHlc(value)) return value;
  const capped = capToSkewLimit(value, Date.now());
  return capped === value ? value : (maxHlc(current, capped) ?? capped);
}

async function applyMeta(
  db: KyosoDb,
  rows: BackupRow[],
  newestRecordHlc: string | null,
): Promise<{ written: number; workspaceChanged: boolean }> {
  let written = 0;
  let workspaceChanged = false;
  for (const row of rows) {
    const key = String(row.key);
    const current = (await db.meta.get(key))?.value;
    let value = String(row.value);
    if (key === 'lastHlc') value = capHlc(maxHlc(maxHlc(current, value), newestRecordHlc) ?? value, current);
    if (value === current) continue;
    if (key === 'workspaceId' && current !== undefined) workspaceChanged = true;
    await db.meta.put({ key, value });
    written++;
  }
  return { written, workspaceChanged };
}

/** What a restore of a read file would do, for the user to confirm before anything is written. */
export interface RestorePreview {
  /**
   * Per record kind with live records in the file: how many, and how many this device already holds
   * (merged by HLC). Counted as the backup's saved message counts them: a deletion is restored, not counted.
   */
  kinds: { table: SyncedTable; inFile: number; alreadyHere: number }[];
  /** Queued changes of the file that would be sent as this user on the next sync. */
  queued: number;
  exportedAt: string;
}

export async function previewRestore(db: KyosoDb, backup: ParsedBackup): Promise<RestorePreview> {
  const kinds: RestorePreview['kinds'] = [];
  for (const table of SYNCED_TABLES) {
    const rows = backup.tables[table].filter((r) => r.deleted !== 1);
    if (rows.length === 0) continue;
    const ids = rows.map((r) => String(r.id));
    let alreadyHere = 0;
    for (let i = 0; i < ids.length; i += PAGE) {
      const keys = await db
        .table(table)
        .where(':id')
        .anyOf(ids.slice(i, i + PAGE))
        .primaryKeys();
      alreadyHere += keys.length;
    }
    kinds.push({ table, inFile: rows.length, alreadyHere });
  }
  return { kinds, queued: queuedChangesOfFile(backup).length, exportedAt: backup.header.exportedAt };
}

/** Reads, validates and applies a backup file; the database is untouched if any check fails. */
export async function restoreBackup(
  db: KyosoDb,
  file: Blob,
  onProgress?: OnProgress,
): Promise<RestoreSummary> {
  const backup = await readBackup(file, onProgress);
  return applyBackup(db, backup, onProgress);
}

export { BackupError, isSyncedTable };
