import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatCountdown,
  formatDay,
  formatForecast,
  formatOffset,
  fromLocalInput,
  toLocalInput,
} from './format';

describe('formatCountdown', () => {
  it('rounds time left up, so 0:01 shows until the second truly ends', () => {
    expect(formatCountdown(600_000, true)).toBe('10:00');
    expect(formatCountdown(59_001, true)).toBe('1:00');
    expect(formatCountdown(1, true)).toBe('0:01');
    expect(formatCountdown(0, true)).toBe('0:00');
  });

  it('rounds overtime down and shows hours past an hour', () => {
    expect(formatCountdown(179_999, false)).toBe('2:59');
    expect(formatCountdown(3_723_000, false)).toBe('1:02:03');
    expect(formatCountdown(-5, false)).toBe('0:00');
  });

  it('shows offsets from the start as H:MM', () => {
    expect(formatOffset(95 * 60_000)).toBe('1:35');
  });

  it('formats clock times as HH:MM in each language, again and again', () => {
    const at = new Date(2026, 11, 1, 9, 5).getTime();
    expect(formatClock(at, 'ja')).toBe('09:05');
    expect(formatClock(at, 'en')).toBe('09:05');
    expect(formatClock(at + 3_600_000, 'ja')).toBe('10:05');
  });

  it('a forecast a rounding error short of the minute reads as that minute', () => {
    const eleven = new Date(2026, 11, 1, 11, 0).getTime();
    expect(formatForecast(eleven - 1, 'ja')).toBe('11:00');
    expect(formatForecast(eleven - 20_000, 'ja')).toBe('10:59');
  });
});

describe('toLocalInput', () => {
  it('round-trips what a datetime-local input gives, including a year still being typed', () => {
    for (const value of ['2026-12-02T15:00', '0002-12-02T15:00', '0202-01-31T09:05']) {
      expect(toLocalInput(fromLocalInput(value))).toBe(value);
    }
    expect(toLocalInput('')).toBe('');
  });
});

describe('formatDay', () => {
  it('writes a stored day in the reader’s language, the same day in every time zone', () => {
    expect(formatDay('2026-12-15', 'ja')).toBe('2026年12月15日');
    expect(formatDay('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDay('12/8', 'ja')).toBe('12/8');
  });
});
