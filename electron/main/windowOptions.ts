import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Background shown before the first paint, matching the renderer's page colour (white). */
export const WINDOW_BACKGROUND = '#ffffff';

/** Window title; the renderer replaces it with the page title once loaded. */
export const WINDOW_TITLE = '共創デスク';

/**
 * The hardened web preferences every app window gets (main and presenter).
 * Each flag restates Electron's secure default on purpose, so a future default change
 * or a careless override shows up in review and in the tests.
 */
export function secureWebPreferences(preloadPath: string | null): WebPreferences {
  return {
    ...(preloadPath === null ? {} : { preload: preloadPath }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Middle-click on a link opens a window without a click event the page can see; the window-open
    // handler denies it anyway, this removes the path (Electronegativity AUXCLICK_JS_CHECK).
    disableBlinkFeatures: 'Auxclick',
  };
}

/**
 * Options for the main window. It starts hidden and is shown on `ready-to-show`
 * so the user never sees a white flash of an empty frame.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: WINDOW_TITLE,
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Options for the presenter window (meeting projector view): same security, larger default. */
export function presenterWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...mainWindowOptions(preloadPath),
    width: 1280,
    height: 720,
    title: `${WINDOW_TITLE} — 発表`,
    autoHideMenuBar: true,
  };
}
