/**
 * The member token stays in the main process. The renderer hands it over once (`sync:setToken`)
 * and never reads it back; main adds the `Authorization` header to requests for the origin the
 * token was saved for, and to nothing else (the keeper: common/sync/tokenKeeper.ts). A page that
 * runs script in the renderer (an XSS, a hostile dependency) can use the token against that
 * server while it runs, but cannot carry it away or send it to another host.
 *
 * Why webRequest and not a main-side fetch over IPC: the sync transport stays one `fetch` code
 * path in both shells (web mode has no main process), push bodies of several MB are not copied
 * through IPC, and the header is added by the network layer the request already goes through.
 */
import type { BaseWindow, Dialog, MessageBoxOptions, WebRequest } from 'electron';
import {
  createSyncTokenKeeper as createKeeper,
  type SecretStore,
  type SyncTokenKeeper,
} from '../../common/sync/tokenKeeper';
import { parseUrl } from './origin';

export type { SyncTokenKeeper };

/** The keeper over main's keychain-backed store. */
export function createSyncTokenKeeper(deps: {
  secrets: SecretStore;
  confirmPlainHttp: (origin: string) => Promise<boolean>;
}): SyncTokenKeeper {
  return createKeeper({ ...deps, parseUrl });
}

/**
 * Adds the token to requests for its origin. The filter is broad because the origin changes at
 * run time; the keeper compares origins exactly. CORS preflights (OPTIONS) never carry it.
 */
export function attachSyncAuthorization(
  webRequest: Pick<WebRequest, 'onBeforeSendHeaders'>,
  keeper: Pick<SyncTokenKeeper, 'tokenFor'>,
): void {
  webRequest.onBeforeSendHeaders({ urls: ['http://*/*', 'https://*/*'] }, (details, callback) => {
    if (details.method === 'OPTIONS') return callback({});
    keeper.tokenFor(details.url).then(
      (token) =>
        callback(
          token === null
            ? {}
            : { requestHeaders: { ...details.requestHeaders, Authorization: `Bearer ${token}` } },
        ),
      () => callback({}),
    );
  });
}

/** The Electron surface of the plain-http question. */
export interface PlainHttpDialogDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  parent?: () => BaseWindow | null | undefined;
}

/** Japanese first (the default UI language) with an English line, as the other main dialogs. */
function plainHttpOptions(origin: string): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: ['キャンセル / Cancel', '暗号化せずに送信する / Send unencrypted'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    title: '暗号化されていない接続 / Unencrypted connection',
    message:
      'このサーバーとは暗号化されていない http:// で通信します。同じネットワークの誰かがメンバートークンを読み取り、あなたとして同期できるおそれがあります。それでもトークンを送信しますか？\n' +
      'This server is reached over unencrypted http://. Anyone on the network could read your member token and sync as you. Send the token anyway?',
    detail: origin,
  };
}

/** Asks in a main-process dialog, which a page in the renderer cannot answer for the user. */
export async function confirmPlainHttp(deps: PlainHttpDialogDeps, origin: string): Promise<boolean> {
  const parent = deps.parent?.() ?? null;
  const options = plainHttpOptions(origin);
  const { response } = parent
    ? await deps.dialog.showMessageBox(parent, options)
    : await deps.dialog.showMessageBox(options);
  return response === 1;
}
