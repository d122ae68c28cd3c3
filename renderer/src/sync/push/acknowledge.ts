import type { PushResponse } from '../../../../common/sync/protocol';
import type { PlannedMutation } from '../../../../common/sync/client/plan';
import type { KyosoDb } from '../../data/db';
import { logSync } from '../log';
import { readState, writeState } from '../state';
import { syncWriteScope } from '../scope';

/**
 * Deletes exactly the outbox entries `seqs` (inside the caller's transaction). When they are every
 * key between the lowest and the highest (the usual acknowledgement: consecutive local changes),
 * as one key-range delete: one IndexedDB request instead of one per entry. The keys of that range
 * are read first (keys only, no values), so an entry in between that is not acknowledged (another
 * workspace, or planned later) is never deleted.
 */
async function deleteOutboxEntries(db: KyosoDb, seqs: number[]): Promise<void> {
  if (seqs.length === 0) return;
  let lo = seqs[0]!;
  let hi = seqs[0]!;
  for (const s of seqs) {
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  const range = () => db.outbox.where(':id').between(lo, hi, true, true);
  const present = await range().primaryKeys();
  const wanted = new Set(seqs);
  if (present.length === wanted.size && present.every((k) => wanted.has(k))) await range().delete();
  else await db.outbox.bulkDelete(seqs);
}

/**
 * After a 200 push: the mutations up to `response.lastMutationId` are done, so their outbox
 * entries go, the mid is recorded, and conflicts and rejections are written to the sync log —
 * all in one transaction.
 *
 * Held remote states are NOT applied here. They are older than the write just acknowledged; if
 * that write changed the server's record, the pull that follows brings the newer state, and
 * applying the held one now would revert the user's own saved text until then (an edit made in
 * that window would start from the reverted text). They are settled at the end of that pull.
 */
export async function acknowledgePush(
  db: KyosoDb,
  ws: string,
  response: PushResponse,
): Promise<PlannedMutation[]> {
  return db.transaction('rw', syncWriteScope(db), async () => {
    const state = await readState(db, ws);
    const done = state.inflight.filter((m) => m.mid <= response.lastMutationId);
    await deleteOutboxEntries(
      db,
      done.flatMap((m) => m.seqs),
    );
    state.inflight = state.inflight.filter((m) => m.mid > response.lastMutationId);
    state.lastMutationId = Math.max(state.lastMutationId, response.lastMutationId);
    await writeState(db, state);
    for (const c of response.conflicts) {
      await logSync(db, 'warn', 'conflict', `conflict on ${c.table}/${c.id}.${c.field}`, {
        table: c.table,
        field: c.field,
      });
    }
    for (const r of response.rejected) {
      await logSync(db, 'error', 'rejected', `mutation ${r.mid} rejected: ${r.code}`, {
        mid: r.mid,
        code: r.code,
      });
    }
    return done;
  });
}
