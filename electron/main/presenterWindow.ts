import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Screen } from 'electron';
import { isPresenterRoute, presenterUrl } from './origin';

/** The parts of a BrowserWindow the presenter controller uses. */
export type PresenterWindow = Pick<
  BrowserWindow,
  'loadURL' | 'focus' | 'show' | 'isDestroyed' | 'isMinimized' | 'restore' | 'once'
> & { webContents: Pick<BrowserWindow['webContents'], 'getURL'> };

/** What the controller needs to create windows. */
export interface PresenterDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PresenterWindow;
  options: () => BrowserWindowConstructorOptions;
  /** Electron's `screen` (only usable once the app is ready, hence a getter). */
  screen?: () => Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
}

/** The display a projector view belongs on: the first one that is not the primary display. */
export function externalDisplay(
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>,
): Display | null {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((d) => d.id !== primary.id) ?? null;
}

/**
 * Window options placed on the external display, full screen there (a projector shows nothing
 * else); without one, the options are unchanged and the window opens beside the main window.
 */
export function placeOnExternalDisplay(
  options: BrowserWindowConstructorOptions,
  display: Display | null,
): BrowserWindowConstructorOptions {
  if (!display) return options;
  const { x, y, width, height } = display.workArea;
  return { ...options, x, y, width, height, fullscreen: true };
}

/** Opens the one presenter window, or brings it forward. */
export interface PresenterController {
  open(route: string): Promise<void>;
}

/**
 * Keeps at most one presenter window (a meeting has one projector). Opening again focuses it and,
 * if the route changed, navigates it there. Routes outside `#/present/` are refused.
 */
export function createPresenterController(deps: PresenterDeps): PresenterController {
  let current: PresenterWindow | null = null;

  return {
    async open(route) {
      if (!isPresenterRoute(route)) throw new Error('Not a presenter route');
      const url = presenterUrl(route);
      if (current !== null && !current.isDestroyed()) {
        if (current.isMinimized()) current.restore();
        current.focus();
        if (current.webContents.getURL() !== url) await current.loadURL(url);
        return;
      }
      const display = deps.screen ? externalDisplay(deps.screen()) : null;
      const win = new deps.BrowserWindow(placeOnExternalDisplay(deps.options(), display));
      current = win;
      win.once('ready-to-show', () => win.show());
      win.once('closed', () => {
        if (current === win) current = null;
      });
      await win.loadURL(url);
    },
  };
}
