import { useTranslation } from 'react-i18next';
import type { SyncFailure } from '../../../../common/sync/client/failure';
import { useServices } from '../../services/services';
import { useSyncLog, type SyncLogEntry } from '../../sync';
import { failureText } from './statusText';
import { formatTime } from './time';

const LOG_CODES = [
  'synced',
  'conflict',
  'rejected',
  'bound',
  'serverForgot',
  'newClient',
  'cursorExpired',
  'unapplied',
  'unappliedApplied',
] as const;
type LogCode = (typeof LOG_CODES)[number];

function isLogCode(code: unknown): code is LogCode {
  return (LOG_CODES as readonly unknown[]).includes(code);
}

function useLine() {
  const { t } = useTranslation();
  return (row: SyncLogEntry): string => {
    if (isLogCode(row.code)) {
      // Log rows carry their own parameters; the key set is checked by `LogCode`, the values are strings.
      const params = Object.fromEntries(Object.entries(row.params ?? {}).map(([k, v]) => [k, String(v)]));
      return (t as unknown as (key: string, o: Record<string, string>) => string)(
        `sync.log.${row.code}`,
        params,
      );
    }
    if (row.code?.startsWith('error.')) {
      try {
        return failureText(t, JSON.parse(row.message) as SyncFailure);
      } catch {
        return row.message;
      }
    }
    return row.message;
  };
}

/** The newest sync log rows; the log itself survives restarts in IndexedDB. */
export function SyncLogView() {
  const { t } = useTranslation();
  const { db } = useServices();
  const rows = useSyncLog(db, 100);
  const line = useLine();
  return (
    <section className="card stack" aria-labelledby="sync-log-title">
      <h2 id="sync-log-title" className="section-title">
        {t('sync.log.title')}
      </h2>
      {rows && rows.length === 0 && <p className="muted">{t('sync.log.empty')}</p>}
      <ol
        data-testid="sync-log"
        style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: '20rem', overflow: 'auto' }}
      >
        {rows?.map((row) => (
          <li key={row.id} data-level={row.level}>
            <time dateTime={row.at}>{formatTime(row.at, true)}</time>{' '}
            {row.level === 'info' ? '' : `[${t(`sync.log.level.${row.level}`)}] `}
            {line(row)}
          </li>
        ))}
      </ol>
    </section>
  );
}
