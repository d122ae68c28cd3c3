/**
 * How many result rows to render: an answer to a new query is painted first with the rows that
 * fill the window, the rest of its page once the browser is idle after that paint.
 *
 * Why: a result with its snippet is ~130 px high and the list starts half a screen down, so a
 * window shows 2–6 of the 20 results of a page. Laying out and painting all 20 on every keystroke
 * was most of the time from keystroke to painted results (~300–500 layout objects per answer).
 * The rows below the window follow when the browser is next idle (within 150 ms), and
 * the page, its count and keyboard navigation stay whole.
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** Rows an answer to a new query renders first (a 720-px window shows two of ~130 px). */
const STEP = 2;
/** A lower bound on a row's height, so a list above the window cannot ask for hundreds of rows. */
const MIN_ROW_PX = 40;
/** The rest of the page is rendered by then even if the browser is never idle (ms). */
const REST_WITHIN_MS = 150;

interface Shown {
  /** The answer (its results array) and query these rows belong to. */
  answer: readonly unknown[];
  query: string;
  count: number;
}

/**
 * `answer`: the results of an answer (a new array per answer); `query`: what it answers. An answer
 * to the query already shown (more results, other filters, an index update) renders every row at
 * once, so the list never shrinks under the reader. `list`: the element holding the rows.
 */
export function useRowsInView(
  answer: readonly unknown[],
  query: string,
  list: RefObject<HTMLElement | null>,
): number {
  const total = answer.length;
  const [shown, setShown] = useState<Shown>({ answer, query, count: total });
  let count = shown.count;
  if (shown.answer !== answer) {
    // Adjusting state while rendering (React's pattern for "reset on new props"): no extra commit.
    count = query === shown.query ? total : Math.min(total, STEP);
    setShown({ answer, query, count });
  }

  // Before paint: add the rows the window still has room for, estimated from the height of those
  // rendered (a sync re-render in the same frame; repeated if the estimate fell short).
  useLayoutEffect(() => {
    if (shown.answer !== answer || shown.count >= total || !list.current) return;
    const { top, bottom } = list.current.getBoundingClientRect();
    if (bottom > window.innerHeight) return;
    const perRow = Math.max(MIN_ROW_PX, (bottom - Math.max(top, 0)) / shown.count);
    const more = Math.max(1, Math.ceil((window.innerHeight - bottom) / perRow));
    // Measuring layout before paint is what a layout effect is for; the re-render is in the same frame.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown({ ...shown, count: shown.count + more });
  }, [answer, shown, total, list]);

  // After the paint, once the browser is idle (a keystroke's input comes first): the rest.
  useEffect(() => {
    if (shown.answer !== answer || shown.count >= total) return;
    const idle = requestIdleCallback(
      () => setShown((s) => (s.answer === answer ? { ...s, count: total } : s)),
      { timeout: REST_WITHIN_MS },
    );
    return () => cancelIdleCallback(idle);
  }, [answer, shown, total]);

  return Math.min(count, total);
}
