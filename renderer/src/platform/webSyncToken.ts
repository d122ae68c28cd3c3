/**
 * Web mode's member token: the same origin-bound keeper as the desktop app's main process
 * (common/sync/tokenKeeper.ts), over the browser's secret store (IndexedDB, which the settings
 * page says is unencrypted), asking about plain http:// with the browser's own confirm dialog.
 */
import i18next from 'i18next';
import {
  createSyncTokenKeeper,
  type SecretStore,
  type SyncTokenKeeper,
} from '../../../common/sync/tokenKeeper';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function webSyncToken(
  secrets: SecretStore,
  confirm: (message: string) => boolean = (message) => window.confirm(message),
): SyncTokenKeeper {
  return createSyncTokenKeeper({
    secrets,
    parseUrl,
    cache: false,
    // Plain text for window.confirm: nothing to escape.
    confirmPlainHttp: async (origin) =>
      confirm(i18next.t('sync.settings.plainHttpConfirm', { origin, interpolation: { escapeValue: false } })),
  });
}
