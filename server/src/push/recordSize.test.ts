import { describe, expect, it } from 'vitest';
import type { FieldState, SetOp } from '../../../common/sync/protocol';
import { projectedChars, valueChars } from './recordSize';

const H0 = '2026-12-01T00:00:00.000Z-0000-00000000000000aa';
const H1 = '2026-12-02T00:00:00.000Z-0000-00000000000000aa';
const fields = (entries: [string, FieldState][]) => new Map(entries);

describe('projectedChars', () => {
  it('counts a set as the larger of the old and the new value', () => {
    const before = fields([['body', { value: 'x'.repeat(1000), hlc: H0 }]]);
    const set = (value: string) =>
      ({ op: 'set', table: 'notes', id: 'i', field: 'body', value, hlc: H1 }) as const;
    expect(projectedChars(before, [set('y')])).toBe(projectedChars(before, []));
    expect(projectedChars(before, [set('y'.repeat(3000))]) - projectedChars(before, [])).toBe(2000);
  });

  it('counts a text op from the stored version as a replacement, from another base as both texts', () => {
    const before = fields([['body', { value: 'x'.repeat(1000), hlc: H1 }]]);
    const text = (baseHlc: string | null) =>
      ({
        op: 'text',
        table: 'notes',
        id: 'i',
        field: 'body',
        value: 'y'.repeat(500),
        hlc: H1,
        baseHlc,
      }) as const;
    const base = projectedChars(before, []);
    expect(projectedChars(before, [text(H1)])).toBe(base);
    expect(projectedChars(before, [text(H0)]) - base).toBe(valueChars('y'.repeat(500)));
    expect(projectedChars(before, [text(null)]) - base).toBe(valueChars('y'.repeat(500)));
  });

  it('adds new fields with their names, and values of any JSON type', () => {
    const empty = projectedChars(new Map(), []);
    const op: SetOp = { op: 'set', table: 'ideas', id: 'i', field: 'tags', value: ['a', 'b'], hlc: H1 };
    expect(projectedChars(new Map(), [op]) - empty).toBeGreaterThanOrEqual(
      'tags'.length + '["a","b"]'.length,
    );
  });
});
