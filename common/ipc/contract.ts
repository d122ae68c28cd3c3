/**
 * The one IPC contract between the renderer and the Electron main process.
 * Main registers a handler per channel typed against it; preload exposes exactly these
 * channels and nothing else; the renderer reaches them only through its `platform` module.
 */

/** Longest server URL and member token main accepts (the sync settings fields take no more). */
export const MAX_URL_CHARS = 4096;
export const MAX_TOKEN_CHARS = 4096;

export interface AppInfo {
  version: string;
  /** 'electron' in the desktop app; the browser implementation reports 'web'. */
  shell: 'electron' | 'web';
  platform: string;
}

export interface SavePdfRequest {
  /** A complete, self-contained print document (HTML). */
  html: string;
  /** A file name suggestion; main sanitises it. */
  suggestedName: string;
}

export type SaveResult = { saved: true; path: string } | { saved: false };

/** Whether a member token is kept, and whether it is bound to the origin of the server asked about. */
export type SyncTokenStatus = { kept: false } | { kept: true; origin: string; matches: boolean };

/**
 * `declined`: the user did not accept sending the token over plain http:// to another machine;
 * `invalidUrl`: the server URL cannot carry a token (not http(s), or with credentials in it);
 * `invalidToken`: not a token (an HTTP header takes visible ASCII only).
 */
export type SetSyncTokenResult = 'saved' | 'cleared' | 'declined' | 'invalidUrl' | 'invalidToken';

export interface IpcContract {
  /** Version and shell of the running app. */
  'app:info': { args: []; result: AppInfo };
  /** Open an https: link in the system browser after the user confirms; false if refused. */
  'shell:openExternal': { args: [url: string]; result: boolean };
  /** Render HTML to an A4 PDF offscreen and save it where the user chooses. */
  'pdf:save': { args: [request: SavePdfRequest]; result: SaveResult };
  /**
   * Whether the member token is kept and bound to the origin of `serverUrl`. The token itself never
   * comes back: the desktop app's main process adds it to requests for that origin only.
   */
  'sync:tokenStatus': { args: [serverUrl: string]; result: SyncTokenStatus };
  /**
   * Keeps the member token with the OS keychain, bound to the origin of `serverUrl` (asking the user
   * first when that is plain http:// to another machine); null forgets it.
   */
  'sync:setToken': { args: [serverUrl: string, token: string | null]; result: SetSyncTokenResult };
  /** Put plain text on the system clipboard (e.g. a brief for an email). */
  'clipboard:writeText': { args: [text: string]; result: void };
  /** Open (or focus) the presenter window on the app's own presenter route. */
  'window:openPresenter': { args: [route: string]; result: void };
  /** The renderer's answer to 'lifecycle:flushRequest': its unsaved edits are on disk (or it gave up). */
  'lifecycle:flushed': { args: [requestId: number]; result: void };
}

export type IpcChannel = keyof IpcContract;

/** Every channel, at runtime: preload exposes these and main registers these. */
export const IPC_CHANNELS = [
  'app:info',
  'shell:openExternal',
  'pdf:save',
  'sync:tokenStatus',
  'sync:setToken',
  'clipboard:writeText',
  'window:openPresenter',
  'lifecycle:flushed',
] as const satisfies readonly IpcChannel[];

// Compile-time check that the list above names every channel of the contract.
type Missing = Exclude<IpcChannel, (typeof IPC_CHANNELS)[number]>;
const _allChannelsListed: Missing extends never ? true : never = true;
void _allChannelsListed;

/**
 * Messages main sends to the renderer (`webContents.send`). Each is answered through an invoke
 * channel above, never on its own channel, so the one sender check and validator guard the answer.
 */
export interface IpcEventContract {
  /** A window is closing or the app quits: save unsaved edits, then invoke 'lifecycle:flushed'. */
  'lifecycle:flushRequest': { args: [requestId: number] };
}

export type IpcEventChannel = keyof IpcEventContract;

export const FLUSH_REQUEST_CHANNEL = 'lifecycle:flushRequest' satisfies IpcEventChannel;

/** One async function per invoke channel. */
export type KyosoInvokers = {
  [C in IpcChannel]: (...args: IpcContract[C]['args']) => Promise<IpcContract[C]['result']>;
};

/** Subscriptions to main's messages; the request ids and the answer stay inside preload. */
export interface KyosoSubscriptions {
  /**
   * Runs `flush` whenever main asks for unsaved edits before closing; preload answers main when
   * the returned promise settles. Returns an unsubscribe function.
   */
  onFlushRequest(flush: () => Promise<void>): () => void;
}

/** The names of {@link KyosoSubscriptions}, at runtime (preload exposes exactly these besides the channels). */
export const KYOSO_SUBSCRIPTIONS = [
  'onFlushRequest',
] as const satisfies readonly (keyof KyosoSubscriptions)[];

/** The API object preload puts on `window.kyoso`. */
export type KyosoApi = KyosoInvokers & KyosoSubscriptions;

/** How long main waits for a renderer's flush before it closes anyway (a hung page must not block quitting). */
export const FLUSH_DEADLINE_MS = 2000;

/** Presenter route of the app; the only in-app route a new window may open. */
export const PRESENTER_ROUTE_PREFIX = '#/present/';
