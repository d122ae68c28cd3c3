/**
 * Focus after moving to another page, as accessible routers do: a hash change swaps the whole
 * page, and the focus would otherwise fall back to the document start (or stay on the nav link),
 * so a screen reader announces nothing and Tab starts from the top. Once the new page shows its
 * main heading, the focus moves there — unless the page (or the user) has put it somewhere on
 * purpose meanwhile: the council note box, a note a search hit leads to, a dialog.
 */
import { useEffect, useRef } from 'react';

/** How long a page may take to show its heading (a record loading from IndexedDB). */
const WAIT_FOR_HEADING_MS = 3000;
const POLL_MS = 40;

/** The page's main heading: the first h1 in the main landmark. */
export const pageHeading = (main: HTMLElement): HTMLElement | null => main.querySelector('h1');

/**
 * True while nobody chose where the focus is: nothing, the main landmark or the page heading the
 * arrival focused. A page that focuses a field "when nothing else is focused" asks this.
 */
export function nothingChosenFocused(): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body) return true;
  const main = document.querySelector('main');
  return active === main || (main !== null && active === pageHeading(main));
}

const dialogOpen = () =>
  document.querySelector('dialog[open], [role="dialog"], [role="alertdialog"]') !== null;

/**
 * Whether the arrival may take the focus: no dialog is open, and the focus is nowhere or still
 * where it was when the route changed outside the page (a nav link, the palette's opener).
 */
function mayTakeFocus(main: HTMLElement, before: Element | null): boolean {
  if (dialogOpen()) return false;
  const active = document.activeElement;
  if (active === null || active === document.body || active === main) return true;
  if (main.contains(active)) return false;
  return active === before;
}

/**
 * Waits for the page heading in `main`, then focuses it (tabIndex -1: reachable by script, not
 * by Tab) if `mayTakeFocus`. Returns a cancel function (the route changed again).
 */
export function focusHeadingOnArrival(mainId = 'main'): () => void {
  const before = document.activeElement;
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = (seen: boolean) => {
    const main = document.getElementById(mainId);
    const heading = main && pageHeading(main);
    if (!main || !heading) {
      if (Date.now() - started < WAIT_FOR_HEADING_MS) timer = setTimeout(() => attempt(false), POLL_MS);
      return;
    }
    // Seen for the first time: one more turn, so effects of the render that showed it (a page
    // focusing its own field) run before we decide.
    if (!seen) {
      timer = setTimeout(() => attempt(true), POLL_MS);
      return;
    }
    if (!mayTakeFocus(main, before)) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus(); // scrolls the heading into view, as a new page starts at its top
  };
  timer = setTimeout(() => attempt(false), 0);
  return () => clearTimeout(timer);
}

/** Moves the focus to the new page's heading whenever `routeKey` changes (not on first load). */
export function useFocusHeadingOnNavigate(routeKey: string): void {
  const first = useRef(routeKey);
  useEffect(() => {
    if (routeKey === first.current) return;
    first.current = '';
    return focusHeadingOnArrival();
  }, [routeKey]);
}
