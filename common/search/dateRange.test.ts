import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dateBounds, dateTest, inDateRange } from './dateRange';

describe('the date filter in the user’s calendar days', () => {
  // Node reads TZ again when it changes: the user's zone is Japan whatever the machine's is.
  beforeEach(() => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('finds a note taken at 08:30 in Japan on its own day, not the UTC day before', () => {
    const at = new Date('2026-12-03T08:30:00+09:00').toISOString(); // 2026-12-02T23:30Z
    expect(inDateRange(at, dateBounds('2026-12-03', '2026-12-03'))).toBe(true);
    expect(inDateRange(at, dateBounds('2026-12-02', '2026-12-02'))).toBe(false);
    expect(inDateRange(at, dateBounds('', '2026-12-02'))).toBe(false);
    expect(inDateRange(at, dateBounds('2026-12-03', ''))).toBe(true);
  });

  it('ends a day at local midnight: 23:59 is in, 00:00 the next day is out', () => {
    const bounds = dateBounds('2026-12-03', '2026-12-03');
    expect(inDateRange(new Date('2026-12-03T23:59:59+09:00').toISOString(), bounds)).toBe(true);
    expect(inDateRange(new Date('2026-12-04T00:00:00+09:00').toISOString(), bounds)).toBe(false);
    expect(inDateRange(new Date('2026-12-02T23:59:59+09:00').toISOString(), bounds)).toBe(false);
  });

  it('compares a date-only field (a meeting’s day, a due day) as the calendar day it is', () => {
    const bounds = dateBounds('2026-06-10', '2026-06-12');
    expect(inDateRange('2026-06-10', bounds)).toBe(true);
    expect(inDateRange('2026-06-12', bounds)).toBe(true);
    expect(inDateRange('2026-06-13', bounds)).toBe(false);
    expect(inDateRange('', bounds)).toBe(false);
    expect(inDateRange('', dateBounds('', ''))).toBe(true);
  });

  it('falls back to the text of the day when a bound has no instant', () => {
    expect(inDateRange('2026-12-02T23:30:00.000Z', { from: '2026-12-02', to: '2026-12-02' })).toBe(true);
  });

  it('answers as inDateRange does when comparing stored instants as text (dateTest)', () => {
    const dates = [
      '',
      '2026-12-03',
      '2026-12-02',
      '2026-12-04T00:00:00+09:00',
      new Date('2026-12-03T00:00:00+09:00').toISOString(),
      new Date('2026-12-03T23:59:59.999+09:00').toISOString(),
      new Date('2026-12-04T00:00:00+09:00').toISOString(),
      new Date('2026-12-02T23:59:59.999+09:00').toISOString(),
      '2026-12-03T10:00:00Z',
      'not a date',
    ];
    const bounds = [
      dateBounds('2026-12-03', '2026-12-03'),
      dateBounds('2026-12-03', ''),
      dateBounds('', '2026-12-03'),
      dateBounds('', ''),
      { from: '2026-12-03', to: '2026-12-03' },
      { from: '2026-12-03', to: '2026-12-03', fromMs: dateBounds('2026-12-03', '').fromMs },
    ];
    for (const b of bounds) {
      const test = dateTest(b);
      for (const d of dates) expect(test(d), `${d} in ${JSON.stringify(b)}`).toBe(inDateRange(d, b));
    }
  });
});
