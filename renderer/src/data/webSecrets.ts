/**
 * Where web mode keeps secrets (the member token): settings rows under `secret:`, which backups
 * never include. The desktop app uses the OS keychain through the platform instead.
 */
import { SECRET_SETTING_PREFIX } from '../../../common/export/backupFormat';
import type { KyosoDb } from './db';

export function webSecretStore(db: KyosoDb) {
  return {
    get: async (key: string): Promise<string | null> => {
      const row = await db.settings.get(`${SECRET_SETTING_PREFIX}${key}`);
      return typeof row?.value === 'string' ? row.value : null;
    },
    set: async (key: string, value: string | null): Promise<void> => {
      if (value === null) await db.settings.delete(`${SECRET_SETTING_PREFIX}${key}`);
      else await db.settings.put({ key: `${SECRET_SETTING_PREFIX}${key}`, value });
    },
  };
}
