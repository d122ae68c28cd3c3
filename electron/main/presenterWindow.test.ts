import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createPresenterController, type PresenterDeps } from './presenterWindow';

type FakeScreen = NonNullable<PresenterDeps['screen']> extends () => infer S ? S : never;

/** Electron's `screen` as the fake surface: displays with ids and work areas. */
function fakeScreen(count: number): FakeScreen {
  const displays = Array.from({ length: count }, (_, i) => ({
    id: 100 + i,
    workArea: { x: i * 1920, y: 0, width: i === 0 ? 1920 : 1280, height: i === 0 ? 1040 : 800 },
  }));
  return {
    getPrimaryDisplay: () => displays[0],
    getAllDisplays: () => displays,
  } as unknown as FakeScreen;
}

function setup(screen?: FakeScreen) {
  const windows: FakeWindow[] = [];
  class FakeWindow {
    url = '';
    destroyed = false;
    minimized = false;
    handlers = new Map<string, () => void>();
    loadURL = vi.fn(async (url: string) => {
      this.url = url;
    });
    focus = vi.fn();
    show = vi.fn();
    restore = vi.fn(() => {
      this.minimized = false;
    });
    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    once = (event: string, fn: () => void) => {
      this.handlers.set(event, fn);
      return this;
    };
    webContents = { getURL: () => this.url };
    constructor(public options: BrowserWindowConstructorOptions) {
      windows.push(this);
    }
    close() {
      this.destroyed = true;
      this.handlers.get('closed')?.();
    }
  }
  const options = { title: 'presenter', webPreferences: { sandbox: true } };
  const controller = createPresenterController({
    BrowserWindow: FakeWindow,
    options: () => options,
    ...(screen ? { screen: () => screen } : {}),
  } as unknown as PresenterDeps);
  return { controller, windows, options };
}

describe('presenter window', () => {
  it('opens full screen on the external display when one is connected', async () => {
    const { controller, windows } = setup(fakeScreen(2));
    await controller.open('#/present/w1');
    expect(windows[0]?.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 800, fullscreen: true });
    expect(windows[0]?.options.webPreferences).toEqual({ sandbox: true });
  });

  it('opens as a normal window when there is only the built-in display', async () => {
    const { controller, windows, options } = setup(fakeScreen(1));
    await controller.open('#/present/w1');
    expect(windows[0]?.options).toEqual(options);
  });

  it('opens a window with the given options on the presenter route and shows it when ready', async () => {
    const { controller, windows, options } = setup();
    await controller.open('#/present/w1');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options).toBe(options);
    expect(windows[0]?.url).toBe('app://kyoso/index.html#/present/w1');
    windows[0]?.handlers.get('ready-to-show')?.();
    expect(windows[0]?.show).toHaveBeenCalled();
  });

  it('focuses the existing window instead of opening a second one, navigating if the route changed', async () => {
    const { controller, windows } = setup();
    await controller.open('#/present/w1');
    windows[0]!.minimized = true;
    await controller.open('#/present/w1');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.restore).toHaveBeenCalled();
    expect(windows[0]?.focus).toHaveBeenCalled();
    expect(windows[0]?.loadURL).toHaveBeenCalledTimes(1);
    await controller.open('#/present/w2');
    expect(windows[0]?.url).toBe('app://kyoso/index.html#/present/w2');
  });

  it('opens a new window after the previous one was closed', async () => {
    const { controller, windows } = setup();
    await controller.open('#/present/w1');
    windows[0]?.close();
    await controller.open('#/present/w1');
    expect(windows).toHaveLength(2);
  });

  it.each(['#/settings', 'https://evil.example/#/present/x', '#/present/../x'])(
    'refuses %s',
    async (route) => {
      const { controller, windows } = setup();
      await expect(controller.open(route)).rejects.toThrow(/presenter route/);
      expect(windows).toHaveLength(0);
    },
  );
});
