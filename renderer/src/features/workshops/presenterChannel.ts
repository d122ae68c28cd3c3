/**
 * Facilitator → presenter view, in the same app origin: the desktop app's presenter window and a
 * web-mode second tab both receive a BroadcastChannel message the moment 次へ is pressed, before
 * the database write has even committed. The presenter still reads the saved run, so it is right
 * after a reload too; the channel only makes it immediate (no polling).
 */
import type { RunEvent } from '../../../../common/workshops/runEvents';

const CHANNEL = 'kyoso-presenter';

export interface PresenterUpdate {
  workshopId: string;
  run: RunEvent[];
}

export function publishPresenterUpdate(update: PresenterUpdate): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(update);
  channel.close();
}

/** Calls `onUpdate` for updates about `workshopId`; returns the unsubscribe. */
export function subscribePresenterUpdates(
  workshopId: string,
  onUpdate: (u: PresenterUpdate) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<PresenterUpdate>) => {
    if (event.data?.workshopId === workshopId) onUpdate(event.data);
  };
  return () => channel.close();
}
