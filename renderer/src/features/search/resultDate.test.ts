import { describe, expect, it } from 'vitest';
import { resultDay } from './resultDate';

describe('resultDay', () => {
  it('keeps a plain date as it is', () => {
    expect(resultDay('2026-12-03')).toBe('2026-12-03');
  });
  it('reads a time on the local calendar', () => {
    const at = new Date(2026, 11, 3, 8, 30); // 08:30 local, whatever the zone
    expect(resultDay(at.toISOString())).toBe('2026-12-03');
    const late = new Date(2026, 11, 3, 23, 50);
    expect(resultDay(late.toISOString())).toBe('2026-12-03');
  });
  it('falls back to the first ten characters of an unreadable time', () => {
    expect(resultDay('2026-12-03Tzz')).toBe('2026-12-03');
  });
});
