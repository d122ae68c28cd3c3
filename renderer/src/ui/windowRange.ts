/**
 * Which rows of a long fixed-height list to mount: those in the viewport plus a few either side,
 * so keyboard focus (Tab, arrows) always has a mounted neighbour to move to before the list
 * scrolls. Pure arithmetic, apart from the DOM, so it is tested alone.
 */
export interface WindowInput {
  count: number;
  /** One row's height including the gap to the next, in px (> 0). */
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Rows mounted beyond each edge of the viewport. */
  overscan: number;
  /** A row that stays mounted wherever the list scrolls (the focused one), if any. */
  keep?: number | null;
}

/** Half-open: rows `start` … `end - 1` are mounted; `start`/`end` are clamped to [0, count]. */
export interface WindowRange {
  start: number;
  end: number;
  /** The kept row when it lies outside start…end (mounted apart, so focus is never lost). */
  extra: number | null;
}

export function windowRange(input: WindowInput): WindowRange {
  const { count, overscan } = input;
  const rowHeight = input.rowHeight > 0 ? input.rowHeight : 1;
  const top = Math.max(0, Number.isFinite(input.scrollTop) ? input.scrollTop : 0);
  const height = Math.max(0, Number.isFinite(input.viewportHeight) ? input.viewportHeight : 0);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + height) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  const keep = input.keep;
  const extra =
    keep !== null && keep !== undefined && keep >= 0 && keep < count && (keep < start || keep >= end)
      ? keep
      : null;
  return { start, end, extra };
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible. */
export function scrollToRow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const rowTop = index * rowHeight;
  if (rowTop < scrollTop) return rowTop;
  const rowBottom = rowTop + rowHeight;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}
