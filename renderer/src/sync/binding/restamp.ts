import type { SyncedTable } from '../../../../common/records/tables';
import { SYNCED_TABLES } from '../../../../common/records/tables';
import { META } from '../../../../common/records/localKeys';
import { textFieldsOf } from '../../../../common/records/schema';
import type { JsonValue, Op } from '../../../../common/sync/protocol';
import type { KyosoDb } from '../../data/db';
import type { OutboxEntry } from '../../data/outbox';
import { putRecords, toLocalState, type StoredRecord } from '../../data/recordWrites';
import { recordKey, syncWriteScope } from '../scope';

/**
 * The ops that recreate a record on a server that has never seen it (every field, base null),
 * except the fields (and the delete) that `queued` already has an op for: the pending op carries
 * them, and a second text op with a null base on the same field would be a conflict on the server.
 */
function fullOps(
  table: SyncedTable,
  record: StoredRecord,
  textFields: ReadonlySet<string>,
  queued: ReadonlySet<string> = new Set(),
): Op[] {
  const ops: Op[] = [];
  // Writes queued after a pending delete would reach the server as writes to a deleted record
  // (conflict records); the delete is the record's last word.
  if (queued.has(DELETE)) return ops;
  for (const [field, value] of Object.entries(toLocalState(record).fields)) {
    const hlc = record.hlc[field];
    if (!hlc || value === undefined || queued.has(field)) continue;
    ops.push(
      textFields.has(field) && typeof value === 'string'
        ? { op: 'text', table, id: record.id, field, value, hlc, baseHlc: null }
        : { op: 'set', table, id: record.id, field, value: value as JsonValue, hlc }, // stored fields are JSON
    );
  }
  if (record.deleted && record.deletedHlc)
    ops.push({ op: 'delete', table, id: record.id, hlc: record.deletedHlc });
  return ops;
}

/** Stands for a pending delete in a record's set of queued fields (not a valid field name). */
const DELETE = '(delete)';

/** Rows written per `bulkPut`/`bulkAdd` call while re-stamping (progress is reported between chunks). */
const RESTAMP_CHUNK = 2000;

export interface RestampProgress {
  done: number;
  total: number;
}

/**
 * The slow paths of binding (binding.ts): records of a never-synced local workspace `from` join
 * workspace `to` (the device already holds a copy of the server workspace), or are queued whole in
 * place (`from` = `to`, after a restore). Every record (and its outbox entries) is re-stamped to
 * `to`, so nothing is left behind. The server has never seen any of these records, so EVERY field
 * of each is queued — also for a record that already has outbox
 * entries (restored from a backup and then edited once: only the edited field was queued, and its
 * other fields stayed on this device for good). Fields already queued keep their pending op.
 *
 * One transaction; the outbox is read once and each table's records once, and everything is
 * written back with `bulkPut`/`bulkAdd` in large chunks (objects changed in place, no copies).
 * `onProgress` is told how many rows (outbox entries + records) are done.
 */
export async function restampLocalWorkspace(
  db: KyosoDb,
  from: string,
  to: string,
  onProgress?: (p: RestampProgress) => void,
): Promise<number> {
  return db.transaction('rw', syncWriteScope(db), async () => {
    const outbox = await db.outbox.toArray();
    const records = new Map<SyncedTable, StoredRecord[]>();
    for (const table of SYNCED_TABLES) {
      // Handled generically: only the envelope and the synced fields are read.
      records.set(table, (await db.inWorkspace(table, from).toArray()) as unknown as StoredRecord[]);
    }
    const moving = outbox.filter((e) => e.workspaceId === from);
    let total = moving.length;
    for (const list of records.values()) total += list.length;
    let done = 0;
    onProgress?.({ done, total });
    const write = async <T>(rows: T[], put: (chunk: T[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += RESTAMP_CHUNK) {
        const chunk = rows.slice(i, i + RESTAMP_CHUNK);
        await put(chunk);
        done += chunk.length;
        onProgress?.({ done, total });
      }
    };

    const queued = new Map<string, Set<string>>();
    for (const e of outbox) {
      if (e.workspaceId === from) e.workspaceId = to;
      else if (e.workspaceId !== to) continue;
      const key = recordKey(e.table, e.id);
      const fields = queued.get(key) ?? new Set<string>();
      for (const op of e.ops) fields.add(op.op === 'delete' ? DELETE : op.field);
      queued.set(key, fields);
    }
    await write(moving, (chunk) => db.outbox.bulkPut(chunk));

    let moved = 0;
    const now = new Date().toISOString();
    for (const [table, list] of records) {
      const added: OutboxEntry[] = [];
      for (const record of list) {
        const ops = fullOps(
          table,
          record,
          new Set(textFieldsOf(table)),
          queued.get(recordKey(table, record.id)),
        );
        if (ops.length) added.push({ workspaceId: to, table, id: record.id, ops, createdAt: now });
        record.workspaceId = to;
      }
      // Outbox order (seq) follows the records' order, as before; the entries are not counted in `total`.
      for (let i = 0; i < added.length; i += RESTAMP_CHUNK)
        await db.outbox.bulkAdd(added.slice(i, i + RESTAMP_CHUNK));
      await write(list, (chunk) => putRecords(db, table, chunk));
      moved += list.length;
    }
    await db.meta.put({ key: META.workspaceId, value: to });
    return moved;
  });
}
