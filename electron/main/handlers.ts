import type { IpcHandlers } from './ipc';
import type { PresenterController } from './presenterWindow';
import type { SyncTokenKeeper } from './syncToken';
import type { SavePdfRequest, SaveResult } from '../../common/ipc/contract';

/** The services behind the IPC channels, each already bound to the Electron surface. */
export interface HandlerServices {
  version: string;
  platform: string;
  openExternal: (url: string) => Promise<boolean>;
  savePdf: (request: SavePdfRequest) => Promise<SaveResult>;
  syncToken: Pick<SyncTokenKeeper, 'status' | 'set'>;
  presenter: PresenterController;
  /** Electron's clipboard: the renderer's navigator.clipboard needs a permission main denies. */
  writeClipboard: (text: string) => void;
  /** The close handshake's answer from a renderer (closeHandshake.ts). */
  acknowledgeFlush: (requestId: number) => void;
}

/** Maps each contract channel to its service; arguments are validated before these run. */
export function createIpcHandlers(services: HandlerServices): IpcHandlers {
  return {
    'app:info': async () => ({ version: services.version, shell: 'electron', platform: services.platform }),
    // openExternalWithConfirmation: https only, no credentials in the URL, after the user confirms.
    'shell:openExternal': (url) => services.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK -- goes through openExternalWithConfirmation
    'pdf:save': (request) => services.savePdf(request),
    'sync:tokenStatus': (serverUrl) => services.syncToken.status(serverUrl),
    'sync:setToken': (serverUrl, token) => services.syncToken.set(serverUrl, token),
    'clipboard:writeText': async (text) => services.writeClipboard(text),
    'window:openPresenter': (route) => services.presenter.open(route),
    'lifecycle:flushed': async (requestId) => services.acknowledgeFlush(requestId),
  };
}
