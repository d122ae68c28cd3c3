/**
 * Convergence of the per-field HLC merge a restore uses (fast-check): copies of one record that
 * saw different writes end up identical whatever order they are merged in, merging is idempotent,
 * and a tombstone is never undone. Each HLC stands for one write, so it decides its value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc';
import type { BackupRow } from './backupFormat';
import { mergeRecord } from './backupMerge';

const FIELDS = ['title', 'rawText', 'status'] as const;

interface Write {
  field: (typeof FIELDS)[number] | 'delete';
  millis: number;
  counter: number;
  node: string;
}

const write: fc.Arbitrary<Write> = fc.record({
  field: fc.constantFrom(...FIELDS, 'delete' as const),
  millis: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_050 }),
  counter: fc.integer({ min: 0, max: 3 }),
  node: fc.constantFrom('000000000000000a', '000000000000000b', '000000000000000c'),
});

/** A copy of the record that has seen `writes` (applied as the app would: per field, greatest HLC). */
function copyOf(writes: readonly Write[]): BackupRow {
  const row: BackupRow = {
    id: 'r1',
    workspaceId: 'w',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    hlc: { title: formatHlc({ millis: 0, counter: 0, node: '0000000000000000' }) },
    title: 'origin',
    deleted: 0,
    deletedHlc: null,
  };
  for (const w of writes) {
    const stamp = formatHlc(w);
    if (w.field === 'delete') {
      row.deleted = 1;
      row.deletedHlc = !row.deletedHlc || stamp > (row.deletedHlc as string) ? stamp : row.deletedHlc;
      continue;
    }
    const stamps = row.hlc as Record<string, string>;
    if (stamps[w.field] === undefined || stamp > stamps[w.field]!) {
      row.hlc = { ...stamps, [w.field]: stamp };
      row[w.field] = `value of ${stamp}`; // one HLC is one write: it decides the value
    }
  }
  return row;
}

const merge = (local: BackupRow, incoming: BackupRow) => mergeRecord(local, incoming) ?? local;
/** What a user can see of a record: fields, stamps and the tombstone, not bookkeeping times. */
const content = ({ updatedAt: _u, createdAt: _c, ...rest }: BackupRow) => rest;

const copies = fc
  .array(fc.array(write, { maxLength: 8 }), { minLength: 2, maxLength: 4 })
  .map((ws) => ws.map(copyOf));

describe('restore merge', () => {
  it('converges: every merge order of the same copies gives the same record', () => {
    fc.assert(
      fc.property(copies, fc.func(fc.integer()), (rows, rank) => {
        const forward = rows.reduce(merge);
        const shuffled = [...rows].sort((a, b) => rank(a) - rank(b)).reduce(merge);
        const backward = [...rows].reverse().reduce(merge);
        expect(content(shuffled)).toEqual(content(forward));
        expect(content(backward)).toEqual(content(forward));
      }),
    );
  });

  it('is idempotent: merging a copy into itself or twice changes nothing', () => {
    fc.assert(
      fc.property(copies, ([a, b]) => {
        expect(mergeRecord(a!, a!)).toBeNull();
        const once = merge(a!, b!);
        expect(mergeRecord(once, b!)).toBeNull();
      }),
    );
  });

  it('keeps the newest write of every field and never undoes a tombstone', () => {
    fc.assert(
      fc.property(copies, (rows) => {
        const merged = rows.reduce(merge);
        const all = copyOf([]); // the union of every copy's writes, applied at once
        for (const row of rows) {
          for (const [field, stamp] of Object.entries(row.hlc as Record<string, string>)) {
            if (stamp > (all.hlc as Record<string, string>)[field]! || !(field in (all.hlc as object))) {
              all.hlc = { ...(all.hlc as object), [field]: stamp };
              all[field] = row[field];
            }
          }
          if (row.deleted === 1) {
            all.deleted = 1;
            if (!all.deletedHlc || (row.deletedHlc as string) > (all.deletedHlc as string))
              all.deletedHlc = row.deletedHlc;
          }
        }
        expect(content(merged)).toEqual(content(all));
      }),
    );
  });

  it('a field the validator filled with its fallback is no change on its own (restoring twice writes nothing)', () => {
    const local = copyOf([]);
    const incoming = { ...local, sourceWorkshopId: '' }; // unstamped: a field newer than the record
    expect(mergeRecord(local, incoming)).toBeNull();
    const edited = copyOf([
      { field: 'title', millis: 1_700_000_000_001, counter: 0, node: '000000000000000a' },
    ]);
    expect(mergeRecord(local, { ...edited, sourceWorkshopId: '' })).toMatchObject({ sourceWorkshopId: '' });
  });
});
