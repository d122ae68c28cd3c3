/**
 * What happens to a change the server refuses for its content (a contract 400 or 413): the refused
 * chunk is narrowed until one outbox entry stands alone, and that entry is set aside into a
 * conflict record, so one bad change never blocks every later one (mids are consecutive).
 */
import type { PendingEntry } from '../../../../common/sync/client/plan';
import { recordName } from '../../../../common/records/recordName';
import { isSyncedTable } from '../../../../common/records/tables';
import type { Op } from '../../../../common/sync/protocol';
import type { SyncFailure } from '../../../../common/sync/client/failure';
import type { KyosoDb } from '../../data/db';
import type { Device } from '../../data/device';
import { recordTable } from '../../data/recordWrites';
import { Repository } from '../../data/repository';
import { logSync } from '../log';
import { readState, writeState } from '../state';

export /** An outbox entry the server refused on its own (400 malformed, 413 too_large), kept locally. */
interface SetAside {
  table: string;
  id: string;
  fields: string[];
  /** The record's name as its screen shows it ('' when it has none). */
  name: string;
  code: string;
  /** Whether its content went into a conflict record that syncs (false: kept on this device only). */
  synced: boolean;
}

/** 400s that are about the content of the push (not the protocol version or the clock). */
export function refusedForContent(failure: SyncFailure): string | null {
  if (failure.kind === 'tooLarge') return 'too_large';
  if (failure.kind === 'rejected' && failure.status === 400 && failure.code !== 'unsupported_protocol')
    return failure.code || 'malformed';
  return null;
}

/**
 * A mutation built from several outbox entries was refused alone: plan each entry as its own
 * mutation (same mid onwards; the server stored nothing for the refused mid), so the next attempt
 * finds the one entry at fault. Later planned mutations were not accepted either; they are planned
 * again after these.
 */
export async function isolateEntries(db: KyosoDb, ws: string, mid: number): Promise<void> {
  await db.transaction('rw', [db.syncState], async () => {
    const state = await readState(db, ws);
    const at = state.inflight.find((m) => m.mid === mid);
    if (!at) return;
    const before = state.inflight.filter((m) => m.mid < mid);
    state.inflight = [...before, ...at.seqs.map((seq, i) => ({ mid: mid + i, seqs: [seq] }))];
    await writeState(db, state);
  });
}

/**
 * One outbox entry the server refuses on its own (400 malformed, 413 too_large: e.g. a 10 MB
 * paste is ~30 MB of JSON) would block every later mutation forever, since mids are consecutive.
 * Nothing is deleted without a trace: the record itself is not touched here; each value of the
 * entry is written into a `conflicts` record through the repositories (so it shows in the
 * conflict view), the sync log says what happened, and only then the entry leaves the outbox and
 * the plan (its mid is reused: the server stored nothing for it). With no pending op left, the
 * next pull brings the record to the server's version like on every other device (apply.ts:
 * the server is the authority for fields without a pending write) — the refused value lives on
 * in the conflict record, where the user can keep it (after shortening it). A conflict record too large to
 * sync itself is kept on this device only (its own outbox entry is dropped; resolved: false).
 * An entry of the conflicts table is not copied again (that record is its own local copy).
 */
export async function setAside(
  db: KyosoDb,
  ws: string,
  device: Device,
  entry: PendingEntry,
  code: string,
): Promise<SetAside> {
  const conflicts = new Repository(db, 'conflicts', device);
  const first = entry.ops[0]!;
  const fields = entry.ops.flatMap((op) => (op.op === 'delete' ? ['(delete)'] : [op.field]));
  const localOnly = code === 'too_large';
  const name = await nameOf(db, first.table, first.id);
  return db.transaction(
    'rw',
    [db.records('conflicts'), db.outbox, db.meta, db.syncState, db.syncLog],
    async () => {
      const state = await readState(db, ws);
      for (const op of entry.ops) {
        if (op.op === 'delete' || op.table === 'conflicts') continue;
        const text = typeof op.value === 'string' ? op.value : JSON.stringify(op.value);
        const record = await conflicts.create({
          ofTable: op.table,
          ofId: op.id,
          field: op.field,
          text,
          memberId: '',
          clientId: state.clientId,
          resolved: false,
          reason: code,
        });
        if (localOnly) {
          const own = await db.outbox.where('[table+id]').equals(['conflicts', record.id]).primaryKeys();
          await db.outbox.bulkDelete(own);
        }
      }
      await db.outbox.delete(entry.seq);
      const mid = state.inflight.find((m) => m.seqs.includes(entry.seq))?.mid ?? Infinity;
      state.inflight = state.inflight.filter((m) => m.mid < mid);
      await writeState(db, state);
      await logSync(
        db,
        'error',
        'setAside',
        `${first.table}/${first.id} (${fields.join(', ')}) could not be synced: the server refuses it (${code}). ` +
          (localOnly
            ? 'Its content is kept on this device only, in a local conflict record.'
            : 'Its content is kept in a conflict record.'),
        { table: first.table, id: first.id, code },
      );
      return { table: first.table, id: first.id, fields, name, code, synced: !localOnly };
    },
  );
}

/**
 * This install's own unresolved copies of changes the server refused (conflict records with a
 * `reason`, written by `setAside`/`setAsideRejected`), as the status line lists them: it keeps
 * naming them after the pass that set them aside (the next pass, 2 s later, would otherwise say
 * "up to date") until the user settles the copy.
 */
export async function keptAside(db: KyosoDb, ws: string): Promise<SetAside[]> {
  const { clientId } = await readState(db, ws);
  const rows = await db
    .inWorkspace('conflicts', ws)
    .filter((c) => c.deleted !== 1 && !c.resolved && !!c.reason && c.clientId === clientId)
    .toArray();
  const out: SetAside[] = [];
  for (const c of rows) {
    out.push({
      table: c.ofTable,
      id: c.ofId,
      fields: [c.field],
      name: await nameOf(db, c.ofTable, c.ofId),
      code: c.reason!,
      synced: c.reason !== 'too_large',
    });
  }
  return out;
}

/** The local record's name, for the status line ('' when it has none or is not here). */
async function nameOf(db: KyosoDb, table: string, id: string): Promise<string> {
  if (!isSyncedTable(table)) return '';
  return recordName(table, await recordTable(db, table).get(id));
}

/**
 * Mutations a 200 push listed in `rejected` (today only `record_too_large`, docs/sync-protocol.md
 * 1.6): their mids are spent and the server stored nothing of them, so their outbox entries must
 * go, but never without a trace. Runs inside the acknowledgement's transaction (syncWriteScope):
 * per record, the last value of each field written goes into a conflict record (it syncs: one
 * mutation is at most 4 MiB, far below the record limit; a refused conflict record itself stays
 * on this device only), a delete is queued again on its own (a
 * tombstone makes no record larger), the entries leave the outbox, and the sync log names the
 * record. The local record keeps its value until a pull brings the server's.
 */
export async function setAsideRejected(
  db: KyosoDb,
  ws: string,
  device: Device,
  seqs: readonly number[],
  code: string,
  clientId: string,
): Promise<SetAside[]> {
  const rows = (await db.outbox.bulkGet([...seqs])).filter((r) => r !== undefined);
  // Per record (in the order first written): its fields' last values, and its deletes.
  interface Written {
    table: string;
    id: string;
    last: Map<string, Op>;
    deletes: Op[];
  }
  const records = new Map<string, Written>();
  for (const row of rows) {
    for (const op of row.ops) {
      const key = `${op.table}/${op.id}`;
      const rec: Written = records.get(key) ?? { table: op.table, id: op.id, last: new Map(), deletes: [] };
      records.set(key, rec);
      if (op.op === 'delete') rec.deletes.push(op);
      else rec.last.set(op.field, op);
    }
  }
  await db.outbox.bulkDelete([...seqs]);
  const conflicts = new Repository(db, 'conflicts', device);
  const out: SetAside[] = [];
  for (const rec of records.values()) {
    for (const op of rec.last.values()) {
      if (op.op === 'delete' || op.table === 'conflicts') continue;
      await conflicts.create({
        ofTable: op.table,
        ofId: op.id,
        field: op.field,
        text: typeof op.value === 'string' ? op.value : JSON.stringify(op.value),
        memberId: '',
        clientId,
        resolved: false,
        reason: code,
      });
    }
    if (rec.deletes.length && isSyncedTable(rec.table)) {
      await db.outbox.add({
        workspaceId: ws,
        table: rec.table,
        id: rec.id,
        ops: rec.deletes.slice(-1),
        createdAt: new Date().toISOString(),
      });
    }
    const fields = [...rec.last.keys()];
    const name = await nameOf(db, rec.table, rec.id);
    // A conflict record is its own local copy: it stays on this device only.
    const synced = rec.table !== 'conflicts';
    await logSync(
      db,
      'error',
      'setAside',
      `${rec.table}/${rec.id} (${fields.join(', ')}) could not be synced: the server refuses it (${code}). ` +
        (synced
          ? 'Its content is kept in a conflict record.'
          : 'Its content is kept on this device only, in a local conflict record.'),
      { table: rec.table, id: rec.id, code },
    );
    out.push({ table: rec.table, id: rec.id, fields, name, code, synced });
  }
  return out;
}
