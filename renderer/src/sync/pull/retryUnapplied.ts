/**
 * Changes kept unapplied by an older version of the app are tried again by a newer one (a field
 * this version now knows, a value it now accepts). A kept change is old: it applies only where it
 * is newer than what the record holds now, so a later pull's state is never reverted. What still
 * cannot be applied stays kept, marked as tried by this version.
 */
import { isTooFarAhead } from '../../../../common/sync/clockSkew';
import { applyRemoteChange } from '../../../../common/sync/client/apply';
import { decodeChanges } from '../../../../common/sync/client/decodePage';
import type { Change, FieldState } from '../../../../common/sync/protocol';
import type { KyosoDb } from '../../data/db';
import type { Device } from '../../data/device';
import { saveClock } from '../../data/device';
import { fromLocalState, putRecords, recordTable, toLocalState } from '../../data/recordWrites';
import { unappliedChangesOf, type UnappliedChangeRow } from '../../data/unappliedChanges';
import { logSync } from '../log';
import { recordKey, syncWriteScope } from '../scope';
import { observeCapped } from './applyPage';
import { pendingFields } from './pendingFields';

/** Tries every change of `ws` kept by another app version; returns how many were applied. */
export async function retryUnapplied(
  db: KyosoDb,
  device: Device,
  ws: string,
  appVersion: string,
): Promise<number> {
  const stale = (await unappliedChangesOf(db, ws)).filter((r) => r.appVersion !== appVersion);
  if (stale.length === 0) return 0;
  return db.transaction('rw', syncWriteScope(db), async () => {
    let applied = 0;
    for (const row of stale) {
      const { changes, unapplied } = decodeChanges([row.raw]);
      if (unapplied.length > 0 || changes.length !== 1) {
        await db.unappliedChanges.update(row.seq!, {
          appVersion,
          reason: unapplied[0]?.reason ?? row.reason,
        });
        continue;
      }
      await applyNewer(db, device, ws, changes[0]!);
      await db.unappliedChanges.delete(row.seq!);
      await logApplied(db, row);
      applied++;
    }
    await saveClock(db, device.clock);
    return applied;
  });
}

async function applyNewer(db: KyosoDb, device: Device, ws: string, change: Change): Promise<void> {
  const local = await recordTable(db, change.table).get(change.id);
  const newer: Record<string, FieldState> = {};
  const now = Date.now();
  for (const [field, state] of Object.entries(change.fields)) {
    const current = local && Object.hasOwn(local.hlc, field) ? local.hlc[field]! : '';
    // An HLC dated far ahead orders after everything, but the server replaces such a value at the
    // next edit (protocol 1.12): what the record holds now, pulled since, is the later state.
    if (current && isTooFarAhead(state.hlc, now)) continue;
    if (state.hlc > current) newer[field] = state;
  }
  const key = recordKey(change.table, change.id);
  const pending = (await pendingFields(db, ws, [[change.table, change.id]])).get(key) ?? new Set();
  const out = applyRemoteChange(local && toLocalState(local), { ...change, fields: newer }, pending);
  let newest = '';
  for (const hlc of out.seen) if (hlc > newest) newest = hlc;
  if (newest) await observeCapped(db, device, newest);
  if (!out.changed) return;
  const at = new Date().toISOString();
  await putRecords(db, change.table, [fromLocalState(out.state, local, change.id, ws, at)]);
}

function logApplied(db: KyosoDb, row: UnappliedChangeRow): Promise<number> {
  const what = `${row.table ?? '?'}/${row.recordId ?? '?'}${row.field ? `.${row.field}` : ''}`;
  return logSync(db, 'info', 'unappliedApplied', `applied ${what}, kept since ${row.keptAt}`, {
    what,
    since: row.keptAt,
  });
}
