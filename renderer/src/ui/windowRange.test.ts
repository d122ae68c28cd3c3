import { describe, expect, it } from 'vitest';
import { scrollToRow, windowRange } from './windowRange';

const base = { count: 2_000, rowHeight: 100, scrollTop: 0, viewportHeight: 500, overscan: 3 };

describe('windowRange', () => {
  it('mounts the rows in view plus the overscan, not the whole list', () => {
    expect(windowRange(base)).toEqual({ start: 0, end: 8, extra: null });
    expect(windowRange({ ...base, scrollTop: 1_050 })).toEqual({ start: 7, end: 19, extra: null });
  });

  it('clamps at the end of the list and for short lists', () => {
    expect(windowRange({ ...base, scrollTop: 199_600 })).toEqual({ start: 1_993, end: 2_000, extra: null });
    expect(windowRange({ ...base, count: 4 })).toEqual({ start: 0, end: 4, extra: null });
    expect(windowRange({ ...base, count: 0 })).toEqual({ start: 0, end: 0, extra: null });
  });

  it('keeps the focused row mounted when it scrolled out of view', () => {
    expect(windowRange({ ...base, scrollTop: 50_000, keep: 2 }).extra).toBe(2);
    expect(windowRange({ ...base, keep: 2 }).extra).toBeNull();
    expect(windowRange({ ...base, keep: 5_000 }).extra).toBeNull();
  });

  it('survives nonsense measurements (hidden list, NaN scroll)', () => {
    expect(windowRange({ ...base, rowHeight: 0, viewportHeight: 0 })).toEqual({
      start: 0,
      end: 3,
      extra: null,
    });
    expect(windowRange({ ...base, scrollTop: Number.NaN })).toEqual({ start: 0, end: 8, extra: null });
  });
});

describe('scrollToRow', () => {
  it('scrolls just enough to show the row, up or down, and not at all when it is visible', () => {
    expect(scrollToRow(20, 100, 0, 500)).toBe(1_600);
    expect(scrollToRow(2, 100, 1_000, 500)).toBe(200);
    expect(scrollToRow(12, 100, 1_000, 500)).toBe(1_000);
  });
});
