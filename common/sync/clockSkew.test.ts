import { describe, expect, it } from 'vitest';
import { capToSkewLimit, holdClockBack, isTooFarAhead, serverAcceptLimit } from './clockSkew';
import { HlcClock } from './hlc';

const NOW = Date.parse('2026-12-01T09:00:00.000Z');
const hlcAt = (iso: string) => `${iso}-0003-0123456789abcdef`;

describe('clock-skew cap', () => {
  it('leaves an HLC within the limit as it is', () => {
    const near = hlcAt('2026-12-01T09:04:00.000Z');
    expect(isTooFarAhead(near, NOW)).toBe(false);
    expect(capToSkewLimit(near, NOW)).toBe(near);
  });

  it('caps an HLC from the future to now + 5 min − 1 s, keeping its node', () => {
    const far = hlcAt('2031-01-01T00:00:00.000Z');
    expect(isTooFarAhead(far, NOW)).toBe(true);
    expect(capToSkewLimit(far, NOW)).toBe('2026-12-01T09:04:59.000Z-0000-0123456789abcdef');
  });

  it('holds a clock that ran past the limit back to it, and leaves a sane one alone', () => {
    const clock = new HlcClock('0123456789abcdef', () => NOW, hlcAt('2031-01-01T00:00:00.000Z'));
    expect(holdClockBack(clock, NOW)).toBe(true);
    expect(clock.now()).toBe('2026-12-01T09:04:59.000Z-0001-0123456789abcdef');
    expect(holdClockBack(clock, NOW)).toBe(false);
  });

  it('names the greatest HLC a server accepts', () => {
    expect(serverAcceptLimit(NOW)).toBe('2026-12-01T09:05:00.000Z-ffff-ffffffffffffffff');
  });
});
