/**
 * Checks a backup before anything is written: the header (format, version, schema version) and
 * every row of every table (required fields and their types). Rows come back normalised:
 * fields an older backup lacked are filled from their `fallback`.
 */
import { isReadableHlc } from '../sync/hlc';
import { isFieldName } from '../records/fieldNames';
import { SETTINGS, metaValueProblem } from '../records/localKeys';
import { isSyncedTable, type SyncedTable } from '../records/tables';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  LOCAL_ONLY_META_KEYS,
  SECRET_SETTING_PREFIX,
  isBackupTable,
  type BackupHeader,
  type BackupRow,
  type BackupTable,
} from './backupFormat';
import { fieldProblem, withFallbacks } from '../records/schema';

const MAX_ID_LENGTH = 200;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isIsoTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isId = (v: unknown): v is string =>
  isNonEmptyString(v) && v.length <= MAX_ID_LENGTH && !/[\u0000-\u001f]/.test(v); // eslint-disable-line no-control-regex

/**
 * Validates the header of a backup against what this app can read.
 * @param raw the parsed header object (anything)
 * @param currentSchemaVersion the Dexie version this app opens its database with
 * @throws BackupError `foreign`, `newerFormat`, `newerSchema` or `invalidHeader`
 */
export function validateHeader(raw: unknown, currentSchemaVersion: number): BackupHeader {
  if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT) {
    throw new BackupError({ code: 'foreign', detail: 'format is not kyoso-backup' });
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    throw new BackupError({ code: 'invalidHeader', field: 'version' });
  }
  if (raw.version > BACKUP_VERSION) {
    throw new BackupError({
      code: 'newerFormat',
      detail: `file v${raw.version}, app reads v${BACKUP_VERSION}`,
    });
  }
  if (
    typeof raw.schemaVersion !== 'number' ||
    !Number.isInteger(raw.schemaVersion) ||
    raw.schemaVersion < 1
  ) {
    throw new BackupError({ code: 'invalidHeader', field: 'schemaVersion' });
  }
  if (raw.schemaVersion > currentSchemaVersion) {
    throw new BackupError({
      code: 'newerSchema',
      detail: `file schema ${raw.schemaVersion}, app schema ${currentSchemaVersion}`,
    });
  }
  if (!isIsoTime(raw.exportedAt)) throw new BackupError({ code: 'invalidHeader', field: 'exportedAt' });
  if (typeof raw.appVersion !== 'string')
    throw new BackupError({ code: 'invalidHeader', field: 'appVersion' });
  if (!isPlainObject(raw.counts)) throw new BackupError({ code: 'invalidHeader', field: 'counts' });
  for (const [table, count] of Object.entries(raw.counts)) {
    if (!isBackupTable(table) || !isCount(count)) {
      throw new BackupError({ code: 'invalidHeader', field: `counts.${table}` });
    }
  }
  return raw as unknown as BackupHeader;
}

/** Thrown for one bad field of one row. */
function bad(table: string, index: number, field: string, detail: string): BackupError {
  return new BackupError({ code: 'invalidRecord', table, index, field, detail });
}

function validateRecord(table: SyncedTable, row: Record<string, unknown>, index: number): BackupRow {
  const fail = (field: string, detail: string) => bad(table, index, field, detail);
  if (!isId(row.id)) throw fail('id', 'not an id');
  if (!isNonEmptyString(row.workspaceId)) throw fail('workspaceId', 'not a string');
  if (!isIsoTime(row.createdAt)) throw fail('createdAt', 'not an ISO time');
  if (!isIsoTime(row.updatedAt)) throw fail('updatedAt', 'not an ISO time');
  if (!isPlainObject(row.hlc)) throw fail('hlc', 'not an object');
  for (const [field, stamp] of Object.entries(row.hlc)) {
    if (!isFieldName(field) || !isReadableHlc(stamp)) throw fail(`hlc.${field}`, 'not an HLC');
  }
  if (row.deleted !== 0 && row.deleted !== 1) throw fail('deleted', 'not 0 or 1');
  if (row.deletedHlc !== null && !isReadableHlc(row.deletedHlc))
    throw fail('deletedHlc', 'not null or an HLC');
  if (row.deleted === 1 && row.deletedHlc === null) throw fail('deletedHlc', 'tombstone without HLC');
  // A field the row lacks reads as its fallback (a tombstone pulled without fields, an older
  // backup); unknown fields are kept; a known field of the wrong type makes the file invalid.
  for (const [field, value] of Object.entries(row)) {
    const problem = fieldProblem(table, field, value);
    if (problem) throw fail(field, `wrong type (${problem})`);
  }
  return withFallbacks(table, row);
}

function validateOp(op: unknown, table: string, index: number): void {
  const fail = (detail: string) => bad(table, index, 'ops', detail);
  if (!isPlainObject(op)) throw fail('op is not an object');
  if (!isSyncedTable(op.table) || !isId(op.id) || !isReadableHlc(op.hlc)) throw fail('op table/id/hlc');
  if (op.op === 'delete') return;
  if (!isFieldName(op.field)) throw fail('op field');
  if (op.op === 'set') {
    if (!('value' in op)) throw fail('set op without value');
    return;
  }
  if (op.op === 'text') {
    if (typeof op.value !== 'string') throw fail('text op value');
    if (op.baseHlc !== null && !isReadableHlc(op.baseHlc)) throw fail('text op baseHlc');
    return;
  }
  throw fail(`unknown op ${String(op.op)}`);
}

/**
 * Validates one row of `table`. Returns the normalised row, or null for a row that a backup
 * may carry but this app deliberately ignores (secrets, another install's node id).
 * @throws BackupError `invalidRecord` naming the table, row and field
 */
export function validateRow(table: BackupTable, raw: unknown, index: number): BackupRow | null {
  if (!isPlainObject(raw)) throw bad(table, index, '', 'not an object');
  if (isSyncedTable(table)) return validateRecord(table, raw, index);
  const fail = (field: string, detail: string) => bad(table, index, field, detail);
  switch (table) {
    case 'settings':
      if (!isNonEmptyString(raw.key)) throw fail('key', 'not a string');
      if (!('value' in raw)) throw fail('value', 'missing');
      // A backup is data, not settings: secrets and the sync configuration (which names the
      // server a token is sent to) are never taken from a file.
      return raw.key.startsWith(SECRET_SETTING_PREFIX) || raw.key === SETTINGS.syncConfig ? null : raw;
    case 'meta':
      if (!isNonEmptyString(raw.key)) throw fail('key', 'not a string');
      if (LOCAL_ONLY_META_KEYS.includes(raw.key)) return null;
      {
        const problem = metaValueProblem(raw.key, raw.value);
        if (problem) throw fail('value', problem);
      }
      return raw;
    case 'syncState':
      if (!isNonEmptyString(raw.workspaceId)) throw fail('workspaceId', 'not a string');
      return raw;
    case 'syncLog':
      if (raw.id !== undefined && !(isCount(raw.id) && raw.id > 0))
        throw fail('id', 'not a positive integer');
      if (!isIsoTime(raw.at)) throw fail('at', 'not an ISO time');
      if (raw.level !== 'info' && raw.level !== 'warn' && raw.level !== 'error')
        throw fail('level', 'unknown');
      if (typeof raw.message !== 'string') throw fail('message', 'not a string');
      return raw;
    case 'unappliedChanges':
      if (raw.seq !== undefined && !(isCount(raw.seq) && raw.seq > 0))
        throw fail('seq', 'not a positive integer');
      if (!isNonEmptyString(raw.workspaceId)) throw fail('workspaceId', 'not a string');
      for (const key of ['table', 'recordId', 'field'])
        if (raw[key] !== null && typeof raw[key] !== 'string') throw fail(key, 'not a string or null');
      if (!('raw' in raw)) throw fail('raw', 'missing');
      if (typeof raw.reason !== 'string') throw fail('reason', 'not a string');
      if (!isIsoTime(raw.keptAt)) throw fail('keptAt', 'not an ISO time');
      if (typeof raw.appVersion !== 'string') throw fail('appVersion', 'not a string');
      return raw;
    case 'outbox':
      if (raw.seq !== undefined && !(isCount(raw.seq) && raw.seq > 0))
        throw fail('seq', 'not a positive integer');
      if (!isNonEmptyString(raw.workspaceId)) throw fail('workspaceId', 'not a string');
      if (!isSyncedTable(raw.table)) throw fail('table', 'not a synced table');
      if (!isId(raw.id)) throw fail('id', 'not an id');
      if (!isIsoTime(raw.createdAt)) throw fail('createdAt', 'not an ISO time');
      if (!Array.isArray(raw.ops) || raw.ops.length === 0) throw fail('ops', 'not a non-empty array');
      for (const op of raw.ops) validateOp(op, table, index);
      return raw;
  }
}
