/** What the sync status line shows; the engine reports it, a zustand store holds it for the UI. */
import { create } from 'zustand';
import type { SyncFailure } from '../../../common/sync/client/failure';

export type SyncStatus =
  | { phase: 'notConfigured' }
  | { phase: 'idle'; lastSyncedAt: string | null }
  | { phase: 'offline'; lastSyncedAt: string | null }
  | {
      phase: 'syncing';
      step: 'push' | 'pull';
      pushed: number;
      toPush: number;
      pulled: number;
      /**
       * Set while the first push is being prepared (local records moved into the server
       * workspace); `pushed`/`toPush` then count the rows prepared so far.
       */
      preparing?: true;
    }
  | { phase: 'upToDate'; at: string }
  | { phase: 'error'; failure: SyncFailure; at: string; retryAt: string | null };

interface SyncStatusState {
  status: SyncStatus;
  setStatus: (status: SyncStatus) => void;
}

/** UI state only: the records themselves are read with live queries. */
export const useSyncStatusStore = create<SyncStatusState>((set) => ({
  status: { phase: 'notConfigured' },
  setStatus: (status) => set({ status }),
}));
