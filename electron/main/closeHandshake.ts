/**
 * Flush before close: before a guarded window closes or the app quits, main asks the renderer to
 * save its unsaved edits ('lifecycle:flushRequest') and waits for the answer ('lifecycle:flushed')
 * — at most a short deadline, so a hung or crashed page never keeps the app from closing.
 *
 * Electron order on quit: `before-quit` on the app, then `close` on each window. The quit path
 * flushes every guarded window once and releases them, so their `close` does not ask again.
 */
import { FLUSH_REQUEST_CHANNEL } from '../../common/ipc/contract';

/** The cancellable event Electron passes to `close` and `before-quit`. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of a BrowserWindow the handshake uses. */
export interface FlushableWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  once(event: 'closed', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: {
    send(channel: string, ...args: unknown[]): void;
    isDestroyed(): boolean;
    isCrashed(): boolean;
  };
}

/** The parts of Electron's `app` the quit path uses. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CloseHandshake {
  /** Hold this window's `close` until its renderer has flushed (or the deadline passed). */
  guardWindow(win: FlushableWindow): void;
  /** Hold the app's quit until every guarded window has flushed. */
  guardQuit(app: QuittingApp): void;
  /** The renderer's answer; an unknown or late id is ignored. */
  acknowledge(requestId: number): void;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createCloseHandshake(deadlineMs: number, timers: Timers = defaultTimers): CloseHandshake {
  let nextRequestId = 1;
  const waiting = new Map<number, () => void>();
  const guarded = new Set<FlushableWindow>();
  /** Windows that may close now (flushed, or the deadline passed). */
  const released = new WeakSet<FlushableWindow>();
  /** The flush in flight per window, so a second close click does not send a second request. */
  const inFlight = new WeakMap<FlushableWindow, Promise<void>>();
  let quitReleased = false;
  let quitting = false;

  const unreachable = (win: FlushableWindow) =>
    win.isDestroyed() || win.webContents.isDestroyed() || win.webContents.isCrashed();

  function requestFlush(win: FlushableWindow): Promise<void> {
    if (unreachable(win)) return Promise.resolve();
    const running = inFlight.get(win);
    if (running) return running;
    const requestId = nextRequestId++;
    const flushed = new Promise<void>((resolve) => {
      const finish = () => {
        timers.clearTimeout(timer);
        waiting.delete(requestId);
        inFlight.delete(win);
        resolve();
      };
      const timer = timers.setTimeout(finish, deadlineMs);
      waiting.set(requestId, finish);
      try {
        win.webContents.send(FLUSH_REQUEST_CHANNEL, requestId);
      } catch {
        finish(); // the page went away between the check and the send
      }
    });
    inFlight.set(win, flushed);
    return flushed;
  }

  return {
    guardWindow(win) {
      guarded.add(win);
      win.once('closed', () => guarded.delete(win));
      win.on('close', (event) => {
        if (released.has(win) || unreachable(win)) return;
        event.preventDefault();
        void requestFlush(win).then(() => {
          released.add(win);
          if (!win.isDestroyed()) win.close();
        });
      });
    },

    guardQuit(app) {
      app.on('before-quit', (event) => {
        if (quitReleased) return;
        event.preventDefault();
        if (quitting) return;
        quitting = true;
        const windows = [...guarded];
        void Promise.all(windows.map(requestFlush)).then(() => {
          for (const win of windows) released.add(win);
          quitReleased = true;
          app.quit();
        });
      });
    },

    acknowledge(requestId) {
      waiting.get(requestId)?.();
    },
  };
}
