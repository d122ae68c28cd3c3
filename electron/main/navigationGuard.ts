import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { isAppUrl, isPresenterUrl, parseUrl } from './origin';

/** The parts of a WebContents the guard attaches to. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** What the guard needs from the rest of the app. */
export interface NavigationGuardDeps {
  /** Options for a presenter window that `window.open` is allowed to create. */
  presenterWindowOptions: () => BrowserWindowConstructorOptions;
  /** The confirmed external-link flow; called (not awaited) for https links. */
  openExternal: (url: string) => Promise<unknown>;
}

/**
 * Locks a WebContents to the app's own origin:
 * - `will-navigate` / `will-redirect` to any other origin (http, file:, javascript:, …) is prevented;
 * - `window.open` is denied except for the app's presenter route (opened with the secure options);
 *   https links are handed to the confirmed external-link flow instead of opening in-app;
 * - `<webview>` attachment is always prevented.
 * Attach it from `app.on('web-contents-created')` so every contents, including popups, is covered.
 */
export function guardWebContents(contents: GuardedContents, deps: NavigationGuardDeps): void {
  // Electron ≥ 25 puts the target on the event (the positional url argument is deprecated).
  const denyForeign = (details: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.setWindowOpenHandler(({ url }) => {
    if (isPresenterUrl(url)) {
      // show: true — app windows start hidden until ready-to-show, but nobody waits on this one.
      const options = { ...deps.presenterWindowOptions(), show: true };
      return { action: 'allow', overrideBrowserWindowOptions: options };
    }
    if (parseUrl(url)?.protocol === 'https:') {
      // Errors are the flow's own concern (it shows nothing on failure); never open in-app.
      void deps.openExternal(url).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK -- deps.openExternal is openExternalWithConfirmation
    }
    return { action: 'deny' };
  });
}

/** The session handlers that decide permissions. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * Denies every permission request and check (camera, microphone, notifications, geolocation,
 * HID/serial/USB devices, …). The app needs none; the fullscreen presenter view is a window
 * option set by main, not a page request.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
