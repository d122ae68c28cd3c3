/**
 * Push: number the outbox into mutations, persist that plan, then send it in chunks within the
 * server's limits. Replays of a planned mid carry the same ops, so a lost answer is harmless.
 */
import { coalesceEntries, chunkMutations, planMutations, resolveGap } from '../../../common/sync/client/plan';
import type { PendingEntry, PlannedMutation, PushLimits, PlanLimits } from '../../../common/sync/client/plan';
import { DEFAULT_PLAN_LIMITS, DEFAULT_PUSH_LIMITS } from '../../../common/sync/client/plan';
import type { Mutation, Op, PushResponse } from '../../../common/sync/protocol';
import { newId } from '../../../common/records/ids';
import type { KyosoDb } from '../data/db';
import type { OutboxEntry } from '../data/outbox';
import { acknowledgePush } from './push/acknowledge';
import { SyncError, pushBody, type SyncHttp } from './transport';
import { logSync } from './log';
import { readState, writeState, type EngineState } from './state';
import type { SyncFailure } from '../../../common/sync/client/failure';
import type { Device } from '../data/device';
import { Repository } from '../data/repository';

export interface PushProgress {
  pushed: number;
  total: number;
}

export interface PushOptions {
  plan?: PlanLimits;
  chunk?: PushLimits;
  onProgress?: (p: PushProgress) => void;
  /**
   * The install's identity, to set aside a mutation the server can never accept (see
   * `setAside`). Without it such a mutation fails the push as before.
   */
  device?: Device;
  /** Told about each outbox entry set aside, for the status line. */
  onSetAside?: (s: SetAside) => void;
}

/** An outbox entry the server refused on its own (400 malformed, 413 too_large), kept locally. */
export interface SetAside {
  table: string;
  id: string;
  fields: string[];
  code: string;
  /** Whether its content went into a conflict record that syncs (false: kept on this device only). */
  synced: boolean;
}

/** 400s that are about the content of the push (not the protocol version or the clock). */
function refusedForContent(failure: SyncFailure): string | null {
  if (failure.kind === 'tooLarge') return 'too_large';
  if (failure.kind === 'rejected' && failure.status === 400 && failure.code !== 'unsupported_protocol')
    return failure.code || 'malformed';
  return null;
}

/** Entries read for the first page of a push; later pages aim at `PAGE_REQUESTS` requests' worth of ops. */
const FIRST_PAGE = 1_200;
const PAGE_REQUESTS = 2;

/** Mutations planned (and persisted) by one step of a push, with the outbox entries they are built from. */
interface Page {
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
async function planFirst(db: KyosoDb, ws: string, limits: PlanLimits, built: Built): Promise<Page> {
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
async function planNext(
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
  const planned = planMutations(fresh, last + 1, limits, built);
  state.inflight = [...state.inflight, ...planned];
  return planned;
}

/** Coalesced ops of the mutations planned in this push attempt, by mid (see `planMutations`). */
type Built = Map<number, Op[]>;

/** The mutations to send: ops coalesced while planning, or again from the entries (older plans). */
function build(planned: PlannedMutation[], entries: Map<number, PendingEntry>, built: Built): Mutation[] {
  return planned.map((m) => ({
    mid: m.mid,
    ops: built.get(m.mid) ?? coalesceEntries(m.seqs.map((s) => entries.get(s)!)),
  }));
}

/** Pushes everything queued for `ws`; resolves when the server acknowledged all of it. */
export async function pushOutbox(
  db: KyosoDb,
  ws: string,
  http: SyncHttp,
  options: PushOptions = {},
): Promise<number> {
  const planLimits = options.plan ?? DEFAULT_PLAN_LIMITS;
  let chunkLimits = options.chunk ?? DEFAULT_PUSH_LIMITS;
  for (let attempt = 0; ; attempt++) {
    const built: Built = new Map();
    const first = await planFirst(db, ws, planLimits, built);
    if (first.planned.length === 0 && !first.more) return 0;
    // Every mutation planned in this attempt and its entries (pages are added as they are planned).
    const planned = [...first.planned];
    const entries = first.entries;
    const sumSeqs = (ms: PlannedMutation[]) => ms.reduce((n, m) => n + m.seqs.length, 0);
    let total = first.more ? Math.max(sumSeqs(planned), await db.outbox.count()) : sumSeqs(planned);
    let pushed = 0;
    options.onProgress?.({ pushed, total });
    const acknowledge = async (response: PushResponse) => {
      const done = await acknowledgePush(db, ws, response);
      pushed += done.reduce((n, m) => n + m.seqs.length, 0);
      options.onProgress?.({ pushed, total });
    };
    const { clientId } = await readState(db, ws);
    // Pipelined bookkeeping: request n+1 is sent (after its sentMid is saved) while the answer to
    // request n is recorded. Requests themselves stay strictly sequential: the next one leaves only
    // after the previous answer arrived, and every answer is handled only once the previous
    // acknowledgement is committed.
    let acking: Promise<void> | null = null;
    const startAck = (response: PushResponse) => {
      acking = acknowledge(response);
      acking.catch(() => undefined); // awaited by `settle`; an error is raised there
    };
    const settle = async () => {
      const a = acking;
      acking = null;
      if (a) await a;
    };
    // Pipelined planning: the outbox is read and numbered page by page, the next page while the
    // requests of this one are on the wire. A page's plan is persisted before any of its mutations
    // is sent. Before anything else changes the plan (a refused push, a gap, a new identity), the
    // page being planned is awaited, so mids always follow the order of the outbox. The next page
    // is read once a request is on the wire (`ahead` until then): reading decodes the entries on
    // this thread, which would otherwise hold up the request.
    let next: Promise<Page> | null = null;
    let ahead: Page | null = first;
    const planAhead = (page: Page) => {
      const perEntry = page.read ? Math.max(1, page.ops / page.read) : 1;
      const limit = Math.min(
        50_000,
        Math.max(500, Math.ceil((PAGE_REQUESTS * chunkLimits.maxOps) / perEntry)),
      );
      next = page.more ? planNext(db, ws, planLimits, page.cursor, limit, built) : null;
      next?.catch(() => undefined); // awaited by `drain` or the loop; an error is raised there
    };
    const drain = async () => {
      const n = next;
      next = null;
      if (n) await n;
    };
    try {
      let answer: PushResponse | null = null;
      // Planned and persisted, not sent yet.
      let queue = build(first.planned, entries, built);
      let prepared: { chunk: Mutation[]; body: Blob } | null = null;
      for (;;) {
        const chunks = chunkMutations(queue, chunkLimits);
        // While more of the outbox is being planned, the last chunk (maybe not full) waits for it,
        // so requests stay as full as without pages.
        const pending = next !== null || (ahead?.more ?? false);
        const ready = pending ? chunks.slice(0, -1) : chunks;
        if (ready.length === 0) {
          if (!pending) break;
          if (ahead) planAhead(ahead); // no request to overlap with
          ahead = null;
          const page: Page = await next!;
          next = null;
          ahead = page;
          planned.push(...page.planned);
          for (const [seq, e] of page.entries) entries.set(seq, e);
          if (!page.more) total = sumSeqs(planned);
          else total = Math.max(total, sumSeqs(planned));
          queue = [...queue, ...build(page.planned, page.entries, built)];
          continue;
        }
        queue = chunks.slice(ready.length).flat();
        for (let i = 0; i < ready.length; i++) {
          const chunk = ready[i]!;
          // sentMid is saved before the request leaves; its transaction is opened before the
          // acknowledgement's, so the request does not wait for that one to commit.
          const marking = markSent(db, ws, chunk[chunk.length - 1]!.mid);
          if (answer) startAck(answer);
          answer = null;
          const sentMid = await marking;
          const body = prepared?.chunk === chunk ? prepared.body : pushBody(clientId, chunk);
          const sent = http.pushBody(body);
          if (ahead) planAhead(ahead);
          ahead = null;
          // The next body is built while this request is on the wire.
          const after = ready[i + 1];
          prepared = after ? { chunk: after, body: pushBody(clientId, after) } : null;
          const response = await sent.catch(async (e: unknown) => {
            await settle();
            await drain();
            const code = e instanceof SyncError && options.device ? refusedForContent(e.failure) : null;
            if (!code) throw e;
            // A push refused for its content stores nothing. Bisect: halve the chunk until a single
            // mutation is refused alone, then split it into its outbox entries, then set the one
            // refused entry aside. Bisecting costs no retry attempt: every step makes progress.
            if (chunk.length > 1) {
              chunkLimits = { ...chunkLimits, maxMutations: Math.max(1, Math.floor(chunk.length / 2)) };
            } else if (planned.find((m) => m.mid === chunk[0]!.mid)!.seqs.length > 1) {
              await isolateEntries(db, ws, chunk[0]!.mid);
            } else {
              const seq = planned.find((m) => m.mid === chunk[0]!.mid)!.seqs[0]!;
              options.onSetAside?.(await setAside(db, ws, options.device!, entries.get(seq)!, code));
            }
            throw new Replan();
          });
          await settle();
          if (response.lastMutationId > sentMid) {
            // The server counts mids this install never sent: another install shares this clientId
            // (e.g. restored from a backup) and our mids were taken for its replays. Nothing of this
            // answer is an acknowledgement; start over under a new identity (see resolveGap).
            await drain();
            await newIdentity(db, ws, `server acknowledged mid ${response.lastMutationId}, sent ${sentMid}`);
            throw new IdentityReset();
          }
          answer = response;
        }
      }
      if (answer) startAck(answer);
      await settle();
      return pushed;
    } catch (e) {
      // Never leave an acknowledgement or a page being planned running behind the handling of a failure.
      await settle();
      await drain().catch(() => undefined);
      if (e instanceof Replan) {
        attempt--;
        continue;
      }
      if (e instanceof IdentityReset && attempt < 3) continue;
      if (!(e instanceof SyncError) || attempt >= 3) throw e;
      if (e.failure.kind === 'mutationGap') await onGap(db, ws, e.failure.expected);
      else if (e.failure.kind === 'clientTaken') await onClientTaken(db, ws);
      else throw e;
    }
  }
}

/** Thrown inside a push attempt after the identity was replaced: plan again and resend. */
class IdentityReset extends Error {}

/** Thrown inside a push attempt after the plan was narrowed around a refused mutation. */
class Replan extends Error {}

/**
 * A mutation built from several outbox entries was refused alone: plan each entry as its own
 * mutation (same mid onwards; the server stored nothing for the refused mid), so the next attempt
 * finds the one entry at fault. Later planned mutations were not accepted either; they are planned
 * again after these.
 */
async function isolateEntries(db: KyosoDb, ws: string, mid: number): Promise<void> {
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
async function setAside(
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

/** Records that mids up to `mid` are about to be sent; returns the highest mid ever sent. */
async function markSent(db: KyosoDb, ws: string, mid: number): Promise<number> {
  return db.transaction('rw', [db.syncState], async () => {
    const state = await readState(db, ws);
    const sentMid = Math.max(sentMidOf(state), mid);
    if (sentMid !== state.sentMid) await writeState(db, { ...state, sentMid });
    return sentMid;
  });
}

/** The highest mid sent under the current clientId (state from older versions: what was planned). */
function sentMidOf(state: EngineState): number {
  return state.sentMid ?? Math.max(state.lastMutationId, ...state.inflight.map((m) => m.mid));
}

/**
 * Switches to a fresh clientId: numbering restarts at 1 and every outbox entry still queued is
 * planned again on the next attempt. Nothing is dropped; re-sending what the server may already
 * have is harmless (last-writer-wins on the same HLC; a text already stored merges cleanly).
 */
async function newIdentity(db: KyosoDb, ws: string, why: string): Promise<void> {
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
async function onGap(db: KyosoDb, ws: string, expected: number): Promise<void> {
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
async function onClientTaken(db: KyosoDb, ws: string): Promise<void> {
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
