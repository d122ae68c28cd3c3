/**
 * The push identity (clientId and its mid counter) and how it recovers: mids marked as sent before
 * a request leaves, a 409 gap resolved, and a fresh identity when another install shares this one.
 */
import { resolveGap } from '../../../../common/sync/client/plan';
import { newId } from '../../../../common/records/ids';
import type { KyosoDb } from '../../data/db';
import { logSync } from '../log';
import { readState, writeState, type EngineState } from '../state';

/** Records that mids up to `mid` are about to be sent; returns the highest mid ever sent. */
export async function markSent(db: KyosoDb, ws: string, mid: number): Promise<number> {
  return db.transaction('rw', [db.syncState], async () => {
    const state = await readState(db, ws);
    const sentMid = Math.max(sentMidOf(state), mid);
    if (sentMid !== state.sentMid) await writeState(db, { ...state, sentMid });
    return sentMid;
  });
}

/** The highest mid sent under the current clientId (state from older versions: what was planned). */
export function sentMidOf(state: EngineState): number {
  return state.sentMid ?? Math.max(state.lastMutationId, ...state.inflight.map((m) => m.mid));
}

/**
 * Switches to a fresh clientId: numbering restarts at 1 and every outbox entry still queued is
 * planned again on the next attempt. Nothing is dropped; re-sending what the server may already
 * have is harmless (last-writer-wins on the same HLC; a text already stored merges cleanly).
 */
export async function newIdentity(db: KyosoDb, ws: string, why: string): Promise<void> {
  await db.transaction('rw', [db.syncState, db.syncLog], async () => {
    const state = await readState(db, ws);
    const old = state.clientId;
    await writeState(db, { ...state, clientId: newId(), lastMutationId: 0, sentMid: 0, inflight: [] });
    await logSync(db, 'warn', 'newClient', `${why}; client id ${old} is shared, using a new one`, {
      reason: why,
    });
  });
}

/**
 * 409: the server has every mid below `expected`. Mids we sent below it are acknowledged (their
 * answers were lost); if it claims mids we never sent, this identity is shared: a new one.
 */
export async function onGap(db: KyosoDb, ws: string, expected: number): Promise<void> {
  const state = await readState(db, ws);
  const gap = resolveGap(state.inflight, expected, sentMidOf(state));
  if (gap.kind === 'newClient') {
    await newIdentity(db, ws, `server expects mid ${expected}, sent ${sentMidOf(state)}`);
    return;
  }
  await db.transaction('rw', [db.outbox, db.syncState, db.syncLog], async () => {
    const state = await readState(db, ws);
    const gap = resolveGap(state.inflight, expected, sentMidOf(state));
    if (gap.kind === 'newClient') return;
    if (gap.lastMutationId < state.lastMutationId) {
      await logSync(
        db,
        'warn',
        'serverForgot',
        `server expects mid ${expected} but acknowledged ${state.lastMutationId}`,
        {
          expected,
        },
      );
    }
    if (gap.acknowledged.length) await db.outbox.bulkDelete(gap.acknowledged.flatMap((m) => m.seqs));
    state.inflight = gap.renumbered;
    state.lastMutationId = gap.lastMutationId;
    state.sentMid = gap.lastMutationId;
    await writeState(db, state);
  });
}

/** 403 client_taken (the token now belongs to another member): start over with a new client id. */
export async function onClientTaken(db: KyosoDb, ws: string): Promise<void> {
  await db.transaction('rw', [db.syncState, db.syncLog], async () => {
    const state = await readState(db, ws);
    state.clientId = newId();
    state.inflight = state.inflight.map((m, i) => ({ mid: i + 1, seqs: m.seqs }));
    state.lastMutationId = 0;
    state.sentMid = 0;
    await writeState(db, state);
    await logSync(db, 'info', 'newClient', 'client id belongs to another member; using a new one');
  });
}
