import { describe, expect, it } from 'vitest';
import { diffRows } from './diffRows';

describe('side-by-side diff rows', () => {
  it('pairs changed lines and marks the changed characters on both sides', () => {
    const rows = diffRows('背景\n予算は500万円\n終わり\n', '背景\n予算は800万円\n終わり\n追記\n');
    expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'same', 'added']);
    const changed = rows[1]!;
    expect(changed.left!.filter((s) => s.changed).map((s) => s.text)).toEqual(['5']);
    expect(changed.right!.filter((s) => s.changed).map((s) => s.text)).toEqual(['8']);
    expect(rows[3]!.left).toBeNull();
  });

  it('shows a removed line only on the left', () => {
    const rows = diffRows('a\nb\n', 'a\n');
    expect(rows.map((r) => [r.kind, r.left?.[0]?.text, r.right?.[0]?.text])).toEqual([
      ['same', 'a', 'a'],
      ['removed', 'b', undefined],
    ]);
  });
});
