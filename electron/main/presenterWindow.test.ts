import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createPresenterController, type PresenterDeps } from './presenterWindow';

function setup() {
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
  } as unknown as PresenterDeps);
  return { controller, windows, options };
}

describe('presenter window', () => {
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
