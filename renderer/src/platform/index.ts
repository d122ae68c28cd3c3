import { browserPlatform, type BrowserSecretStore } from './browserPlatform';
import { electronPlatform } from './electronPlatform';
import type { Platform, SyncAuth } from './platform';

export type { Platform, BrowserSecretStore, SyncAuth };

/**
 * The host the renderer runs in: the desktop app if preload is there, else the browser, whose
 * secrets go to `webSecrets` (the data layer's settings table; platform knows nothing of it).
 */
export function createPlatform(webSecrets: BrowserSecretStore, version: string): Platform {
  return electronPlatform() ?? browserPlatform(webSecrets, version);
}
