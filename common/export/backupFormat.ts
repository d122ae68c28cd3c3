/**
 * The full-backup file format (`kyoso-backup`, version 1): one JSON document, written one
 * record per line so it can also be read as a stream (see backupLines.ts).
 *
 * ```
 * {"format":"kyoso-backup","version":1,"schemaVersion":3,…,"counts":{…},"tables":{
 * "issues":[
 * {…record…},
 * {…record…}
 * ],
 * …
 * "meta":[
 * {…}
 * ]
 * }}
 * ```
 *
 * What is in it, and why:
 * - every synced record table, tombstones included (a deletion must survive a restore, or a
 *   restored device would resurrect records the team deleted);
 * - `outbox`: local changes not yet pushed — after a broken laptop they exist nowhere else;
 * - `settings` except `secret:*` rows (web mode keeps its sync credentials there; a backup file
 *   is not a place for credentials);
 * - `syncState` (where sync left off) and `syncLog` (the history users are shown);
 * - `meta` except `nodeId`: this install's HLC node id must stay unique to it, so a restored
 *   backup never makes two devices stamp changes with the same node.
 */
import { SYNCED_TABLES, type SyncedTable } from '../records/tables';
import { META, SECRET_SETTING_PREFIX } from '../records/localKeys';

export const BACKUP_FORMAT = 'kyoso-backup';
/** Bump when the file layout changes; readers refuse files newer than they know. */
export const BACKUP_VERSION = 1;

export const AUX_TABLES = ['settings', 'outbox', 'syncState', 'syncLog', 'meta'] as const;
export type AuxTable = (typeof AUX_TABLES)[number];
export type BackupTable = SyncedTable | AuxTable;

/** Every table a backup holds, in file order (records first, bookkeeping last). */
export const BACKUP_TABLES: readonly BackupTable[] = [...SYNCED_TABLES, ...AUX_TABLES];

/** Settings rows never written to (or read from) a backup. */
export { SECRET_SETTING_PREFIX };
/**
 * Meta row a restore sets on the database it writes into: records arrived whose fields the
 * outbox may not queue, so that workspace's first sync uploads them whole (renderer sync/binding.ts).
 */
export const UNQUEUED_RECORDS_KEY = META.unqueuedRecords;
/** Meta rows that belong to this install only (they describe the database, not its content). */
export const LOCAL_ONLY_META_KEYS: readonly string[] = [
  META.nodeId,
  META.unqueuedRecords,
  META.changeFeedFloor,
];

/**
 * Tables a backup leaves out: the change feed describes this database's own writes (a restore
 * appends its own entries for what it writes), so copying another database's feed would only
 * mislead its consumers.
 */
export const NOT_BACKED_UP_TABLES = ['changes'] as const;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The Dexie schema version of the database the backup was taken from. */
  schemaVersion: number;
  /** ISO time the backup was written. */
  exportedAt: string;
  appVersion: string;
  /** Rows per table, so a reader can show progress and detect a file cut short. */
  counts: Partial<Record<BackupTable, number>>;
}

export type BackupRow = Record<string, unknown>;
export type BackupTables = Record<BackupTable, BackupRow[]>;

export interface ParsedBackup {
  header: BackupHeader;
  tables: BackupTables;
}

export type BackupProblemCode =
  | 'empty'
  | 'notJson'
  | 'truncated'
  | 'foreign'
  | 'newerFormat'
  | 'newerSchema'
  | 'invalidHeader'
  | 'invalidRecord'
  | 'countMismatch';

/** Why a backup file was refused; the UI turns `code` into a sentence. */
export interface BackupProblem {
  code: BackupProblemCode;
  table?: string;
  /** 0-based row index within `table`. */
  index?: number;
  field?: string;
  /** Developer-facing detail (English), shown after the translated sentence. */
  detail?: string;
}

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(
      `${problem.code}${problem.table ? ` in ${problem.table}` : ''}` +
        `${problem.index !== undefined ? `[${problem.index}]` : ''}` +
        `${problem.field ? `.${problem.field}` : ''}${problem.detail ? `: ${problem.detail}` : ''}`,
    );
    this.name = 'BackupError';
  }
}

export function isBackupTable(name: unknown): name is BackupTable {
  return typeof name === 'string' && (BACKUP_TABLES as readonly string[]).includes(name);
}

/** An empty table map, one array per backup table. */
export function emptyTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables;
}
