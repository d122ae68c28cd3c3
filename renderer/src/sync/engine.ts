/**
 * The sync engine: one pass is push then pull, under a lock shared by every window of this
 * database. Passes run on demand, when the network comes back, on a timer and shortly after
 * local writes; failures that may heal by themselves are retried with backoff and jitter.
 */
import { liveQuery, type Subscription } from 'dexie';
import { isRetryable, retryDelay, type SyncFailure } from '../../../common/sync/client/failure';
import type { PlanLimits, PushLimits } from '../../../common/sync/client/plan';
import type { KyosoDb } from '../data/db';
import type { Device } from '../data/device';
import { bindWorkspace, localWorkspaceOf } from './binding';
import { SyncError, SyncHttp, type FetchLike, type HOST_ADDS_TOKEN } from './transport';
import { withSyncLock } from './lock';
import { logSync, pruneSyncLog } from './log';
import { pullAll } from './pull';
import { retryUnapplied } from './pull/retryUnapplied';
import { pushOutbox, type SetAside } from './push/pushOutbox';
import { keptAside } from './push/setAside';
import type { SyncStatus } from './status';
import { readConfig, readState, writeConfig, writeState, type SyncConfig } from './state';

export interface SyncEngineOptions {
  db: KyosoDb;
  device: Device;
  /**
   * The member token for requests to `serverUrl`, `HOST_ADDS_TOKEN` when the host adds it itself
   * (the desktop app), or null when none is kept for that server.
   */
  getToken: (serverUrl: string) => Promise<string | typeof HOST_ADDS_TOKEN | null>;
  fetch?: FetchLike;
  onStatus?: (status: SyncStatus) => void;
  /** Whether the device believes it is online (navigator.onLine in the app). */
  isOnline?: () => boolean;
  random?: () => number;
  pullLimit?: number;
  plan?: PlanLimits;
  chunk?: PushLimits;
  /** Period of the timer trigger. */
  intervalMs?: number;
  /** This app's version: changes it cannot apply are kept, and a newer version tries them again. */
  appVersion?: string;
  /** Quiet time after the outbox grows before a pass starts. */
  debounceMs?: number;
  /** Least time between two passes started by the window coming back into view. */
  wakeGapMs?: number;
}

export type PassResult =
  | { ok: true; pushed: number; pulled: number }
  | { ok: false; failure: SyncFailure }
  | { ok: false; skipped: 'busy' | 'notConfigured' | 'offline' };

/** The status for outbox entries the server refused and that were kept locally (see push.ts). */
export function setAsideFailure(list: SetAside[]): SyncFailure {
  return {
    kind: 'setAside',
    items: list.map(({ table, id, fields, name, code, synced }) => ({
      table,
      id,
      fields,
      name,
      code,
      synced,
    })),
  };
}

/** An exception that is not a SyncError, as a failure the status line can show. */
export function unexpectedFailure(e: unknown): SyncFailure {
  return { kind: 'internal', technical: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}

export class SyncEngine {
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopFns: (() => void)[] = [];

  constructor(private readonly o: SyncEngineOptions) {}

  private get lockName() {
    return `kyoso-sync:${this.o.db.name}`;
  }

  private report(status: SyncStatus) {
    this.o.onStatus?.(status);
  }

  /**
   * Saves the settings and binds this device to the server workspace (see binding.ts): a device
   * that never synced keeps its records where they are and pushes them; switching between server
   * workspaces leaves the other workspace's records untouched, only hidden (nothing is deleted).
   */
  async configure(config: SyncConfig): Promise<void> {
    await writeConfig(this.o.db, config);
    await this.bind(config.workspaceId);
  }

  /** Binds (idempotent, two index look-ups when nothing changes); returns the local workspace. */
  private async bind(serverWs: string): Promise<string> {
    const { db, device } = this.o;
    const started = Date.now();
    // Re-queuing restored records can take seconds on a large device: say so on the status line
    // (the 'syncing' phase, flagged `preparing`, counting the rows done so far).
    const { local, moved } = await bindWorkspace(db, device, serverWs, ({ done, total }) =>
      this.report({
        phase: 'syncing',
        step: 'push',
        pushed: done,
        toPush: total,
        pulled: 0,
        preparing: true,
      }),
    );
    if (moved > 0) {
      const ms = Date.now() - started;
      await logSync(
        db,
        'info',
        'bound',
        `queued ${moved} local records for workspace ${serverWs} (${ms} ms)`,
        {
          count: moved,
          ms,
        },
      );
    }
    return local;
  }

  /** Forgets the server settings; records stay on this device. */
  async disconnect(): Promise<void> {
    await writeConfig(this.o.db, null);
    this.report({ phase: 'notConfigured' });
  }

  /** One pass (push, then pull) unless another window or call is running one. */
  async syncNow(): Promise<PassResult> {
    const config = await readConfig(this.o.db);
    if (!config) {
      this.report({ phase: 'notConfigured' });
      return { ok: false, skipped: 'notConfigured' };
    }
    if (this.o.isOnline && !this.o.isOnline()) {
      this.report({
        phase: 'offline',
        lastSyncedAt: (await readState(this.o.db, await localWorkspaceOf(this.o.db, config.workspaceId)))
          .lastSyncedAt,
      });
      return { ok: false, skipped: 'offline' };
    }
    const result = await withSyncLock(this.lockName, () => this.pass(config));
    return result.ran ? result.value : { ok: false, skipped: 'busy' };
  }

  private async pass(config: SyncConfig): Promise<PassResult> {
    const { db, device } = this.o;
    const token = await this.o.getToken(config.serverUrl);
    if (!token) return this.fail({ kind: 'noToken' });
    const http = new SyncHttp(config.serverUrl, config.workspaceId, token, this.o.fetch);
    // The records live under the local workspace bound to the server's (binding.ts). Binding here
    // too means records a backup restore brought in are uploaded without saving the settings again.
    let ws: string;
    try {
      ws = await this.bind(config.workspaceId);
    } catch (e) {
      console.error('sync pass failed', e);
      return this.fail(unexpectedFailure(e));
    }
    let progress = { step: 'push' as 'push' | 'pull', pushed: 0, toPush: 0, pulled: 0 };
    const show = () => this.report({ phase: 'syncing', ...progress });
    show();
    const setAside: SetAside[] = [];
    try {
      const pushed = await pushOutbox(db, ws, http, {
        device,
        onSetAside: (s) => setAside.push(s),
        ...(this.o.plan ? { plan: this.o.plan } : {}),
        ...(this.o.chunk ? { chunk: this.o.chunk } : {}),
        onProgress: (p) => {
          progress = { ...progress, pushed: p.pushed, toPush: p.total };
          show();
        },
      });
      progress = { ...progress, step: 'pull' };
      show();
      const appVersion = this.o.appVersion ?? '0.0.0';
      await retryUnapplied(db, device, ws, appVersion);
      const pulled = await pullAll(db, device, ws, http, {
        appVersion,
        ...(this.o.pullLimit ? { limit: this.o.pullLimit } : {}),
        onProgress: (n) => {
          progress = { ...progress, pulled: n };
          show();
        },
      });
      const at = new Date().toISOString();
      await db.transaction('rw', [db.syncState, db.syncLog], async () => {
        const state = await readState(db, ws);
        await writeState(db, { ...state, lastSyncedAt: at });
        if (pushed || pulled)
          await logSync(db, 'info', 'synced', `pushed ${pushed}, pulled ${pulled}`, { pushed, pulled });
      });
      await pruneSyncLog(db);
      this.attempt = 0;
      // Everything else went through; the status still says which record could not be synced, and
      // why — also in later passes, until the user settles the kept copy (logged once, when set aside).
      if (setAside.length) return this.fail(setAsideFailure(setAside));
      const kept = await keptAside(db, ws);
      if (kept.length) return this.fail(setAsideFailure(kept), false);
      this.report({ phase: 'upToDate', at });
      return { ok: true, pushed, pulled };
    } catch (e) {
      if (e instanceof SyncError) return this.fail(e.failure);
      // Anything else is a bug or a broken database: report it as an error (never leave the status
      // on "syncing") with what went wrong; the next pass tries again.
      console.error('sync pass failed', e);
      return this.fail(unexpectedFailure(e));
    }
  }

  private async fail(failure: SyncFailure, log = true): Promise<PassResult> {
    const at = new Date().toISOString();
    let retryAt: string | null = null;
    if (isRetryable(failure) && this.stopFns.length) {
      // The back-off, or the server's Retry-After (429 rate limit) when that is longer.
      const delay = retryDelay(failure, this.attempt++, this.o.random);
      retryAt = new Date(Date.now() + delay).toISOString();
      this.schedule(delay);
    }
    const level = failure.kind === 'network' ? 'warn' : 'error';
    if (log)
      await logSync(
        this.o.db,
        level,
        `error.${failure.kind}`,
        JSON.stringify(failure),
        'serverTime' in failure ? { serverTime: failure.serverTime } : {},
      );
    this.report({ phase: 'error', failure, at, retryAt });
    return { ok: false, failure };
  }

  private schedule(delay: number) {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.syncNow();
    }, delay);
  }

  /** Starts the automatic triggers (online, the window back in view, timer, outbox growth); returns `stop`. */
  start(): () => void {
    if (this.stopFns.length) return () => this.stop();
    const run = () => void this.syncNow().catch((e: unknown) => console.error('sync pass failed', e));
    const onOnline = () => {
      this.attempt = 0;
      run();
    };
    const onOffline = () => void this.syncNow();
    if (typeof window !== 'undefined') {
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
      this.stopFns.push(() => window.removeEventListener('online', onOnline));
      this.stopFns.push(() => window.removeEventListener('offline', onOffline));
    }
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      // Back to the app (another tab, a minimised window): what the other devices wrote meanwhile
      // shows now, not at the next timer tick up to a minute later.
      let lastWake = -Infinity;
      const onWake = () => {
        if (document.visibilityState !== 'visible') return;
        const now = Date.now();
        if (now - lastWake < (this.o.wakeGapMs ?? 5_000)) return;
        lastWake = now;
        run();
      };
      document.addEventListener('visibilitychange', onWake);
      window.addEventListener('focus', onWake);
      this.stopFns.push(() => document.removeEventListener('visibilitychange', onWake));
      this.stopFns.push(() => window.removeEventListener('focus', onWake));
    }
    const timer = setInterval(run, this.o.intervalMs ?? 60_000);
    this.stopFns.push(() => clearInterval(timer));
    let debounce: ReturnType<typeof setTimeout> | null = null;
    let last = -1;
    const sub: Subscription = liveQuery(() => this.o.db.outbox.count()).subscribe({
      next: (count) => {
        const grew = count > last && last !== -1;
        last = count;
        if (!grew) return;
        if (debounce) clearTimeout(debounce);
        debounce = setTimeout(run, this.o.debounceMs ?? 2000);
      },
    });
    this.stopFns.push(() => {
      sub.unsubscribe();
      if (debounce) clearTimeout(debounce);
    });
    run();
    return () => this.stop();
  }

  stop(): void {
    for (const fn of this.stopFns.splice(0)) fn();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
