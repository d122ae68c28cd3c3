/** One sentence for each sync state, in the user's language, saying what to do when it matters. */
import type { TFunction } from 'i18next';
import type { SetAsideItem, SyncFailure } from '../../../../common/sync/client/failure';
import { isSyncedTable } from '../../../../common/records/tables';
import type { SyncStatus } from '../../sync';
import { formatTime } from './time';

/** The actionable message for a failure. */
export function failureText(t: TFunction, f: SyncFailure, retryAt: string | null = null): string {
  switch (f.kind) {
    case 'network':
      return retryAt ? t('sync.error.networkRetry', { time: formatTime(retryAt) }) : t('sync.error.network');
    case 'unauthorized':
      return t('sync.error.unauthorized');
    case 'noToken':
      return t('sync.error.noToken');
    case 'notFound':
      return t('sync.error.notFound');
    case 'clockSkew':
      return t('sync.error.clockSkew', { serverTime: formatTime(f.serverTime, true) });
    case 'protocolTooOld':
      return t('sync.error.protocolTooOld');
    case 'tooLarge':
      return t('sync.error.tooLarge');
    case 'proxyRefused': {
      const params = { status: String(f.status), time: retryAt ? formatTime(retryAt) : '' };
      if (f.sizeRefused)
        return t(retryAt ? 'sync.error.proxyTooLargeRetry' : 'sync.error.proxyTooLarge', params);
      return t(retryAt ? 'sync.error.proxyRefusedRetry' : 'sync.error.proxyRefused', params);
    }
    case 'server':
      if (f.status === 429 && retryAt) return t('sync.error.rateLimited', { time: formatTime(retryAt) });
      return f.unexpectedAnswer
        ? t('sync.error.serverUnexpected', { status: String(f.status) })
        : t('sync.error.server', { status: String(f.status) });
    case 'rejected':
      return t('sync.error.rejected', { code: f.code || `HTTP ${f.status}` });
    case 'internal':
      return t('sync.error.internal');
    case 'setAside':
      return setAsideText(t, f.items);
    case 'mutationGap':
    case 'clientTaken':
    case 'cursorExpired':
      return t('sync.error.retrying');
  }
}

/** A record kind in the user's language (a table this version does not know: by its name). */
export function tableLabel(t: TFunction, table: string): string {
  return isSyncedTable(table) ? t(`sync.tables.${table}`) : t('sync.tables.other', { table });
}

/** The server's `rejected` code for a record past its size limit (docs/sync-protocol.md 1.6). */
const RECORD_TOO_LARGE = 'record_too_large';

function setAsideText(t: TFunction, all: readonly SetAsideItem[]): string {
  // A record grown too large is named, with what to do: it cannot heal by itself.
  const tooLarge = all.filter((s) => s.code === RECORD_TOO_LARGE);
  const items = all.filter((s) => s.code !== RECORD_TOO_LARGE);
  const sentences: string[] = [];
  if (tooLarge.length) {
    const records = tooLarge
      .map((s) =>
        t('sync.error.recordTooLargeItem', {
          name: s.name || t('common.untitled'),
          table: tableLabel(t, s.table),
        }),
      )
      .join(t('sync.error.listSeparator'));
    sentences.push(t('sync.error.recordTooLarge', { records }));
  }
  if (items.length) sentences.push(refusedText(t, items));
  return sentences.join(t('sync.error.sentenceSeparator'));
}

function refusedText(t: TFunction, items: readonly SetAsideItem[]): string {
  const listed = items
    .map((s) =>
      s.code === 'too_large'
        ? t('sync.error.setAsideTooLarge', { table: tableLabel(t, s.table) })
        : t('sync.error.setAsideRefused', { table: tableLabel(t, s.table), code: s.code }),
    )
    .join(t('sync.error.listSeparator'));
  return t('sync.error.setAside', {
    count: items.length,
    items: listed,
    kept: items.every((s) => s.synced) ? t('sync.error.setAsideKept') : t('sync.error.setAsideLocal'),
  });
}

export function statusText(t: TFunction, s: SyncStatus): string {
  switch (s.phase) {
    case 'notConfigured':
      return t('sync.status.notConfigured');
    case 'idle':
      return s.lastSyncedAt
        ? t('sync.status.upToDate', { time: formatTime(s.lastSyncedAt) })
        : t('sync.status.idle');
    case 'offline':
      return t('sync.status.offline');
    case 'syncing':
      if (s.step === 'push' && s.preparing) {
        return t('sync.status.preparing', { done: String(s.pushed), total: String(s.toPush) });
      }
      return s.step === 'push'
        ? t('sync.status.pushing', { pushed: String(s.pushed), total: String(s.toPush) })
        : t('sync.status.pulling', { pulled: String(s.pulled) });
    case 'upToDate':
      return t('sync.status.upToDate', { time: formatTime(s.at) });
    case 'error':
      return failureText(t, s.failure, s.retryAt);
  }
}
