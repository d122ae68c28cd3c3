/**
 * Facilitator → presenter view, in the same app origin: the desktop app's presenter window and a
 * web-mode second tab both receive a BroadcastChannel message the moment 次へ is pressed, before
 * the database write has even committed. The presenter still reads the saved run, so it is right
 * after a reload too; the channel only makes it immediate (no polling). The projector message
 * travels the same way while it is typed (it is saved on Enter or leaving the field, as before).
 * The other way, keys pressed in the presenter view (a presenter remote) travel as commands to the
 * facilitator's run screen when one is open (it holds the run's answerer lock, see runScreenLock),
 * which applies them as its own keys and answers what it did; with none open the presenter view
 * applies them itself through the same write path (useRunControls).
 */
import { readRunEvents, type RunEvent } from '../../../../common/workshops/runEvents';
import { RUN_COMMANDS, type PressCheck, type RunCommand } from './run/runCommands';

const CHANNEL = 'kyoso-presenter';
/** The field's own limit: a longer message is not one this app sent. */
const MESSAGE_MAX = 200;

export type PresenterUpdate =
  | { workshopId: string; run: RunEvent[] }
  /** `base`: the message the facilitator's window last knew as saved (see `shownMessage`). */
  | { workshopId: string; message: string; base: string };

function post(data: unknown): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(data);
  channel.close();
}

export function publishPresenterUpdate(update: PresenterUpdate): void {
  post(update);
}

/** A message from the channel as an update, or null when it is not one (checked, not trusted). */
export function readPresenterUpdate(data: unknown): PresenterUpdate | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.workshopId !== 'string') return null;
  if (Array.isArray(d.run)) return { workshopId: d.workshopId, run: readRunEvents(d.run) };
  if (typeof d.message === 'string' && typeof d.base === 'string') {
    return {
      workshopId: d.workshopId,
      message: d.message.slice(0, MESSAGE_MAX),
      base: d.base.slice(0, MESSAGE_MAX),
    };
  }
  return null;
}

/** Calls `onUpdate` for updates about `workshopId`; returns the unsubscribe. */
export function subscribePresenterUpdates(
  workshopId: string,
  onUpdate: (u: PresenterUpdate) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const update = readPresenterUpdate(event.data);
    if (update?.workshopId === workshopId) onUpdate(update);
  };
  return () => channel.close();
}

interface PresenterCommandMessage {
  workshopId: string;
  command: RunCommand;
  /** The press, for the run screen's answer ('' from an older window: no answer is awaited). */
  press: string;
}

/** What the facilitator's run screen did with a press from the presenter view. */
export type PressAnswer = 'applied' | 'asked' | 'busy' | Exclude<PressCheck, 'ok' | 'last'>;

const ANSWERS: readonly PressAnswer[] = ['applied', 'asked', 'busy', 'first', 'notStarted', 'finished'];

interface PressAnswerMessage {
  workshopId: string;
  press: string;
  answer: PressAnswer;
}

/** A key pressed in the presenter view, for the facilitator's run screen to apply. */
export function publishPresenterCommand(workshopId: string, command: RunCommand, press = ''): void {
  post({ workshopId, command, press } satisfies PresenterCommandMessage);
}

export function readPresenterCommand(data: unknown): PresenterCommandMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.workshopId !== 'string' || !RUN_COMMANDS.includes(d.command as RunCommand)) return null;
  const press = typeof d.press === 'string' ? d.press.slice(0, 64) : '';
  return { workshopId: d.workshopId, command: d.command as RunCommand, press };
}

/**
 * Calls `onCommand` for presenter-view keys about `workshopId`, and sends back what it answers
 * (a run screen not holding the run's answerer lock answers null: it stays silent); returns the
 * unsubscribe.
 */
export function subscribePresenterCommands(
  workshopId: string,
  onCommand: (command: RunCommand) => PressAnswer | null,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readPresenterCommand(event.data);
    if (message?.workshopId !== workshopId) return;
    const answer = onCommand(message.command);
    if (answer && message.press) {
      channel.postMessage({ workshopId, press: message.press, answer } satisfies PressAnswerMessage);
    }
  };
  return () => channel.close();
}

export function readPressAnswer(data: unknown): PressAnswerMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.workshopId !== 'string' || typeof d.press !== 'string') return null;
  if (!ANSWERS.includes(d.answer as PressAnswer)) return null;
  return { workshopId: d.workshopId, press: d.press, answer: d.answer as PressAnswer };
}

/** Calls `onAnswer` for the run screen's answers to presses about `workshopId`; returns the unsubscribe. */
export function subscribePressAnswers(
  workshopId: string,
  onAnswer: (press: string, answer: PressAnswer) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readPressAnswer(event.data);
    if (message?.workshopId === workshopId) onAnswer(message.press, message.answer);
  };
  return () => channel.close();
}
