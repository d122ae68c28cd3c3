/**
 * What the renderer may ask of its host. The desktop app implements it through preload
 * (`window.kyoso`); web mode implements it with browser APIs. Features import only this.
 */
import type { KyosoApi } from '../../../common/ipc/contract';

/**
 * How requests to the sync server carry the member token: the desktop app's main process adds it
 * itself (`host`: the renderer never holds it); web mode has no other process, so the page sends
 * it (`page`); null when no token is kept for that server's origin.
 */
export type SyncAuth = { by: 'host' } | { by: 'page'; token: string } | null;

export interface Platform extends KyosoApi {
  syncAuth(serverUrl: string): Promise<SyncAuth>;
}
