import { useEffect, useRef } from 'react';
import type { RunView } from '../../../../../common/workshops/run';
import type { RunAction } from './useRunControls';

/** Targets whose own keys win: typing in a field, or Space/Enter on a focused button or link. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return (key === ' ' || key === 'Enter') && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

/** Space start/pause/resume, → next, ← previous, + extend by a minute (listed on screen). */
export function useRunShortcuts(view: RunView, act: (action: RunAction) => void, enabled = true): void {
  const latest = useRef({ view, act, enabled });
  useEffect(() => {
    latest.current = { view, act, enabled };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Off while a question (end the run?) has the focus: its own keys answer it.
      if (!latest.current.enabled) return;
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
      const { view: v, act: run } = latest.current;
      let action: RunAction | null = null;
      if (e.key === ' ') {
        action =
          v.status === 'idle'
            ? { type: 'start' }
            : v.status === 'running'
              ? { type: 'pause' }
              : { type: 'resume' };
      } else if (e.key === 'ArrowRight') action = { type: 'next' };
      else if (e.key === 'ArrowLeft') action = { type: 'previous' };
      else if (e.key === '+') action = { type: 'extend', minutes: 1 };
      if (!action) return;
      e.preventDefault();
      run(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
