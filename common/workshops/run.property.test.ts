import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRun, type RunView } from './run';
import type { RunEvent } from './runEvents';

const T0 = Date.UTC(2026, 11, 1, 0, 0);

/** A small id pool, so events name items that are in the plan, elsewhere in it, or gone. */
const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const named = fc.option(ID, { nil: undefined });
const item = fc.record({
  id: ID,
  minutes: fc.oneof(
    fc.integer({ min: 0, max: 120 }),
    fc.constant(Number.NaN),
    fc.constant(-3),
    fc.double({ min: 0, max: 90, noNaN: true }),
  ),
});
const offset = fc.integer({ min: -3_600_000, max: 48 * 3_600_000 });
const event: fc.Arbitrary<RunEvent> = fc.oneof(
  fc.record({
    type: fc.constant('start' as const),
    at: offset,
    late: fc.constantFrom('shift' as const, 'keepEnd' as const),
    item: named,
  }),
  fc.record({ type: fc.constantFrom('pause' as const, 'resume' as const), at: offset }),
  fc.record({ type: fc.constant('next' as const), at: offset, item: fc.oneof(named, fc.constant(null)) }),
  fc.record({ type: fc.constant('previous' as const), at: offset, item: named }),
  fc.record({
    type: fc.constant('extend' as const),
    at: offset,
    minutes: fc.integer({ min: 1, max: 30 }),
    item: named,
  }),
  fc.record({
    type: fc.constant('mode' as const),
    at: offset,
    mode: fc.constantFrom('manual' as const, 'auto' as const),
  }),
);

function times(v: RunView): number[] {
  return [
    v.budgetMs,
    v.elapsedMs,
    v.leftMs,
    v.overtimeMs,
    v.forecastEnd,
    ...v.actuals.flatMap((a) => [a.activeMs, a.budgetMs, a.start ?? 0, a.end ?? 0]),
    v.startedAt ?? 0,
    v.finishedAt ?? 0,
    v.referenceEnd ?? 0,
  ];
}

describe('deriveRun (property)', () => {
  it('no sequence of actions yields negative or NaN times', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { maxLength: 6, selector: (i) => i.id }),
        fc.option(offset, { nil: null }),
        fc.array(event, { maxLength: 30 }),
        offset,
        (items, start, events, now) => {
          const absolute = events.map((e) => ({ ...e, at: T0 + Math.abs(e.at) }));
          const v = deriveRun(
            absolute,
            { items, start: start === null ? null : T0 + start },
            T0 + Math.abs(now),
          );
          for (const t of times(v)) {
            expect(Number.isFinite(t)).toBe(true);
            expect(t).toBeGreaterThanOrEqual(0);
          }
          expect(Number.isFinite(v.deltaMs)).toBe(true);
          for (const a of v.actuals)
            if (a.start !== null && a.end !== null) expect(a.end).toBeGreaterThanOrEqual(a.start);
          expect(v.leftMs === 0 || v.overtimeMs === 0).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
