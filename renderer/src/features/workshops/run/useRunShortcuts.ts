import { useEffect, useRef } from 'react';
import type { RunView } from '../../../../../common/workshops/run';
import { subscribePresenterCommands, type PressAnswer } from '../presenterChannel';
import { checkPress, facilitatorCommandForKey, runActionFor, type RunCommand } from './runCommands';
import { holdRunScreen } from './runScreenLock';
import type { RunAction } from './useRunControls';

/** Targets whose own keys win: typing in a field, or Space/Enter on a focused button or link. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return (key === ' ' || key === 'Enter') && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

/**
 * Space start/pause/resume, → / PageDown next, ← / PageUp previous, + extend by a minute (listed on
 * screen), and the same commands from keys pressed in the presenter view (a presenter remote),
 * which arrive through the presenter channel and are answered (what was done, or why not) while
 * this screen holds the run's answerer lock. Off while `enabled` is false (a question has the focus).
 */
export function useRunShortcuts(
  workshopId: string,
  /** The run now (not as last rendered): two quick presses must each see the one before. */
  currentRun: () => RunView,
  /** Applies an action; true when it asked a question first (the end of the run, a late start). */
  act: (action: RunAction) => boolean,
  itemCount: number,
  enabled = true,
): void {
  const latest = useRef({ currentRun, act, enabled, itemCount });
  useEffect(() => {
    latest.current = { currentRun, act, enabled, itemCount };
  });
  useEffect(() => {
    const run = (command: RunCommand): PressAnswer => {
      const { currentRun: now, act: apply, enabled: on, itemCount: count } = latest.current;
      if (!on) return 'busy';
      const view = now();
      const check = checkPress(command, view, count);
      if (check === 'first' || check === 'notStarted' || check === 'finished') return check;
      return apply(runActionFor(command, view.status)) ? 'asked' : 'applied';
    };
    const onKey = (e: KeyboardEvent) => {
      if (ownsKey(e.target, e.key)) return;
      const command = facilitatorCommandForKey(e);
      if (command && run(command) !== 'busy') e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    // One run screen answers the presenter view: the one holding the lock (see runScreenLock).
    let holding = false;
    const release = holdRunScreen(workshopId, (held) => {
      holding = held;
    });
    const unsubscribe = subscribePresenterCommands(workshopId, (command) => (holding ? run(command) : null));
    return () => {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      release();
    };
  }, [workshopId]);
}
