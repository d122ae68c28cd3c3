import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_REQUEST_CHANNEL } from '../../common/ipc/contract';
import { createCloseHandshake, type FlushableWindow, type PreventableEvent } from './closeHandshake';

type Listener = (event: PreventableEvent) => void;

/** A BrowserWindow stand-in whose `close()` emits `close` the way Electron does. */
class FakeWindow implements FlushableWindow {
  closeListeners: Listener[] = [];
  closedListeners: (() => void)[] = [];
  destroyed = false;
  crashed = false;
  sent: unknown[][] = [];
  webContents = {
    send: (channel: string, ...args: unknown[]) => void this.sent.push([channel, ...args]),
    isDestroyed: () => this.destroyed,
    isCrashed: () => this.crashed,
  };
  on(_event: 'close', listener: Listener) {
    this.closeListeners.push(listener);
    return this;
  }
  once(_event: 'closed', listener: () => void) {
    this.closedListeners.push(listener);
    return this;
  }
  isDestroyed = () => this.destroyed;
  /** Returns whether the window really closed (no listener prevented it). */
  close = vi.fn((): boolean => {
    let prevented = false;
    for (const l of this.closeListeners) l({ preventDefault: () => (prevented = true) });
    if (prevented) return false;
    this.destroyed = true;
    for (const l of this.closedListeners) l();
    return true;
  });
  lastRequestId(): number {
    const last = this.sent.at(-1);
    expect(last?.[0]).toBe(FLUSH_REQUEST_CHANNEL);
    return last?.[1] as number;
  }
}

class FakeApp {
  listeners: Listener[] = [];
  quits = 0;
  on(_event: 'before-quit', listener: Listener) {
    this.listeners.push(listener);
    return this;
  }
  quit = () => {
    let prevented = false;
    for (const l of this.listeners) l({ preventDefault: () => (prevented = true) });
    if (!prevented) this.quits++;
  };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('closing a window', () => {
  it('holds the close until the renderer answers, then closes', async () => {
    const handshake = createCloseHandshake(2000);
    const win = new FakeWindow();
    handshake.guardWindow(win);

    expect(win.close()).toBe(false);
    expect(win.sent).toHaveLength(1);
    await settle();
    expect(win.destroyed).toBe(false);

    handshake.acknowledge(win.lastRequestId());
    await settle();
    expect(win.destroyed).toBe(true);
  });

  it('closes anyway once the deadline passes (a hung page never blocks closing)', async () => {
    const handshake = createCloseHandshake(2000);
    const win = new FakeWindow();
    handshake.guardWindow(win);
    win.close();
    vi.advanceTimersByTime(1999);
    await settle();
    expect(win.destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    await settle();
    expect(win.destroyed).toBe(true);
  });

  it('sends one request however often the user clicks close while it waits', async () => {
    const handshake = createCloseHandshake(2000);
    const win = new FakeWindow();
    handshake.guardWindow(win);
    win.close();
    win.close();
    win.close();
    expect(win.sent).toHaveLength(1);
    handshake.acknowledge(win.lastRequestId());
    await settle();
    expect(win.destroyed).toBe(true);
  });

  it('does not wait for a crashed page', () => {
    const handshake = createCloseHandshake(2000);
    const win = new FakeWindow();
    handshake.guardWindow(win);
    win.crashed = true;
    expect(win.close()).toBe(true);
    expect(win.sent).toHaveLength(0);
  });

  it('ignores an answer to another request', async () => {
    const handshake = createCloseHandshake(2000);
    const a = new FakeWindow();
    const b = new FakeWindow();
    handshake.guardWindow(a);
    handshake.guardWindow(b);
    a.close();
    b.close();
    handshake.acknowledge(b.lastRequestId());
    handshake.acknowledge(9999);
    await settle();
    expect(b.destroyed).toBe(true);
    expect(a.destroyed).toBe(false);
  });
});

describe('quitting the app', () => {
  it('flushes every open guarded window once, then quits without asking again', async () => {
    const handshake = createCloseHandshake(2000);
    const app = new FakeApp();
    const a = new FakeWindow();
    const b = new FakeWindow();
    handshake.guardWindow(a);
    handshake.guardWindow(b);
    handshake.guardQuit(app);

    app.quit();
    expect(app.quits).toBe(0);
    expect(a.sent).toHaveLength(1);
    expect(b.sent).toHaveLength(1);

    handshake.acknowledge(a.lastRequestId());
    await settle();
    expect(app.quits).toBe(0); // still waiting for b

    handshake.acknowledge(b.lastRequestId());
    await settle();
    expect(app.quits).toBe(1);
    // Electron now closes each window: they were flushed, so they close at once.
    expect(a.close()).toBe(true);
    expect(b.close()).toBe(true);
    expect(a.sent).toHaveLength(1);
  });

  it('quits after the deadline when a renderer never answers', async () => {
    const handshake = createCloseHandshake(500);
    const app = new FakeApp();
    const win = new FakeWindow();
    handshake.guardWindow(win);
    handshake.guardQuit(app);
    app.quit();
    vi.advanceTimersByTime(500);
    await settle();
    expect(app.quits).toBe(1);
  });

  it('does not ask a window that already closed', async () => {
    const handshake = createCloseHandshake(2000);
    const app = new FakeApp();
    const win = new FakeWindow();
    handshake.guardWindow(win);
    handshake.guardQuit(app);
    win.close();
    handshake.acknowledge(win.lastRequestId());
    await settle();
    expect(win.destroyed).toBe(true);

    app.quit();
    await settle();
    expect(app.quits).toBe(1);
    expect(win.sent).toHaveLength(1);
  });
});
