import type { RunStatus, RunView } from '../../../../../common/workshops/run';
import type { RunAction } from '../../../../../common/workshops/runEvents';

/** What a key asks of the run, wherever it was pressed (this window or the presenter view). */
export type RunCommand = 'toggle' | 'next' | 'previous' | 'extend';

export const RUN_COMMANDS: readonly RunCommand[] = ['toggle', 'next', 'previous', 'extend'];

/**
 * The action a command means in the run's current state (Space starts, pauses or resumes; 次へ
 * before the start starts: a remote's first press begins the run, as it begins a slide show).
 */
export function runActionFor(command: RunCommand, status: RunStatus): RunAction {
  switch (command) {
    case 'toggle':
      return status === 'idle'
        ? { type: 'start' }
        : status === 'running'
          ? { type: 'pause' }
          : { type: 'resume' };
    case 'next':
      return status === 'idle' ? { type: 'start' } : { type: 'next' };
    case 'previous':
      return { type: 'previous' };
    case 'extend':
      return { type: 'extend', minutes: 1 };
  }
}

/**
 * Whether a command can act on the run as it is, or why not — said in the presenter view, where a
 * press that does nothing must not pass without a sign. 'last': 次へ would end the run (asked first).
 */
export type PressCheck = 'ok' | 'last' | 'first' | 'notStarted' | 'finished';

export function checkPress(command: RunCommand, view: RunView, itemCount: number): PressCheck {
  if (view.status === 'finished') return command === 'previous' ? 'ok' : 'finished';
  if (view.status === 'idle') return command === 'toggle' || command === 'next' ? 'ok' : 'notStarted';
  if (command === 'previous' && view.index === 0) return 'first';
  if (command === 'next' && view.index >= itemCount - 1) return 'last';
  return 'ok';
}

interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
  isComposing?: boolean;
}

const plain = (e: KeyPress) => !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing;

/**
 * The facilitator's keys, listed on the run screen: Space, → / PageDown, ← / PageUp, +. The page
 * keys step the run too (a remote plugged into the facilitator's laptop sends them); the run screen
 * is short enough that they are not needed for scrolling.
 */
export function facilitatorCommandForKey(e: KeyPress): RunCommand | null {
  if (!plain(e)) return null;
  switch (e.key) {
    case ' ':
      return 'toggle';
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case '+':
      return 'extend';
    default:
      return null;
  }
}

/**
 * Keys pressed in the presenter view (the projector window), where a presenter remote sends → / ←
 * or PageDown / PageUp, often Space from its 次へ button and B or . from its blank-screen button.
 * As in slide software, Space is next here; B / . pause and resume (the one thing a remote could not
 * do otherwise; the presenter view lists its keys). A held key repeats; it must not skip items, so
 * a repeat is ignored.
 */
export function presenterCommandForKey(e: KeyPress): RunCommand | null {
  if (e.repeat || !plain(e)) return null;
  if (e.key === ' ') return 'next';
  if (e.key === 'b' || e.key === 'B' || e.key === '.') return 'toggle';
  return facilitatorCommandForKey(e);
}
