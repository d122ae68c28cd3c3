import { describe, expect, it } from 'vitest';
import { isStrictPrefix, parseRunEvent, readRunEvents, type RunEvent } from './runEvents';

describe('stored run events', () => {
  it('reads the events it knows and drops malformed or unknown ones', () => {
    const stored: unknown = [
      { type: 'start', at: 1000, late: 'keepEnd' },
      { type: 'extend', at: 2000, minutes: 5 },
      { type: 'teleport', at: 3000 },
      { type: 'next', at: Number.NaN },
      { type: 'extend', at: 4000, minutes: -1 },
      { type: 'mode', at: 5000, mode: 'turbo' },
      'next',
      { type: 'pause', at: 6000 },
    ];
    expect(readRunEvents(stored)).toEqual([
      { type: 'start', at: 1000, late: 'keepEnd' },
      { type: 'extend', at: 2000, minutes: 5 },
      { type: 'pause', at: 6000 },
    ]);
    expect(readRunEvents(undefined)).toEqual([]);
    expect(readRunEvents({ type: 'start' })).toEqual([]);
  });

  it('caps an extension at ten hours and ignores an unknown late choice', () => {
    expect(parseRunEvent({ type: 'extend', at: 1, minutes: 10_000 })).toEqual({
      type: 'extend',
      at: 1,
      minutes: 600,
    });
    expect(parseRunEvent({ type: 'start', at: 1, late: 'panic' })).toEqual({ type: 'start', at: 1 });
  });

  it('recognises an older state of the same run (its own earlier write arriving late)', () => {
    const a: RunEvent = { type: 'start', at: 1 };
    const b: RunEvent = { type: 'next', at: 2 };
    expect(isStrictPrefix([a], [a, b])).toBe(true);
    expect(isStrictPrefix([], [a])).toBe(true);
    expect(isStrictPrefix([a, b], [a, b])).toBe(false);
    expect(isStrictPrefix([b], [a, b])).toBe(false);
    expect(isStrictPrefix([a, b], [a])).toBe(false);
  });

  it('keeps the item an event names, and a next that finished the run', () => {
    expect(parseRunEvent({ type: 'next', at: 1, item: 'b' })).toEqual({ type: 'next', at: 1, item: 'b' });
    expect(parseRunEvent({ type: 'next', at: 1, item: null })).toEqual({ type: 'next', at: 1, item: null });
    expect(parseRunEvent({ type: 'start', at: 1, late: 'shift', item: 'a' })).toEqual({
      type: 'start',
      at: 1,
      late: 'shift',
      item: 'a',
    });
    expect(parseRunEvent({ type: 'extend', at: 1, minutes: 1, item: 'c' })).toMatchObject({ item: 'c' });
    // Older events (no item) and odd values read as position-based events.
    expect(parseRunEvent({ type: 'previous', at: 1, item: 7 })).toEqual({ type: 'previous', at: 1 });
    expect(parseRunEvent({ type: 'previous', at: 1, item: null })).toEqual({ type: 'previous', at: 1 });
    expect(parseRunEvent({ type: 'pause', at: 1, item: 'a' })).toEqual({ type: 'pause', at: 1 });
  });
});
