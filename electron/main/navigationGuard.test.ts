import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  guardWebContents,
  type GuardedContents,
  type PermissionSession,
} from './navigationGuard';

type Listener = (event: { preventDefault(): void; url: string }) => void;

/** A fake WebContents that records listeners and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const fire = (event: string, url = ''): boolean => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ preventDefault, url });
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string): WindowOpenHandlerResponse => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
    } as HandlerDetails);
  };
  return { contents: contents as unknown as GuardedContents, fire, open };
}

function setup() {
  const fake = fakeContents();
  const openExternal = vi.fn(async () => true);
  const presenterWindowOptions = vi.fn(() => ({ webPreferences: { sandbox: true, contextIsolation: true } }));
  guardWebContents(fake.contents, { openExternal, presenterWindowOptions });
  return { ...fake, openExternal, presenterWindowOptions };
}

describe('navigation guard', () => {
  it('allows navigation within app://kyoso', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'app://kyoso/index.html#/briefs')).toBe(false);
    expect(fire('will-redirect', 'app://kyoso/index.html')).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://other/index.html',
    'kyoso://x',
    '',
  ])('prevents navigating to %j', (url) => {
    const { fire } = setup();
    expect(fire('will-navigate', url)).toBe(true);
    expect(fire('will-redirect', url)).toBe(true);
  });

  it('prevents <webview> attachment', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('window.open handler', () => {
  it('allows only the presenter route, with the secure presenter options', () => {
    const { open, presenterWindowOptions } = setup();
    const result = open('app://kyoso/index.html#/present/workshop-1');
    expect(result).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: { webPreferences: { sandbox: true, contextIsolation: true }, show: true },
    });
    expect(presenterWindowOptions).toHaveBeenCalledTimes(1);
  });

  it.each([
    'app://kyoso/index.html#/settings',
    'app://kyoso/index.html',
    'app://evil/index.html#/present/x',
    'http://example.com/',
    'file:///C:/Windows/system32/calc.exe',
    'javascript:alert(1)',
    'about:blank',
  ])('denies %s without opening it externally', (url) => {
    const { open, openExternal } = setup();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies https links in-app and routes them to the confirmed external flow', () => {
    const { open, openExternal } = setup();
    expect(open('https://www.city.example.lg.jp/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.city.example.lg.jp/');
  });

  it('swallows a failing external flow instead of crashing main', async () => {
    const fake = fakeContents();
    const openExternal = vi.fn(async () => {
      throw new Error('boom');
    });
    guardWebContents(fake.contents, { openExternal, presenterWindowOptions: () => ({}) });
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await Promise.resolve();
  });
});

describe('permissions', () => {
  it('denies every permission request, check and device permission', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (handlers.device = h),
    } as unknown as PermissionSession;
    denyAllPermissions(session);

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'fullscreen',
      'openExternal',
    ]) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, { requestingUrl: 'app://kyoso/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check?.({}, permission, 'app://kyoso', {})).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'hid', origin: 'app://kyoso' })).toBe(false);
  });
});
