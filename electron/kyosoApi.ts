import { IPC_CHANNELS, type IpcChannel, type KyosoApi } from '../common/ipc/contract';

/** Sends one channel's call to main; in preload this is `ipcRenderer.invoke`. */
export type Invoke = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>;

/**
 * Builds the `window.kyoso` API: one function per contract channel, each forwarding its arguments
 * to `invoke`. Nothing else is reachable — not `ipcRenderer`, not the event object. Frozen so page
 * code cannot swap a function (contextBridge copies it anyway; this keeps the test honest).
 */
export function createKyosoApi(invoke: Invoke): KyosoApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of IPC_CHANNELS) {
    api[channel] = (...args: unknown[]) => invoke(channel, ...args);
  }
  // The loop above fills exactly the contract's keys, which is what KyosoApi describes.
  return Object.freeze(api) as unknown as KyosoApi;
}
