import type { PushResponse } from '../../../../common/sync/protocol';
import type { PlannedMutation } from '../../../../common/sync/client/plan';
import type { KyosoDb } from '../../data/db';
import type { Device } from '../../data/device';
import { logSync } from '../log';
import { readState, writeState } from '../state';
import { syncWriteScope } from '../scope';
import { setAsideRejected, type SetAside } from './setAside';

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

/** What an acknowledgement did: the mutations done, and what became of rejected ones. */
export interface Acknowledged {
  done: PlannedMutation[];
  /** Records of rejected single-entry mutations, kept in conflict records. */
  setAside: SetAside[];
  /** Outbox entries of rejected multi-entry mutations, left queued to be sent one by one. */
  isolated: number;
}

/**
 * After a 200 push: the mutations up to `response.lastMutationId` are done, so their outbox
 * entries go, the mid is recorded, and conflicts are written to the sync log — all in one
 * transaction. A mutation listed in `rejected` is done too (its mid is spent), but its entries
 * do not simply go: built from one entry, its content is kept in conflict records
 * (`setAsideRejected`); built from several (the planner joins unrelated records' changes), the
 * entries stay queued and are planned one per mutation, so only the one the server refuses is
 * set aside and the others sync. Without `device` (no identity to write with) it is only logged.
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
  device?: Device,
): Promise<Acknowledged> {
  return db.transaction('rw', syncWriteScope(db), async () => {
    const state = await readState(db, ws);
    const done = state.inflight.filter((m) => m.mid <= response.lastMutationId);
    const rejected = new Map(response.rejected.map((r) => [r.mid, r.code]));
    const kept = device ? done.filter((m) => rejected.has(m.mid)) : [];
    await deleteOutboxEntries(
      db,
      done.filter((m) => !kept.includes(m)).flatMap((m) => m.seqs),
    );
    const isolate = kept.filter((m) => m.seqs.length > 1).flatMap((m) => m.seqs);
    if (isolate.length) state.alone = [...(state.alone ?? []), ...isolate];
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
    const setAside: SetAside[] = [];
    for (const m of kept) {
      if (m.seqs.length > 1) continue;
      const code = rejected.get(m.mid)!;
      setAside.push(...(await setAsideRejected(db, ws, device!, m.seqs, code, state.clientId)));
    }
    return { done, setAside, isolated: isolate.length };
  });
}
