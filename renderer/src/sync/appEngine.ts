/**
 * The app's one engine per database, wired to the platform's secret store, the browser's
 * online state and the status store. Created on first use; `startAppSync` starts its triggers.
 */
import type { KyosoDb } from '../data/db';
import type { Device } from '../data/device';
import type { Platform } from '../platform';
import { APP_VERSION } from '../platform/appVersion';
import { SyncEngine } from './engine';
import { TOKEN_SECRET } from './state';
import { useSyncStatusStore } from './status';

const engines = new WeakMap<KyosoDb, SyncEngine>();

/** The engine of this database (one per window; the Web Lock keeps windows from overlapping). */
export function appSyncEngine(db: KyosoDb, device: Device, platform: Platform): SyncEngine {
  let engine = engines.get(db);
  if (!engine) {
    engine = new SyncEngine({
      db,
      device,
      getToken: () => platform['secrets:get'](TOKEN_SECRET),
      isOnline: () => navigator.onLine,
      appVersion: APP_VERSION,
      onStatus: (status) => useSyncStatusStore.getState().setStatus(status),
    });
    engines.set(db, engine);
  }
  return engine;
}

/** Saves the member token with the platform (OS keychain in the desktop app, IndexedDB on the web). */
export function saveSyncToken(platform: Platform, token: string | null): Promise<void> {
  return platform['secrets:set'](TOKEN_SECRET, token);
}
