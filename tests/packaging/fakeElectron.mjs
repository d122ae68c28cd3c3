// Loaded with `node --import` before a built bundle: answers require('electron') with a recorder,
// so the real dist-electron/*.cjs files can run under plain Node (no Electron binary here).
// On exit it prints what the bundle did as one JSON line.
import Module from 'node:module';
import process from 'node:process';

const log = [];
const record = (what, detail) => log.push(detail === undefined ? { what } : { what, detail });

class BrowserWindow {
  constructor(options) {
    record('new BrowserWindow', options);
    this.webContents = { getURL: () => '' };
  }
  loadURL(url) {
    record('loadURL', url);
    return Promise.resolve();
  }
  once() {
    return this;
  }
  on() {
    return this;
  }
  static getAllWindows() {
    return [];
  }
  static getFocusedWindow() {
    return null;
  }
}

const fake = {
  app: {
    enableSandbox: () => record('enableSandbox'),
    setAppUserModelId: (id) => record('setAppUserModelId', id),
    requestSingleInstanceLock: () => true,
    quit: () => record('quit'),
    on: (event) => record('app.on', event),
    whenReady: () => Promise.resolve().then(() => record('ready')),
    getPath: (name) => `/fake/${name}`,
    getVersion: () => '0.0.0-test',
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => record('registerSchemesAsPrivileged', schemes),
    handle: (scheme) => record('protocol.handle', scheme),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => record('setPermissionRequestHandler'),
      setPermissionCheckHandler: () => record('setPermissionCheckHandler'),
      setDevicePermissionHandler: () => record('setDevicePermissionHandler'),
      webRequest: { onBeforeSendHeaders: (filter) => record('webRequest.onBeforeSendHeaders', filter) },
    },
  },
  ipcMain: { handle: (channel) => record('ipcMain.handle', channel) },
  BrowserWindow,
  // A laptop with a projector attached: the presenter window belongs on display 2.
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [
      { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
      { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 800 } },
    ],
  },
  dialog: {},
  shell: {},
  safeStorage: {},
  contextBridge: {
    exposeInMainWorld: (name, api) => {
      record('exposeInMainWorld', { name, keys: Object.keys(api), frozen: Object.isFrozen(api) });
      for (const key of Object.keys(api)) api[key]('arg');
    },
  },
  ipcRenderer: {
    invoke: (channel, ...args) => {
      record('ipcRenderer.invoke', { channel, args });
      return Promise.resolve();
    },
    // Plays main: every subscription at once receives one message carrying request id 7.
    on: (channel, listener) => {
      record('ipcRenderer.on', channel);
      listener({ sender: 'main' }, 7);
    },
    removeListener: (channel) => record('ipcRenderer.removeListener', channel),
  },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return fake;
  return load.call(this, request, ...rest);
};
process.on('exit', () => process.stdout.write(`${JSON.stringify(log)}\n`));
