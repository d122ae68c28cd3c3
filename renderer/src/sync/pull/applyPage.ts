/**
 * Applies a pulled page to the local records, field by field (`applyRemoteChange`), together with
 * the cursor that ends it, in one transaction. Only `decodePage`d changes arrive here.
 */
import type { Table } from 'dexie';
import type { SyncedTable } from '../../../../common/records/tables';
import { RECORD_ENVELOPE_KEYS } from '../../../../common/records/types';
import type { Change } from '../../../../common/sync/protocol';
import { capToSkewLimit } from '../../../../common/sync/clockSkew';
import { parseHlc } from '../../../../common/sync/hlc';
import { applyRemoteChange } from '../../../../common/sync/client/apply';
import type { KyosoDb } from '../../data/db';
import type { Device } from '../../data/device';
import { saveClock } from '../../data/device';
import {
  fromLocalState,
  putRecords,
  recordTable,
  toLocalState,
  type StoredRecord,
} from '../../data/recordWrites';
import { logSync } from '../log';
import { readState, writeState } from '../state';
import { recordKey, syncWriteScope, withoutKey } from '../scope';
import { pendingFields } from './pendingFields';
import { settleHeld } from './settleHeld';

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
  store: Table<StoredRecord, string>,
  ids: string[],
): Promise<(StoredRecord | undefined)[]> {
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
  return db.transaction('rw', syncWriteScope(db), async () => {
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
      const locals = await storedRecords(
        recordTable(db, table),
        list.map((c) => c.id),
      );
      const writes: StoredRecord[] = [];
      list.forEach((change, i) => {
        const fields = Object.fromEntries(
          Object.entries(change.fields).filter(([f]) => !RECORD_ENVELOPE_KEYS.has(f)),
        );
        const local = locals[i];
        const key = recordKey(table, change.id);
        const out = applyRemoteChange(
          local && toLocalState(local),
          { ...change, fields },
          pending.get(key) ?? new Set(),
        );
        for (const hlc of out.seen) if (hlc > newest) newest = hlc;
        // The record's newest server state: it replaces anything held for it before.
        state.held = Object.keys(out.held).length
          ? { ...state.held, [key]: out.held }
          : withoutKey(state.held, key);
        if (out.changed || local?.workspaceId !== ws)
          writes.push(fromLocalState(out.state, local, change.id, ws, at));
      });
      await putRecords(db, table, writes);
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
  const capped = capToSkewLimit(newest, Date.now());
  device.clock.observe(capped);
  if (capped === newest) return;
  await logSync(
    db,
    'warn',
    'futureHlc',
    `a pulled change is dated ${new Date(parseHlc(newest).millis).toISOString()}; clock not moved past now + 5 min`,
    {
      hlc: newest,
    },
  );
}
