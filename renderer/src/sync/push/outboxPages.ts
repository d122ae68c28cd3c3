/**
 * Outbox paging for a push: the outbox is numbered into mutations page by page, and each page's
 * plan is persisted (in `syncState.inflight`) before any of its mutations is sent, so a replay
 * after a lost answer carries exactly the same ops.
 */
import { coalesceEntries, planMutations } from '../../../../common/sync/client/plan';
import type { PendingEntry, PlannedMutation, PlanLimits } from '../../../../common/sync/client/plan';
import type { Mutation, Op } from '../../../../common/sync/protocol';
import type { KyosoDb } from '../../data/db';
import type { OutboxEntry } from '../../data/outbox';
import { readState, writeState, type EngineState } from '../state';

/** Entries read for the first page of a push; later pages aim at `PAGE_REQUESTS` requests' worth of ops. */
export const FIRST_PAGE = 1_200;
export const PAGE_REQUESTS = 2;

/** Mutations planned (and persisted) by one step of a push, with the outbox entries they are built from. */
export interface Page {
  planned: PlannedMutation[];
  entries: Map<number, PendingEntry>;
  /** Highest seq read so far: the next page starts above it. */
  cursor: number;
  /** Whether the outbox may hold more entries above `cursor`. */
  more: boolean;
  /** Outbox entries read (any workspace), for the size of the next page. */
  read: number;
  ops: number;
}

/**
 * Entries per read of a page. Each read's values are decoded on this thread in one go: a page of
 * ~3,000 entries read at once held the answer of the request on the wire for 100-200 ms, so the
 * next request left late. Between small reads (~15 ms of decoding each) the answer is handled
 * as soon as it arrives.
 */
const READ_STEP = 200;

/** Up to `limit` outbox entries above `cursor` (every workspace), in seq order. */
async function readPage(db: KyosoDb, cursor: number, limit: number) {
  const rows: OutboxEntry[] = [];
  for (let from = cursor; rows.length < limit;) {
    const want = Math.min(READ_STEP, limit - rows.length);
    const step = await db.outbox.where(':id').above(from).limit(want).toArray();
    for (const e of step) rows.push(e);
    if (step.length < want) break;
    from = step[step.length - 1]!.seq!;
  }
  return {
    rows,
    cursor: rows.length ? rows[rows.length - 1]!.seq! : cursor,
    more: rows.length === limit,
    ops: rows.reduce((n, e) => n + e.ops.length, 0),
  };
}

/**
 * The first step of a push: the mutations planned before (older unacknowledged ones, kept exactly
 * as planned) and the first page of the outbox numbered after them, persisted together.
 */
export async function planFirst(db: KyosoDb, ws: string, limits: PlanLimits, built: Built): Promise<Page> {
  return db.transaction('rw', [db.outbox, db.syncState], async () => {
    const state = await readState(db, ws);
    const seqs = state.inflight.flatMap((m) => m.seqs);
    const old = seqs.length ? await db.outbox.bulkGet(seqs) : [];
    const entries = new Map<number, PendingEntry>();
    for (const e of old) if (e && e.workspaceId === ws) entries.set(e.seq!, { seq: e.seq!, ops: e.ops });
    // A planned mutation whose entries are gone was acknowledged in a transaction that also removed it;
    // keep the rest exactly as planned.
    const planned = state.inflight.filter((m) => m.seqs.every((s) => entries.has(s)));
    state.inflight = planned;
    const page = await readPage(db, 0, FIRST_PAGE);
    const fresh = numberFresh(state, page.rows, ws, limits, entries, built);
    await writeState(db, state);
    return { planned: [...planned, ...fresh], entries, ...page, read: page.rows.length };
  });
}

/**
 * The next page of the outbox, numbered after everything planned. It is read in its own
 * read-only transaction (a request and the bookkeeping of the previous answer go on meanwhile:
 * neither touches entries above `cursor`, which are only ever appended) and the plan is persisted
 * before any of its mutations is sent.
 */
export async function planNext(
  db: KyosoDb,
  ws: string,
  limits: PlanLimits,
  cursor: number,
  limit: number,
  built: Built,
): Promise<Page> {
  const page = await readPage(db, cursor, limit);
  const entries = new Map<number, PendingEntry>();
  const planned = await db.transaction('rw', [db.syncState], async () => {
    const state = await readState(db, ws);
    const fresh = numberFresh(state, page.rows, ws, limits, entries, built);
    if (fresh.length) await writeState(db, state);
    return fresh;
  });
  return { planned, entries, ...page, read: page.rows.length };
}

/**
 * Numbers the entries of `ws` among `rows` that no planned mutation holds, after every mid
 * acknowledged or planned, and appends them to `state.inflight` (the caller persists it).
 */
function numberFresh(
  state: EngineState,
  rows: OutboxEntry[],
  ws: string,
  limits: PlanLimits,
  entries: Map<number, PendingEntry>,
  built: Built,
): PlannedMutation[] {
  const taken = new Set(state.inflight.flatMap((m) => m.seqs));
  const fresh: PendingEntry[] = [];
  for (const e of rows) {
    if (e.workspaceId !== ws || taken.has(e.seq!)) continue;
    const entry = { seq: e.seq!, ops: e.ops };
    entries.set(entry.seq, entry);
    fresh.push(entry);
  }
  if (!fresh.length) return [];
  let last = state.lastMutationId;
  for (const m of state.inflight) if (m.mid > last) last = m.mid;
  const alone = new Set(state.alone ?? []);
  const planned = planMutations(fresh, last + 1, limits, built, alone);
  state.inflight = [...state.inflight, ...planned];
  // Planned alone and persisted: the flag has done its work.
  if (alone.size) state.alone = (state.alone ?? []).filter((s) => !entries.has(s));
  return planned;
}

/** Coalesced ops of the mutations planned in this push attempt, by mid (see `planMutations`). */
export type Built = Map<number, Op[]>;

/** The mutations to send: ops coalesced while planning, or again from the entries (older plans). */
export function build(
  planned: PlannedMutation[],
  entries: Map<number, PendingEntry>,
  built: Built,
): Mutation[] {
  return planned.map((m) => ({
    mid: m.mid,
    ops: built.get(m.mid) ?? coalesceEntries(m.seqs.map((s) => entries.get(s)!)),
  }));
}
