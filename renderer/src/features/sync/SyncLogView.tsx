import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { useSyncLog } from '../../sync';
import { logLine } from './logText';
import { formatTime } from './time';

/** The newest sync log rows; the log itself survives restarts in IndexedDB. */
export function SyncLogView() {
  const { t } = useTranslation();
  const { db } = useServices();
  const rows = useSyncLog(db, 100);
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
        {rows?.map((row) => {
          const { text, technical } = logLine(t, row);
          return (
            <li key={row.id} data-level={row.level}>
              <time dateTime={row.at}>{formatTime(row.at, true)}</time>{' '}
              {row.level === 'info' ? '' : `[${t(`sync.log.level.${row.level}`)}] `}
              {text}
              {technical && (
                <details className="muted">
                  <summary>{t('sync.log.technical')}</summary>
                  <code>{technical}</code>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
