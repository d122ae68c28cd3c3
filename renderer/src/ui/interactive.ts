/**
 * The time-to-interactive mark: set once, when the first record list is painted and usable.
 * The startup benchmark reads it with `performance.getEntriesByName`.
 */
export const INTERACTIVE_MARK = 'kyoso:interactive';

export function markInteractive(): void {
  if (performance.getEntriesByName(INTERACTIVE_MARK).length > 0) return;
  // After the commit that shows the list, wait for the frame so the mark means "painted".
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
  });
}
