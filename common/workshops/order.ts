/**
 * Agenda order as a fractional key (`rank`), so moving an item rewrites that item only. Items from
 * clients that knew only the numeric `order` have no rank: they sort by `order`, before ranked
 * items, and get ranks the first time they are moved. Keys compare by code unit (not locale).
 */
import { generateKeyBetween } from 'fractional-indexing';

export interface Orderable {
  id: string;
  order: number;
  rank?: string;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareAgenda(a: Orderable, b: Orderable): number {
  if (a.rank !== undefined && b.rank !== undefined)
    return byCodeUnit(a.rank, b.rank) || byCodeUnit(a.id, b.id);
  if (a.rank === undefined && b.rank === undefined) return a.order - b.order || byCodeUnit(a.id, b.id);
  return a.rank === undefined ? -1 : 1;
}

export function sortAgenda<T extends Orderable>(items: readonly T[]): T[] {
  return [...items].sort(compareAgenda);
}

/** A field patch for one item: its new rank and a numeric order old clients can still sort by. */
export interface OrderPatch {
  id: string;
  rank: string;
  order: number;
}

/** Ranks for items (in this order) that have none yet, so a move has neighbours to key between. */
function ensureRanks(sorted: readonly Orderable[]): OrderPatch[] {
  const patches: OrderPatch[] = [];
  let previous: string | null = null;
  sorted.forEach((item, i) => {
    const valid: boolean = item.rank !== undefined && (previous === null || item.rank > previous);
    const next = sorted[i + 1]?.rank;
    const upper = next !== undefined && (previous === null || next > previous) ? next : null;
    const rank: string = valid && item.rank !== undefined ? item.rank : generateKeyBetween(previous, upper);
    if (!valid) patches.push({ id: item.id, rank, order: i });
    previous = rank;
  });
  return patches;
}

/**
 * The writes that move `sorted[from]` to position `to` (0-based in the list after removal).
 * Normally one patch; the first move of an unranked (legacy) agenda also ranks the others.
 */
export function moveItem(sorted: readonly Orderable[], from: number, to: number): OrderPatch[] {
  const moving = sorted[from];
  if (!moving || from === to) return [];
  const backfill = ensureRanks(sorted);
  const ranked = sorted.map((item) => {
    const patch = backfill.find((p) => p.id === item.id);
    return patch ? { ...item, rank: patch.rank, order: patch.order } : item;
  });
  const rest = ranked.filter((_, i) => i !== from);
  const target = Math.max(0, Math.min(to, rest.length));
  const before = rest[target - 1];
  const after = rest[target];
  const rank = generateKeyBetween(before?.rank ?? null, after?.rank ?? null);
  const order = midpoint(before?.order, after?.order);
  return [...backfill.filter((p) => p.id !== moving.id), { id: moving.id, rank, order }];
}

/** The rank for a new item appended after the last one. */
export function appendRank(sorted: readonly Orderable[]): { rank: string; order: number } {
  const last = sorted.at(-1);
  const lastRank = last?.rank;
  return {
    rank: generateKeyBetween(lastRank ?? null, null),
    order: (last?.order ?? -1) + 1,
  };
}

function midpoint(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after ?? 0) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}
