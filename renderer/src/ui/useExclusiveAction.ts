import { useCallback, useRef, useState } from 'react';

/**
 * Runs one async action at a time, for buttons that must not start a second one. Give the buttons
 * `aria-disabled={busy}`, not `disabled`: a focused button that becomes disabled drops the keyboard
 * focus to the page, and the user has to find their place again after every export.
 */
export function useExclusiveAction(): { busy: boolean; run: (action: () => Promise<void>) => Promise<void> } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return; // a second click while busy does nothing
    running.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
