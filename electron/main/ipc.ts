import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type IpcChannel, type IpcContract } from '../../common/ipc/contract';
import { IPC_ARG_VALIDATORS } from './ipcValidation';
import { isAppUrl } from './origin';
import { isPrintDocumentUrl } from './printDocuments';

/** Main-side implementation of every channel of the contract, typed end to end. */
export type IpcHandlers = {
  [C in IpcChannel]: (...args: IpcContract[C]['args']) => Promise<IpcContract[C]['result']>;
};

/** The slice of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/**
 * True when the message comes from the top frame of an app page (`app://kyoso/...`).
 * A null frame (navigated away or destroyed) and sub-frames are untrusted, and so are print
 * documents (`app://kyoso/__print/…`: same origin, but user content that never needs IPC).
 */
export function isAppSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url) && !isPrintDocumentUrl(frame.url);
}

/** Thrown to the renderer (as a rejected promise) when a call is refused. */
export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

/**
 * Registers one `ipcMain.handle` per contract channel. Every call is refused unless the sender is
 * trusted and the arguments pass the channel's runtime validator; only then does the handler run.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isTrustedSender: (event: SenderEvent) => boolean = isAppSender,
): void {
  for (const channel of IPC_CHANNELS) {
    register(ipcMain, channel, handlers[channel], isTrustedSender);
  }
}

function register<C extends IpcChannel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  handler: IpcHandlers[C],
  isTrustedSender: (event: SenderEvent) => boolean,
): void {
  const validate = IPC_ARG_VALIDATORS[channel] as (args: unknown[]) => args is IpcContract[C]['args'];
  ipcMain.handle(channel, async (event: SenderEvent, ...args: unknown[]) => {
    if (!isTrustedSender(event)) throw new IpcRefusedError(`${channel}: sender is not the app`);
    if (!validate(args)) throw new IpcRefusedError(`${channel}: invalid arguments`);
    return handler(...args);
  });
}
