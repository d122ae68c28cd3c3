import type { KyosoDb } from '../data/db';
import { browserPlatform } from './browserPlatform';
import { electronPlatform } from './electronPlatform';
import type { Platform } from './platform';

export type { Platform };

/** The host the renderer runs in: the desktop app if preload is there, else the browser. */
export function createPlatform(db: KyosoDb, version: string): Platform {
  return (
    electronPlatform() ??
    browserPlatform(
      {
        get: async (key) => {
          const row = await db.settings.get(`secret:${key}`);
          return typeof row?.value === 'string' ? row.value : null;
        },
        set: async (key, value) => {
          if (value === null) await db.settings.delete(`secret:${key}`);
          else await db.settings.put({ key: `secret:${key}`, value });
        },
      },
      version,
    )
  );
}
