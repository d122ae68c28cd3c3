/**
 * What the renderer may ask of its host. The desktop app implements it through preload
 * (`window.kyoso`); web mode implements it with browser APIs. Features import only this.
 */
import type { KyosoInvokers } from '../../../common/ipc/contract';

/**
 * How requests to the sync server carry the member token: the desktop app's main process adds it
 * itself (`host`: the renderer never holds it); web mode has no other process, so the page sends
 * it (`page`); null when no token is kept for that server's origin.
 */
export type SyncAuth = { by: 'host' } | { by: 'page'; token: string } | null;

/** Edits that are typed but not yet on disk, as the host sees them before the page goes away. */
export interface UnsavedEdits {
  /** Resolves once every pending edit is committed (or has failed). */
  flush(): Promise<void>;
  /** True while anything typed is not yet committed. */
  hasUnsaved(): boolean;
}

export interface Platform extends KyosoInvokers {
  syncAuth(serverUrl: string): Promise<SyncAuth>;
  /**
   * Keeps `edits` safe when the page goes away: the desktop app flushes them in the close
   * handshake before a window closes or the app quits; a browser flushes on `pagehide` and when
   * the tab is hidden, and warns on unload while something is unsaved. Returns an unsubscribe.
   */
  guardUnsavedEdits(edits: UnsavedEdits): () => void;
}
