import { useEffect, useRef } from 'react';
import type { RunView } from '../../../../../common/workshops/run';
import { subscribePresenterCommands } from '../presenterChannel';
import { facilitatorCommandForKey, runActionFor, type RunCommand } from './runCommands';
import type { RunAction } from './useRunControls';

/** Targets whose own keys win: typing in a field, or Space/Enter on a focused button or link. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return (key === ' ' || key === 'Enter') && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

/**
 * Space start/pause/resume, → next, ← previous, + extend by a minute (listed on screen), and the
 * same commands from keys pressed in the presenter view (a presenter remote), which arrive through
 * the presenter channel. Off while `enabled` is false (a question has the focus).
 */
export function useRunShortcuts(
  workshopId: string,
  /** The run now (not as last rendered): two quick presses must each see the one before. */
  currentRun: () => RunView,
  act: (action: RunAction) => void,
  enabled = true,
): void {
  const latest = useRef({ currentRun, act, enabled });
  useEffect(() => {
    latest.current = { currentRun, act, enabled };
  });
  useEffect(() => {
    const run = (command: RunCommand): boolean => {
      const { currentRun: now, act: apply, enabled: on } = latest.current;
      if (!on) return false;
      apply(runActionFor(command, now().status));
      return true;
    };
    const onKey = (e: KeyboardEvent) => {
      if (ownsKey(e.target, e.key)) return;
      const command = facilitatorCommandForKey(e);
      if (command && run(command)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    const unsubscribe = subscribePresenterCommands(workshopId, run);
    return () => {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [workshopId]);
}
