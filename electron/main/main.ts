/**
 * Electron main process: lifecycle and wiring only. Every policy lives in a small module beside
 * this file, unit-tested against a fake Electron surface.
 */
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FLUSH_DEADLINE_MS } from '../../common/ipc/contract';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { createCloseHandshake } from './closeHandshake';
import { openExternalWithConfirmation } from './externalLinks';
import { createIpcHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { denyAllPermissions, guardWebContents } from './navigationGuard';
import { nodeSecretFs } from './nodeSecretFs';
import { APP_INDEX_URL } from './origin';
import { savePdf } from './pdf';
import { createPresenterController } from './presenterWindow';
import { createPrintDocumentStore } from './printDocuments';
import { createSecretStore } from './secrets';
import { attachSyncAuthorization, confirmPlainHttp, createSyncTokenKeeper } from './syncToken';
import { mainWindowOptions, presenterWindowOptions } from './windowOptions';

// Bundled to dist-electron/main.cjs; the renderer build sits in dist/ beside it.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, '..', 'dist');

let mainWindow: BrowserWindow | null = null;
// Unsaved edits (council notes, drafts) are flushed before the main window closes or the app quits.
const closeHandshake = createCloseHandshake(FLUSH_DEADLINE_MS);

function createMainWindow(): void {
  // The scanner cannot follow options built by a function; windowOptions.test.ts and main.test.ts
  // assert contextIsolation, sandbox, no Node and Auxclick disabled on this very window.
  const win = new BrowserWindow(mainWindowOptions(preloadPath)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- options come from secureWebPreferences(), tested
  mainWindow = win;
  closeHandshake.guardWindow(win);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    // Most often dist/ is missing in a development checkout.
    console.error(`Could not load ${APP_INDEX_URL} (is the renderer built? npm run build):`, error);
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return createMainWindow(); // macOS: running with no window open
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

const focusedWindow = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? mainWindow;
const openExternal = (url: string): Promise<boolean> =>
  openExternalWithConfirmation({ dialog, shell, parent: focusedWindow }, url);

function wireServices(): void {
  // One store: savePdf puts the document the hidden print window then loads from app://.
  const printDocuments = createPrintDocumentStore();
  handleAppProtocol(protocol, rendererDir, printDocuments);
  denyAllPermissions(session.defaultSession);
  const secrets = createSecretStore({
    safeStorage,
    fs: nodeSecretFs,
    filePath: path.join(app.getPath('userData'), 'secrets.json'),
  });
  const syncToken = createSyncTokenKeeper({
    secrets,
    confirmPlainHttp: (origin) => confirmPlainHttp({ dialog, parent: focusedWindow }, origin),
  });
  attachSyncAuthorization(session.defaultSession.webRequest, syncToken);
  const presenter = createPresenterController({
    BrowserWindow,
    options: () => presenterWindowOptions(preloadPath),
    screen: () => screen,
  });
  const handlers = createIpcHandlers({
    version: app.getVersion(),
    platform: process.platform,
    openExternal,
    savePdf: (request) =>
      savePdf(
        {
          BrowserWindow,
          dialog,
          fs: { writeFile },
          parent: focusedWindow,
          defaultDir: () => app.getPath('documents'),
          documents: printDocuments,
        },
        request,
      ),
    syncToken,
    presenter,
    writeClipboard: (text) => clipboard.writeText(text),
    acknowledgeFlush: (requestId) => closeHandshake.acknowledge(requestId),
  });
  registerIpcHandlers(ipcMain, handlers);
}

// Both must happen before `ready`: sandbox every renderer, and make app:// a privileged scheme.
app.enableSandbox();
registerAppScheme(protocol);
// Windows groups taskbar buttons and pins by this id; it must equal electron-builder's appId.
app.setAppUserModelId('jp.kyoso.desk');

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the running instance (one local database, one writer).
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  closeHandshake.guardQuit(app);
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      presenterWindowOptions: () => presenterWindowOptions(preloadPath),
      openExternal,
    }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  void app.whenReady().then(() => {
    wireServices();
    createMainWindow();
  });
}
