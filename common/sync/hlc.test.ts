import { describe, expect, it } from 'vitest';
import { HlcClock, formatHlc, isHlc, isReadableHlc, maxHlc, newNodeId, parseHlc } from './hlc';

const NODE = '0123456789abcdef';

describe('HLC format', () => {
  it('round-trips through format and parse', () => {
    const hlc = formatHlc({ millis: Date.UTC(2026, 10, 27, 10), counter: 0x12, node: NODE });
    expect(hlc).toBe('2026-11-27T10:00:00.000Z-0012-0123456789abcdef');
    expect(parseHlc(hlc)).toEqual({ millis: Date.UTC(2026, 10, 27, 10), counter: 0x12, node: NODE });
  });

  it('accepts only the exact layout', () => {
    expect(isHlc('2026-11-27T10:00:00.000Z-0000-0123456789abcdef')).toBe(true);
    for (const bad of [
      '2026-11-27T10:00:00Z-0000-0123456789abcdef',
      '2026-11-27T10:00:00.000Z-0000-0123456789ABCDEF',
      '2026-11-27T10:00:00.000Z-000-0123456789abcdef',
      '2026-13-45T10:00:00.000Z-0000-0123456789abcdef',
      ' 2026-11-27T10:00:00.000Z-0000-0123456789abcdef',
      42,
      null,
    ]) {
      expect(isHlc(bad), String(bad)).toBe(false);
    }
  });

  it('accepts only real UTC times, as toISOString writes them (V8 parses more)', () => {
    const at = (time: string) => `${time}-0000-0123456789abcdef`;
    for (const good of ['2028-02-29T23:59:59.999Z', '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'])
      expect(isHlc(at(good)), good).toBe(true);
    for (const bad of [
      '2026-02-30T10:00:00.000Z',
      '2026-02-29T10:00:00.000Z',
      '2026-04-31T10:00:00.000Z',
      '2026-01-01T24:00:00.000Z',
      '2026-01-01T10:60:00.000Z',
      '2026-01-01T10:00:60.000Z',
      '2026-00-01T10:00:00.000Z',
    ]) {
      expect(isHlc(at(bad)), bad).toBe(false);
      // What V8 parses stays readable (an older server stored such values): ordered, never written.
      expect(isReadableHlc(at(bad)), bad).toBe(!Number.isNaN(Date.parse(bad)));
    }
  });

  it('refuses out-of-range counters and bad node ids', () => {
    expect(() => formatHlc({ millis: 0, counter: 0x10000, node: NODE })).toThrow(RangeError);
    expect(() => formatHlc({ millis: 0, counter: 0, node: 'XYZ' })).toThrow(RangeError);
  });

  it('orders as plain strings in causal order', () => {
    const a = formatHlc({ millis: 1000, counter: 0xff, node: 'ffffffffffffffff' });
    const b = formatHlc({ millis: 1001, counter: 0, node: '0000000000000000' });
    const c = formatHlc({ millis: 1001, counter: 1, node: '0000000000000000' });
    expect([c, b, a].sort()).toEqual([a, b, c]);
    expect(maxHlc(a, c)).toBe(c);
    expect(maxHlc(null, a)).toBe(a);
    expect(maxHlc(a, undefined)).toBe(a);
  });
});

describe('HlcClock', () => {
  it('is strictly increasing when the wall clock stands still or goes back', () => {
    let wall = 5000;
    const clock = new HlcClock(NODE, () => wall);
    const seen = [clock.now(), clock.now()];
    wall = 4000;
    seen.push(clock.now());
    wall = 6000;
    seen.push(clock.now());
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('borrows the next millisecond when the counter runs out', () => {
    const clock = new HlcClock(NODE, () => 0, formatHlc({ millis: 7, counter: 0xffff, node: NODE }));
    expect(parseHlc(clock.now())).toEqual({ millis: 8, counter: 0, node: NODE });
  });

  it('sorts after an observed remote HLC', () => {
    const clock = new HlcClock(NODE, () => 1000);
    const remote = formatHlc({ millis: 9000, counter: 3, node: 'ffffffffffffffff' });
    clock.observe(remote);
    const next = clock.now();
    expect(next > remote).toBe(true);
    expect(clock.lastHlc).toBe(next);
  });

  it('restarts from a given time, also backwards (a server clock after its wall clock was set back)', () => {
    const clock = new HlcClock(NODE, () => 1000, formatHlc({ millis: 9_000_000, counter: 5, node: NODE }));
    clock.restartAt(1000);
    expect(parseHlc(clock.now())).toEqual({ millis: 1000, counter: 1, node: NODE });
  });

  it('makes 16-hex-digit node ids', () => {
    expect(newNodeId()).toMatch(/^[0-9a-f]{16}$/);
    expect(newNodeId()).not.toBe(newNodeId());
  });
});
