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

/** A usable fractional key, or undefined ('' is the schema's fallback for an item without one). */
function rankOf(item: Orderable): string | undefined {
  return item.rank ? item.rank : undefined;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareAgenda(a: Orderable, b: Orderable): number {
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra !== undefined && rb !== undefined) return byCodeUnit(ra, rb) || byCodeUnit(a.id, b.id);
  if (ra === undefined && rb === undefined) return a.order - b.order || byCodeUnit(a.id, b.id);
  return ra === undefined ? -1 : 1;
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
    const own = rankOf(item);
    const valid = own !== undefined && (previous === null || own > previous);
    const following = sorted[i + 1];
    const next = following ? rankOf(following) : undefined;
    const upper = next !== undefined && (previous === null || next > previous) ? next : null;
    const rank: string = valid && own !== undefined ? own : generateKeyBetween(previous, upper);
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
  const rank = generateKeyBetween(
    before ? (rankOf(before) ?? null) : null,
    after ? (rankOf(after) ?? null) : null,
  );
  const order = midpoint(before?.order, after?.order);
  return [...backfill.filter((p) => p.id !== moving.id), { id: moving.id, rank, order }];
}

/** The rank for a new item appended after the last one. */
export function appendRank(sorted: readonly Orderable[]): { rank: string; order: number } {
  const last = sorted.at(-1);
  const lastRank = last ? rankOf(last) : undefined;
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

/**
 * The agenda as it will be once `pending` patches are stored: moves show at once (the keypress
 * repaints without waiting for the database), and later moves key against this order, not a stale one.
 */
export function withPendingOrder<T extends Orderable>(
  sorted: readonly T[],
  pending: readonly OrderPatch[],
): readonly T[] {
  if (pending.length === 0) return sorted;
  const byId = new Map(pending.map((p) => [p.id, p]));
  return sortAgenda(
    sorted.map((item) => {
      const patch = byId.get(item.id);
      return patch ? { ...item, rank: patch.rank, order: patch.order } : item;
    }),
  );
}

/**
 * The patches the stored items do not show yet. A patch is settled once its item carries its rank
 * (or the item is gone); dropping settled ones keeps a later change from another device in charge.
 */
export function unsettledPatches(
  stored: readonly Orderable[],
  pending: readonly OrderPatch[],
): readonly OrderPatch[] {
  if (pending.length === 0) return pending;
  const ranks = new Map(stored.map((item) => [item.id, item.rank]));
  const left = pending.filter((p) => ranks.has(p.id) && ranks.get(p.id) !== p.rank);
  return left.length === pending.length ? pending : left;
}
