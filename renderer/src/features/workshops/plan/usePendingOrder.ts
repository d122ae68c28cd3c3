/**
 * Optimistic agenda order: a move is shown at once and stored in the background. The stored list
 * (a live query) catches up a moment later; patches it already shows are dropped.
 */
import { useCallback, useMemo, useState } from 'react';
import { unsettledPatches, withPendingOrder, type OrderPatch } from '../../../../../common/workshops/order';
import type { AgendaItem } from '../agendaActions';

export interface PendingOrder {
  /** The agenda in the order the user sees (stored order plus moves not stored yet). */
  shown: readonly AgendaItem[];
  add(patches: readonly OrderPatch[]): void;
  /** The write of these patches finished: the next stored list is the truth for them. */
  written(patches: readonly OrderPatch[]): void;
  /** Forgets the patches of a write that failed, so the stored order shows again. */
  drop(patches: readonly OrderPatch[]): void;
}

interface State {
  pending: readonly OrderPatch[];
  written: ReadonlySet<OrderPatch>;
  /** The stored list `pending` was last settled against. */
  seen: readonly AgendaItem[];
}

export function usePendingOrder(stored: readonly AgendaItem[]): PendingOrder {
  const [state, setState] = useState<State>({ pending: [], written: new Set(), seen: stored });
  let { pending } = state;
  if (state.seen !== stored) {
    // A new stored list: forget what it shows, and what was written before it came (another
    // device's later change to the same item must win). React's "adjust state on a prop change".
    const left = unsettledPatches(stored, pending).filter((p) => !state.written.has(p));
    pending = left.length === pending.length ? pending : left;
    setState({ pending, written: new Set(), seen: stored });
  }
  const shown = useMemo(() => withPendingOrder(stored, pending), [stored, pending]);
  const add = useCallback((patches: readonly OrderPatch[]) => {
    const ids = new Set(patches.map((p) => p.id));
    setState((s) => ({ ...s, pending: [...s.pending.filter((p) => !ids.has(p.id)), ...patches] }));
  }, []);
  const written = useCallback((patches: readonly OrderPatch[]) => {
    setState((s) => ({ ...s, written: new Set([...s.written, ...patches]) }));
  }, []);
  const drop = useCallback((patches: readonly OrderPatch[]) => {
    setState((s) => ({ ...s, pending: s.pending.filter((p) => !patches.includes(p)) }));
  }, []);
  return { shown, add, written, drop };
}
