/**
 * The ONLY writer of record tables besides `Repository`. Pulled records must not go through
 * the repositories (they would queue outbox ops and echo the server's data back), so every
 * direct record write of sync lives here, each in one Dexie transaction:
 * - `applyPulledPage`: a pulled page and the cursor that ends it, together;
 * - `acknowledgePush`: drop acknowledged outbox entries;
 * - `restampLocalWorkspace`: move a never-synced workspace's records into another, queued whole.
 */
import type { Table } from 'dexie';
import { SYNCED_TABLES, type SyncedTable } from '../../../common/records/tables';
import { RECORD_ENVELOPE_KEYS, type RecordMeta } from '../../../common/records/types';
import type { Change, FieldState, JsonValue, Op, PushResponse } from '../../../common/sync/protocol';
import { MAX_CLOCK_SKEW_MS } from '../../../common/sync/protocol';
import { formatHlc } from '../../../common/sync/hlc';
import { applyRemoteChange, settleAfterAck, type LocalState } from '../../../common/sync/client/apply';
import type { PlannedMutation } from '../../../common/sync/client/plan';
import type { KyosoDb } from '../data/db';
import type { Device } from '../data/device';
import { saveClock } from '../data/device';
import type { OutboxEntry } from '../data/outbox';
import { logSync } from './log';
import { readState, writeState, type EngineState } from './state';

type AnyRecord = RecordMeta & Record<string, unknown>;

const recordKey = (table: string, id: string) => `${table}/${id}`;

function tables(db: KyosoDb): Table[] {
  return [...SYNCED_TABLES.map((t) => db.table(t)), db.syncState, db.outbox, db.meta, db.syncLog];
}

function toLocal(record: AnyRecord): LocalState {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!RECORD_ENVELOPE_KEYS.has(k)) fields[k] = v;
  return {
    fields,
    hlc: record.hlc ?? {},
    deleted: record.deleted === 1,
    deletedHlc: record.deletedHlc ?? null,
  };
}

function toRecord(
  state: LocalState,
  base: AnyRecord | undefined,
  id: string,
  ws: string,
  at: string,
): AnyRecord {
  return {
    ...state.fields,
    id,
    workspaceId: ws,
    createdAt: base?.createdAt ?? at,
    updatedAt: at,
    hlc: state.hlc,
    deleted: state.deleted ? 1 : 0,
    deletedHlc: state.deletedHlc,
  } as AnyRecord;
}

/** Fields with a pending local op, by `table/id`, for the given records (inside the transaction). */
async function pendingFields(
  db: KyosoDb,
  ws: string,
  keys: [string, string][],
): Promise<Map<string, Set<string>>> {
  const pending = new Map<string, Set<string>>();
  if (keys.length === 0) return pending;
  const entries = await db.outbox.where('[table+id]').anyOf(keys).toArray();
  for (const entry of entries) {
    if (entry.workspaceId !== ws) continue;
    const key = recordKey(entry.table, entry.id);
    const set = pending.get(key) ?? new Set<string>();
    for (const op of entry.ops) if (op.op !== 'delete') set.add(op.field);
    pending.set(key, set);
  }
  return pending;
}

/** Below this many ids a page reads its records directly (the probe would not pay off). */
const PROBE_MIN = 64;

/**
 * The stored records of `ids` (undefined where there is none), like `bulkGet`, but reading only ids
 * the store holds: one keys-only request over the page's id range comes first. A get of a missing
 * key costs about as much as a hit (1,000 misses: ~25 ms in Chromium), and a device pulling a
 * workspace for the first time has none of them. When the range holds many more keys than the
 * page (ids scattered over a large table), the page's ids are read as they are.
 */
async function storedRecords(
  store: Table<AnyRecord, string>,
  ids: string[],
): Promise<(AnyRecord | undefined)[]> {
  if (ids.length < PROBE_MIN) return store.bulkGet(ids);
  let lo = ids[0]!;
  let hi = ids[0]!;
  for (const id of ids) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  const cap = ids.length * 4;
  const inRange = await store
    .where(':id')
    .between(lo, hi, true, true)
    .limit(cap + 1)
    .primaryKeys();
  if (inRange.length > cap) return store.bulkGet(ids);
  const held = new Set(inRange);
  const present = ids.filter((id) => held.has(id));
  const rows = present.length ? await store.bulkGet(present) : [];
  const byId = new Map(present.map((id, i) => [id, rows[i]]));
  return ids.map((id) => byId.get(id));
}

/**
 * Applies one pulled page field by field (see `applyRemoteChange`) and saves `cursor` in the
 * same transaction, so a page is either applied with its cursor or not at all. A pulled state
 * supersedes what was held for the record; on the `last` page of a pull, held states of fields
 * no longer pending are applied (see `settleHeld`).
 */
export async function applyPulledPage(
  db: KyosoDb,
  device: Device,
  ws: string,
  changes: readonly Change[],
  cursor: string,
  last = false,
): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    const state = await readState(db, ws);
    const at = new Date().toISOString();
    const pending = await pendingFields(
      db,
      ws,
      changes.map((c) => [c.table, c.id]),
    );
    const byTable = new Map<SyncedTable, Change[]>();
    for (const c of changes) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
    let applied = 0;
    // Observing only the newest HLC of the page moves the clock just as far, at a fraction of the parsing.
    let newest = '';
    for (const [table, list] of byTable) {
      const store = db.table<AnyRecord, string>(table);
      const locals = await storedRecords(
        store,
        list.map((c) => c.id),
      );
      const writes: AnyRecord[] = [];
      list.forEach((change, i) => {
        const fields = Object.fromEntries(
          Object.entries(change.fields).filter(([f]) => !RECORD_ENVELOPE_KEYS.has(f)),
        );
        const local = locals[i];
        const key = recordKey(table, change.id);
        const out = applyRemoteChange(
          local && toLocal(local),
          { ...change, fields },
          pending.get(key) ?? new Set(),
        );
        for (const hlc of out.seen) if (hlc > newest) newest = hlc;
        // The record's newest server state: it replaces anything held for it before.
        state.held = Object.keys(out.held).length
          ? { ...state.held, [key]: out.held }
          : withoutKey(state.held, key);
        if (out.changed || local?.workspaceId !== ws)
          writes.push(toRecord(out.state, local, change.id, ws, at));
      });
      if (writes.length) await store.bulkPut(writes);
      applied += writes.length;
    }
    if (newest) await observeCapped(db, device, newest);
    state.cursor = cursor;
    if (last) await settleHeld(db, state);
    await writeState(db, state);
    await saveClock(db, device.clock);
    return applied;
  });
}

/**
 * Moves the clock past a pulled HLC, but never beyond the wall clock + 5 minutes (the server's
 * clock_skew limit; the server refuses ops further ahead). An HLC far in the future from a broken
 * or hostile peer would otherwise be adopted by the clock, and every later local write of this
 * device would carry it: each push a 400 clock_skew, for good. The field keeps the value it won
 * with; only the clock is held back, and the event is logged.
 */
async function observeCapped(db: KyosoDb, device: Device, newest: string): Promise<void> {
  const limitMs = Date.now() + MAX_CLOCK_SKEW_MS - 1000;
  if (Date.parse(newest.slice(0, 24)) <= limitMs) {
    device.clock.observe(newest);
    return;
  }
  device.clock.observe(formatHlc({ millis: limitMs, counter: 0, node: device.nodeId }));
  await logSync(
    db,
    'warn',
    'futureHlc',
    `a pulled change is dated ${newest.slice(0, 24)}; clock not moved past now + 5 min`,
    {
      hlc: newest,
    },
  );
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

export async function acknowledgePush(
  db: KyosoDb,
  ws: string,
  response: PushResponse,
): Promise<PlannedMutation[]> {
  return db.transaction('rw', tables(db), async () => {
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

function withoutKey<V>(map: Record<string, V>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => k !== key));
}

/**
 * At the end of a pull (inside its last page's transaction): held remote states whose fields have
 * no pending op any more are applied. The pull brought every record the server changed since the
 * held state was pulled, and replaced its held state; what is still held belongs to a record the
 * server did not change, so the held state is exactly the server's (our write lost, became a
 * conflict record, or hit a tombstone).
 */
async function settleHeld(db: KyosoDb, state: EngineState): Promise<void> {
  const keys = Object.keys(state.held);
  if (keys.length === 0) return;
  const pairs = keys.map((k) => k.split('/') as [string, string]);
  const pending = await pendingFields(db, state.workspaceId, pairs);
  const at = new Date().toISOString();
  for (const [table, id] of pairs) {
    const key = recordKey(table, id);
    const store = db.table<AnyRecord, string>(table);
    const local = await store.get(id);
    const held: Record<string, FieldState> = state.held[key] ?? {};
    if (!local) {
      state.held = withoutKey(state.held, key);
      continue;
    }
    const stillPending = pending.get(key) ?? new Set<string>();
    const settled = settleAfterAck(toLocal(local), held, stillPending);
    if (settled) await store.put(toRecord(settled.state, local, id, state.workspaceId, at));
    const rest = Object.fromEntries(Object.entries(held).filter(([f]) => stillPending.has(f)));
    state.held = Object.keys(rest).length ? { ...state.held, [key]: rest } : withoutKey(state.held, key);
  }
}

/**
 * The ops that recreate a record on a server that has never seen it (every field, base null),
 * except the fields (and the delete) that `queued` already has an op for: the pending op carries
 * them, and a second text op with a null base on the same field would be a conflict on the server.
 */
function fullOps(
  table: SyncedTable,
  record: AnyRecord,
  textFields: ReadonlySet<string>,
  queued: ReadonlySet<string> = new Set(),
): Op[] {
  const ops: Op[] = [];
  // Writes queued after a pending delete would reach the server as writes to a deleted record
  // (conflict records); the delete is the record's last word.
  if (queued.has(DELETE)) return ops;
  for (const [field, value] of Object.entries(toLocal(record).fields)) {
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
  textFieldsOf: (t: SyncedTable) => ReadonlySet<string>,
  onProgress?: (p: RestampProgress) => void,
): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    const outbox = await db.outbox.toArray();
    const records = new Map<SyncedTable, AnyRecord[]>();
    for (const table of SYNCED_TABLES) {
      // Handled generically: only the envelope and the synced fields are read.
      records.set(table, (await db.inWorkspace(table, from).toArray()) as unknown as AnyRecord[]);
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
      const store = db.table<AnyRecord, string>(table);
      const added: OutboxEntry[] = [];
      for (const record of list) {
        const ops = fullOps(table, record, textFieldsOf(table), queued.get(recordKey(table, record.id)));
        if (ops.length) added.push({ workspaceId: to, table, id: record.id, ops, createdAt: now });
        record.workspaceId = to;
      }
      // Outbox order (seq) follows the records' order, as before; the entries are not counted in `total`.
      for (let i = 0; i < added.length; i += RESTAMP_CHUNK)
        await db.outbox.bulkAdd(added.slice(i, i + RESTAMP_CHUNK));
      await write(list, (chunk) => store.bulkPut(chunk));
      moved += list.length;
    }
    await db.meta.put({ key: 'workspaceId', value: to });
    return moved;
  });
}
