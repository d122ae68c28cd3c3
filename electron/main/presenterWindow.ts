import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
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
      const win = new deps.BrowserWindow(deps.options());
      current = win;
      win.once('ready-to-show', () => win.show());
      win.once('closed', () => {
        if (current === win) current = null;
      });
      await win.loadURL(url);
    },
  };
}
