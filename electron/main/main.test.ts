/**
 * Lifecycle wiring of main.ts, with `electron` replaced by a fake (the binary cannot run here).
 * The policies themselves are tested in their own modules; this checks they are all switched on,
 * in the right order, and that the app behaves as one instance.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../common/ipc/contract';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    listeners = new Map<string, Listener>();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    close = vi.fn();
    sent: unknown[][] = [];
    webContents = {
      send: (...args: unknown[]) => this.sent.push(args),
      isDestroyed: () => false,
      isCrashed: () => false,
    };
    constructor(public options: { webPreferences?: Record<string, unknown> }) {
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    once(event: string, fn: Listener) {
      this.listeners.set(event, fn);
      return this;
    }
    on(event: string, fn: Listener) {
      this.listeners.set(event, fn);
      return this;
    }
    static getAllWindows = () => windows;
    static getFocusedWindow = () => null;
  }
  const state = { lock: true, ready: Promise.resolve() };
  const electron = {
    app: {
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      setAppUserModelId: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      on: vi.fn((event: string, fn: Listener) => appListeners.set(event, fn)),
      whenReady: vi.fn(() => state.ready.then(() => calls.push('ready'))),
      getPath: (name: string) => `/fake/${name}`,
      getVersion: () => '0.1.0',
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(() => calls.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(() => calls.push('permissions')),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeSendHeaders: vi.fn(() => calls.push('syncAuthorization')) },
      },
    },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: FakeWindow,
    dialog: {},
    shell: {},
    safeStorage: {},
  };
  return { calls, appListeners, windows, state, electron };
});

vi.mock('electron', () => fake.electron);

async function loadMain(): Promise<void> {
  vi.resetModules();
  await import('./main');
  await fake.state.ready;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  vi.clearAllMocks();
  fake.calls.length = 0;
  fake.windows.length = 0;
  fake.appListeners.clear();
  fake.state.lock = true;
});

describe('main lifecycle', () => {
  it('sandboxes and registers app:// before ready, then wires protocol, permissions, IPC and the window', async () => {
    await loadMain();
    const { calls, electron } = fake;
    expect(calls.indexOf('enableSandbox')).toBeLessThan(calls.indexOf('ready'));
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('ready'));
    expect(calls.indexOf('ready')).toBeLessThan(calls.indexOf('protocol.handle'));
    expect(calls).toContain('permissions');
    // The member token is added by main, for its own origin only (syncToken.ts).
    expect(calls).toContain('syncAuthorization');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(electron.app.setAppUserModelId).toHaveBeenCalledWith('jp.kyoso.desk');

    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(String(win.options.webPreferences?.preload)).toMatch(/preload\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://kyoso/index.html');
    win.listeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalled();
  });

  it('guards every new web contents', async () => {
    await loadMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map((c) => c[0])).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.state.lock = false;
    await loadMain();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('focuses the existing window on a second launch and reopens one on activate', async () => {
    await loadMain();
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows[0]?.focus).toHaveBeenCalled();
    fake.windows.length = 0;
    fake.appListeners.get('activate')?.();
    expect(fake.windows).toHaveLength(1);
  });

  it('asks the renderer to flush before the main window closes, and closes once it answers', async () => {
    await loadMain();
    const win = fake.windows[0]!;
    const preventDefault = vi.fn();
    win.listeners.get('close')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(win.sent).toEqual([['lifecycle:flushRequest', 1]]);

    // The renderer answers through the IPC handler registered for 'lifecycle:flushed'.
    const answer = fake.electron.ipcMain.handle.mock.calls.find((c) => c[0] === 'lifecycle:flushed')?.[1] as (
      event: unknown,
      ...args: unknown[]
    ) => Promise<void>;
    await answer({ senderFrame: { url: 'app://kyoso/index.html', parent: null } }, 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(win.close).toHaveBeenCalled();
  });

  it('holds the quit until the main window has flushed', async () => {
    await loadMain();
    const win = fake.windows[0]!;
    const preventDefault = vi.fn();
    fake.appListeners.get('before-quit')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(win.sent).toHaveLength(1);
    expect(fake.electron.app.quit).not.toHaveBeenCalled();
  });

  it('quits when all windows close (except on macOS)', async () => {
    await loadMain();
    fake.appListeners.get('window-all-closed')?.();
    if (process.platform === 'darwin') expect(fake.electron.app.quit).not.toHaveBeenCalled();
    else expect(fake.electron.app.quit).toHaveBeenCalled();
  });
});
