/**
 * A device whose clock ran far ahead and was set right again (or whose older app version adopted a
 * far-future HLC from a pull) holds queued writes the server refuses for good: every push with one
 * of them is a 400 clock_skew, and the status asks the user to set a clock that is already right.
 * Before a push, such writes are stamped again from the clock held back to now + 5 min, in queue
 * order (so they keep their order among themselves and stay above everything the server accepted
 * from this device), with the local records' HLCs and later ops' `baseHlc`s that named them.
 * The server never stored any of them (it refuses the whole push), so nothing it holds changes.
 */
import { holdClockBack, isTooFarAhead } from '../../../../common/sync/clockSkew';
import type { Hlc } from '../../../../common/sync/hlc';
import type { Op } from '../../../../common/sync/protocol';
import type { KyosoDb } from '../../data/db';
import { saveClock, type Device } from '../../data/device';
import { putRecords, recordTable, type StoredRecord } from '../../data/recordWrites';
import { logSync } from '../log';
import { recordKey, syncWriteScope } from '../scope';

/** Re-stamps queued writes too far ahead to push; returns how many ops changed. */
export async function restampAhead(db: KyosoDb, device: Device, nowMs = Date.now()): Promise<number> {
  // The clock is never behind a write it issued, so a clock within the limit means none is beyond it.
  if (!isTooFarAhead(device.clock.lastHlc, nowMs)) return 0;
  return db.transaction('rw', syncWriteScope(db), async () => {
    if (!holdClockBack(device.clock, nowMs)) return 0;
    const renamed = new Map<Hlc, Hlc>();
    const touched = new Map<string, Op>();
    const entries = await db.outbox.toArray(); // seq order
    const changed = entries.filter((entry) => {
      let moved = false;
      entry.ops = entry.ops.map((op) => {
        const next = { ...op };
        if (isTooFarAhead(op.hlc, nowMs)) {
          let hlc = renamed.get(op.hlc);
          if (!hlc) renamed.set(op.hlc, (hlc = device.clock.now()));
          next.hlc = hlc;
          touched.set(recordKey(op.table, op.id), op);
          moved = true;
        }
        if (next.op === 'text' && next.baseHlc && renamed.has(next.baseHlc)) {
          next.baseHlc = renamed.get(next.baseHlc)!;
          moved = true;
        }
        return next;
      });
      return moved;
    });
    await db.outbox.bulkPut(changed);
    for (const op of touched.values()) {
      const row = await recordTable(db, op.table).get(op.id);
      if (row) await putRecords(db, op.table, [restamped(row, renamed)]);
    }
    await saveClock(db, device.clock);
    const [first] = renamed.keys();
    if (first) {
      const message = `re-stamped ${renamed.size} queued writes dated ${first} and later`;
      await logSync(db, 'warn', 'restamped', message, { count: renamed.size, hlc: first });
    }
    return renamed.size;
  });
}

/** `row` with every field HLC (and the tombstone's) that was re-stamped replaced. */
function restamped(row: StoredRecord, renamed: ReadonlyMap<Hlc, Hlc>): StoredRecord {
  const hlc = Object.fromEntries(
    Object.entries(row.hlc).map(([field, value]) => [field, renamed.get(value) ?? value]),
  );
  const deletedHlc = row.deletedHlc ? (renamed.get(row.deletedHlc) ?? row.deletedHlc) : row.deletedHlc;
  return { ...row, hlc, deletedHlc };
}
