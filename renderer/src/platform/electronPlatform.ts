import type { KyosoApi } from '../../../common/ipc/contract';
import { flushWhenHidden } from './pageLifecycle';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only inside the desktop app (exposed by preload). */
    kyoso?: KyosoApi;
  }
}

/** The preload API, if this renderer runs inside the desktop app. */
export function electronPlatform(): Platform | null {
  if (typeof window === 'undefined' || !window.kyoso) return null;
  const api = window.kyoso;
  return {
    ...api,
    // Main adds the header for the token's own origin (electron/main/syncToken.ts).
    syncAuth: async (serverUrl) => {
      const status = await api['sync:tokenStatus'](serverUrl);
      return status.kept && status.matches ? { by: 'host' } : null;
    },
    // No `beforeunload` here: in Electron a handler that cancels it silently keeps the window
    // open. Main asks for the flush instead (the close handshake) and closes once it is done.
    guardUnsavedEdits: (edits) => {
      const stopHandshake = api.onFlushRequest(() => edits.flush());
      const stopFlushing = flushWhenHidden(edits);
      return () => {
        stopHandshake();
        stopFlushing();
      };
    },
  };
}
