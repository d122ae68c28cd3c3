import {
  FLUSH_REQUEST_CHANNEL,
  IPC_CHANNELS,
  type IpcChannel,
  type IpcEventChannel,
  type KyosoApi,
} from '../common/ipc/contract';

/** Sends one channel's call to main; in preload this is `ipcRenderer.invoke`. */
export type Invoke = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>;

/**
 * Listens to one of main's messages; in preload this wraps `ipcRenderer.on` and drops the event
 * object. Returns an unsubscribe function.
 */
export type Subscribe = (channel: IpcEventChannel, listener: (...args: unknown[]) => void) => () => void;

/**
 * Builds the `window.kyoso` API: one function per contract channel, each forwarding its arguments
 * to `invoke`, and the subscriptions. Nothing else is reachable — not `ipcRenderer`, not the event
 * object, not main's request ids. Frozen so page code cannot swap a function (contextBridge copies
 * it anyway; this keeps the test honest).
 */
export function createKyosoApi(invoke: Invoke, subscribe: Subscribe): KyosoApi {
  const api: Record<string, (...args: never[]) => unknown> = {};
  for (const channel of IPC_CHANNELS) {
    api[channel] = (...args: unknown[]) => invoke(channel, ...args);
  }
  api.onFlushRequest = (flush: () => Promise<void>) =>
    subscribe(FLUSH_REQUEST_CHANNEL, (requestId) => {
      if (!Number.isSafeInteger(requestId)) return;
      // Answer whatever happens: a failed save must not leave main waiting for its deadline.
      void Promise.resolve()
        .then(flush)
        .catch(() => undefined)
        .then(() => invoke('lifecycle:flushed', requestId));
    });
  // The lines above fill exactly the contract's keys, which is what KyosoApi describes.
  return Object.freeze(api) as unknown as KyosoApi;
}
