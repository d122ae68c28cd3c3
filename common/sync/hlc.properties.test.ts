/**
 * Laws of the hybrid logical clock over generated clocks and wall times (fast-check): string order
 * is causal order, `maxHlc` is a proper join, and a clock never goes backwards or falls behind
 * what it observed — whatever the wall clock does (steps back, stands still, jumps ahead).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HlcClock, formatHlc, isHlc, maxHlc, parseHlc, type HlcParts } from './hlc';

const MAX_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999); // four-digit years keep the layout fixed
const node = fc.stringMatching(/^[0-9a-f]{16}$/);
const parts: fc.Arbitrary<HlcParts> = fc.record({
  millis: fc.integer({ min: 0, max: MAX_MILLIS }),
  counter: fc.integer({ min: 0, max: 0xffff }),
  node,
});
const hlc = parts.map(formatHlc);

const causal = (a: HlcParts, b: HlcParts) =>
  a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);

describe('HLC layout', () => {
  it('formats and parses back to the same parts, always matching the pattern', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const s = formatHlc(p);
        expect(isHlc(s)).toBe(true);
        expect(parseHlc(s)).toEqual(p);
      }),
    );
  });

  it('plain string comparison is causal order (millis, then counter, then node)', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const byString = Math.sign(formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0);
        expect(byString).toBe(Math.sign(causal(a, b)));
      }),
    );
  });
});

describe('maxHlc is a join', () => {
  const maybe = fc.option(hlc, { nil: null });
  it('is commutative, associative and idempotent, with null as identity', () => {
    fc.assert(
      fc.property(maybe, maybe, maybe, (a, b, c) => {
        expect(maxHlc(a, b)).toBe(maxHlc(b, a));
        expect(maxHlc(maxHlc(a, b), c)).toBe(maxHlc(a, maxHlc(b, c)));
        expect(maxHlc(a, a)).toBe(a);
        expect(maxHlc(a, null)).toBe(a);
      }),
    );
  });

  it('returns one of its arguments, never less than either', () => {
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        const m = maxHlc(a, b)!;
        expect([a, b]).toContain(m);
        expect(m >= a && m >= b).toBe(true);
      }),
    );
  });
});

type Step = { kind: 'now'; wall: number } | { kind: 'observe'; remote: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('now' as const), wall: fc.integer({ min: 0, max: MAX_MILLIS - 1000 }) }),
  fc.record({
    kind: fc.constant('observe' as const),
    remote: fc
      .record({
        millis: fc.integer({ min: 0, max: MAX_MILLIS - 1000 }),
        counter: fc.integer({ min: 0, max: 0xfffe }),
        node,
      })
      .map(formatHlc),
  }),
);

describe('HlcClock', () => {
  it('issues strictly increasing stamps that sort after everything it observed, whatever the wall clock does', () => {
    fc.assert(
      fc.property(node, fc.array(step, { maxLength: 60 }), (self, steps) => {
        let wall = 0;
        const clock = new HlcClock(self, () => wall);
        let last = '';
        let seen = '';
        for (const s of steps) {
          if (s.kind === 'observe') {
            clock.observe(s.remote);
            seen = maxHlc(seen || null, s.remote)!;
            continue;
          }
          wall = s.wall;
          const stamp = clock.now();
          expect(isHlc(stamp)).toBe(true);
          expect(stamp > last).toBe(true);
          expect(stamp > seen).toBe(true);
          expect(parseHlc(stamp).node).toBe(self);
          last = stamp;
        }
      }),
    );
  });

  it('a clock restarted from its persisted last stamp never repeats or goes back', () => {
    fc.assert(
      fc.property(
        node,
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 10_000 }),
        (self, walls, wallAfter) => {
          let wall = 0;
          const clock = new HlcClock(self, () => wall);
          let last = '';
          for (const w of walls) {
            wall = w;
            last = clock.now();
          }
          const restarted = new HlcClock(self, () => wallAfter, clock.lastHlc);
          expect(restarted.now() > last).toBe(true);
        },
      ),
    );
  });
});
