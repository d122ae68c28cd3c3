/** Pull: follow the cursor until `hasMore` is false, applying each page with its cursor. */
import type { PullResponse } from '../../../common/sync/protocol';
import type { KyosoDb } from '../data/db';
import type { Device } from '../data/device';
import { applyPulledPage } from './pull/applyPage';
import { SyncError, type SyncHttp } from './transport';
import { logSync } from './log';
import { readState, writeState } from './state';

export interface PullOptions {
  limit?: number;
  onProgress?: (pulled: number) => void;
}

/** Pulls every change after the saved cursor; returns how many changes arrived. */
export async function pullAll(
  db: KyosoDb,
  device: Device,
  ws: string,
  http: SyncHttp,
  options: PullOptions = {},
): Promise<number> {
  let pulled = 0;
  let restarted = false;
  let cursor = (await readState(db, ws)).cursor;
  // The next page is requested as soon as a page arrives (its cursor is known then) and fetched
  // while this one is applied; each page is still applied, with its cursor, strictly in order.
  let next: Promise<PullResponse> | null = null;
  for (;;) {
    try {
      const page = await (next ?? http.pull(cursor, options.limit));
      next = null;
      if (page.hasMore) {
        next = http.pull(page.cursor, options.limit);
        next.catch(() => undefined); // awaited on the next turn; an error is handled there
      }
      await applyPulledPage(db, device, ws, page.changes, page.cursor, !page.hasMore);
      pulled += page.changes.length;
      cursor = page.cursor;
      options.onProgress?.(pulled);
      if (!page.hasMore) return pulled;
    } catch (e) {
      next = null;
      // 410: the server cannot continue from our cursor. Pull everything again; the outbox stays.
      if (!(e instanceof SyncError) || e.failure.kind !== 'cursorExpired' || restarted) throw e;
      restarted = true;
      cursor = null;
      await db.transaction('rw', [db.syncState, db.syncLog], async () => {
        const state = await readState(db, ws);
        state.cursor = null;
        await writeState(db, state);
        await logSync(db, 'warn', 'cursorExpired', 'cursor expired; pulling everything again');
      });
    }
  }
}
