/**
 * The app's one engine per database, wired to the platform's secret store, the browser's
 * online state and the status store. Created on first use; `startAppSync` starts its triggers.
 */
import type { KyosoDb } from '../data/db';
import type { Device } from '../data/device';
import type { SetSyncTokenResult } from '../../../common/ipc/contract';
import type { Platform } from '../platform';
import { APP_VERSION } from '../platform/appVersion';
import { SyncEngine } from './engine';
import { useSyncStatusStore } from './status';
import { HOST_ADDS_TOKEN } from './transport';

const engines = new WeakMap<KyosoDb, SyncEngine>();

/** The engine of this database (one per window; the Web Lock keeps windows from overlapping). */
export function appSyncEngine(db: KyosoDb, device: Device, platform: Platform): SyncEngine {
  let engine = engines.get(db);
  if (!engine) {
    engine = new SyncEngine({
      db,
      device,
      getToken: async (serverUrl) => {
        const auth = await platform.syncAuth(serverUrl);
        return auth === null ? null : auth.by === 'host' ? HOST_ADDS_TOKEN : auth.token;
      },
      isOnline: () => navigator.onLine,
      appVersion: APP_VERSION,
      onStatus: (status) => useSyncStatusStore.getState().setStatus(status),
    });
    engines.set(db, engine);
  }
  return engine;
}

/**
 * Hands the member token to the platform (OS keychain in the desktop app, IndexedDB on the web),
 * bound to the origin of `serverUrl`; plain http:// to another machine asks the user first.
 */
export function saveSyncToken(
  platform: Platform,
  serverUrl: string,
  token: string | null,
): Promise<SetSyncTokenResult> {
  return platform['sync:setToken'](serverUrl, token);
}
