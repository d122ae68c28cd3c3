/**
 * Facilitator → presenter view, in the same app origin: the desktop app's presenter window and a
 * web-mode second tab both receive a BroadcastChannel message the moment 次へ is pressed, before
 * the database write has even committed. The presenter still reads the saved run, so it is right
 * after a reload too; the channel only makes it immediate (no polling). The projector message
 * travels the same way while it is typed (it is saved on Enter or leaving the field, as before).
 * The other way, keys pressed in the presenter view (a presenter remote) travel as commands to the
 * facilitator's run screen, which applies them as its own keys (the run is written in one place).
 */
import { readRunEvents, type RunEvent } from '../../../../common/workshops/runEvents';
import { RUN_COMMANDS, type RunCommand } from './run/runCommands';

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
}

/** A key pressed in the presenter view, for the facilitator's run screen to apply. */
export function publishPresenterCommand(workshopId: string, command: RunCommand): void {
  post({ workshopId, command } satisfies PresenterCommandMessage);
}

export function readPresenterCommand(data: unknown): PresenterCommandMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.workshopId !== 'string' || !RUN_COMMANDS.includes(d.command as RunCommand)) return null;
  return { workshopId: d.workshopId, command: d.command as RunCommand };
}

/** Calls `onCommand` for presenter-view keys about `workshopId`; returns the unsubscribe. */
export function subscribePresenterCommands(
  workshopId: string,
  onCommand: (command: RunCommand) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readPresenterCommand(event.data);
    if (message?.workshopId === workshopId) onCommand(message.command);
  };
  return () => channel.close();
}
