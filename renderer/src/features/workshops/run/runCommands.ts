import type { RunStatus } from '../../../../../common/workshops/run';
import type { RunAction } from '../../../../../common/workshops/runEvents';

/** What a key asks of the run, wherever it was pressed (this window or the presenter view). */
export type RunCommand = 'toggle' | 'next' | 'previous' | 'extend';

export const RUN_COMMANDS: readonly RunCommand[] = ['toggle', 'next', 'previous', 'extend'];

/** The action a command means in the run's current state (Space starts, pauses or resumes). */
export function runActionFor(command: RunCommand, status: RunStatus): RunAction {
  switch (command) {
    case 'toggle':
      return status === 'idle'
        ? { type: 'start' }
        : status === 'running'
          ? { type: 'pause' }
          : { type: 'resume' };
    case 'next':
      return { type: 'next' };
    case 'previous':
      return { type: 'previous' };
    case 'extend':
      return { type: 'extend', minutes: 1 };
  }
}

interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
  isComposing?: boolean;
}

/** The facilitator's keys, listed on the run screen: Space, →, ←, +. */
export function facilitatorCommandForKey(e: KeyPress): RunCommand | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return null;
  return (
    ({ ' ': 'toggle', ArrowRight: 'next', ArrowLeft: 'previous', '+': 'extend' } as const)[
      e.key as ' ' | 'ArrowRight' | 'ArrowLeft' | '+'
    ] ?? null
  );
}

/**
 * Keys pressed in the presenter view (the projector window), where a presenter remote sends → / ←
 * or PageDown / PageUp, and Space: the facilitator's keys plus the page keys (nothing scrolls on a
 * projector). A held key repeats; it must not skip items, so a repeat is ignored.
 */
export function presenterCommandForKey(e: KeyPress): RunCommand | null {
  if (e.repeat) return null;
  if (!e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing) {
    if (e.key === 'PageDown') return 'next';
    if (e.key === 'PageUp') return 'previous';
  }
  return facilitatorCommandForKey(e);
}
