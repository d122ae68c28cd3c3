/**
 * What happens to a change the server refuses for its content (a contract 400 or 413): the refused
 * chunk is narrowed until one outbox entry stands alone, and that entry is set aside into a
 * conflict record, so one bad change never blocks every later one (mids are consecutive).
 */
import type { PendingEntry } from '../../../../common/sync/client/plan';
import type { SyncFailure } from '../../../../common/sync/client/failure';
import type { KyosoDb } from '../../data/db';
import type { Device } from '../../data/device';
import { Repository } from '../../data/repository';
import { logSync } from '../log';
import { readState, writeState } from '../state';

export /** An outbox entry the server refused on its own (400 malformed, 413 too_large), kept locally. */
interface SetAside {
  table: string;
  id: string;
  fields: string[];
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
      return { table: first.table, id: first.id, fields, code, synced: !localOnly };
    },
  );
}
