import { describe, expect, it } from 'vitest';
import {
  appendRank,
  compareAgenda,
  moveItem,
  sortAgenda,
  unsettledPatches,
  withPendingOrder,
  type Orderable,
} from './order';

function apply(items: Orderable[], from: number, to: number): Orderable[] {
  const sorted = sortAgenda(items);
  const patches = moveItem(sorted, from, to);
  return sortAgenda(sorted.map((i) => ({ ...i, ...patches.find((p) => p.id === i.id) })));
}

const ranked = (ids: string[]): Orderable[] => {
  const out: Orderable[] = [];
  for (const id of ids) out.push({ id, ...appendRank(out) });
  return out;
};

describe('agenda order', () => {
  it('moving an item rewrites that item only', () => {
    const items = ranked(['a', 'b', 'c', 'd']);
    const patches = moveItem(sortAgenda(items), 3, 1);
    expect(patches).toHaveLength(1);
    expect(patches[0]?.id).toBe('d');
    expect(apply(items, 3, 1).map((i) => i.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('moves to the top and to the bottom', () => {
    const items = ranked(['a', 'b', 'c']);
    expect(apply(items, 2, 0).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(apply(items, 0, 2).map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps a numeric order old clients sort the same way', () => {
    const moved = apply(ranked(['a', 'b', 'c']), 2, 1);
    const byOrder = [...moved].sort((x, y) => x.order - y.order).map((i) => i.id);
    expect(byOrder).toEqual(moved.map((i) => i.id));
  });

  it('ranks a legacy agenda (numeric order only) on its first move', () => {
    const legacy: Orderable[] = [
      { id: 'x', order: 2 },
      { id: 'y', order: 0 },
      { id: 'z', order: 1 },
    ];
    expect(sortAgenda(legacy).map((i) => i.id)).toEqual(['y', 'z', 'x']);
    const patches = moveItem(sortAgenda(legacy), 0, 2);
    expect(patches.map((p) => p.id).sort()).toEqual(['x', 'y', 'z']);
    expect(apply(legacy, 0, 2).map((i) => i.id)).toEqual(['z', 'x', 'y']);
  });

  it('sorts unranked items before ranked ones and breaks rank ties by id', () => {
    expect(compareAgenda({ id: 'a', order: 9 }, { id: 'b', order: 0, rank: 'a0' })).toBeLessThan(0);
    expect(
      sortAgenda([
        { id: 'b', order: 0, rank: 'a0' },
        { id: 'a', order: 1, rank: 'a0' },
      ]).map((i) => i.id),
    ).toEqual(['a', 'b']);
  });

  it('repairs duplicate ranks (two devices moved at once) without reordering the rest', () => {
    const items: Orderable[] = [
      { id: 'a', order: 0, rank: 'a0' },
      { id: 'b', order: 1, rank: 'a0' },
      { id: 'c', order: 2, rank: 'a2' },
    ];
    expect(apply(items, 2, 0).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('a move onto itself writes nothing', () => {
    expect(moveItem(sortAgenda(ranked(['a', 'b'])), 1, 1)).toEqual([]);
  });
});

describe('agenda order with schema fallbacks', () => {
  it("treats an empty rank (the schema's fallback) as no rank", () => {
    const items: Orderable[] = [
      { id: 'r', order: 0, rank: 'a0' },
      { id: 'legacy', order: 5, rank: '' },
    ];
    expect(sortAgenda(items).map((i) => i.id)).toEqual(['legacy', 'r']);
    expect(apply(items, 0, 1).map((i) => i.id)).toEqual(['r', 'legacy']);
  });
});

describe('pending (optimistic) order', () => {
  it('shows a move before it is stored, and keys the next move against it', () => {
    const stored = ranked(['a', 'b', 'c', 'd']);
    const first = moveItem(stored, 3, 2);
    const shown = withPendingOrder(stored, first);
    expect(shown.map((i) => i.id)).toEqual(['a', 'b', 'd', 'c']);
    const second = moveItem(shown, 2, 1);
    const both = withPendingOrder(stored, [...first.filter((p) => p.id !== 'd'), ...second]);
    expect(both.map((i) => i.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('returns the same list when nothing is pending', () => {
    const stored = ranked(['a', 'b']);
    expect(withPendingOrder(stored, [])).toBe(stored);
  });

  it('drops a patch once the stored item carries its rank, or the item is gone', () => {
    const stored = ranked(['a', 'b', 'c']);
    const pending = [...moveItem(stored, 2, 0), { id: 'gone', rank: 'a5', order: 9 }];
    expect(unsettledPatches(stored, pending).map((p) => p.id)).toEqual(['c']);
    const saved = stored.map((i) => ({ ...i, ...pending.find((p) => p.id === i.id) }));
    expect(unsettledPatches(saved, pending)).toEqual([]);
  });

  it('keeps the same array when nothing settled (no needless re-render)', () => {
    const stored = ranked(['a', 'b', 'c']);
    const pending = moveItem(stored, 2, 0);
    expect(unsettledPatches(stored, pending)).toBe(pending);
  });
});
