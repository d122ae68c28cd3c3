import { useTranslation } from 'react-i18next';
import { useIndexState } from './engine/useSearch';

/** Whether the index is loading, being (re)built — with progress — or ready. */
export function IndexStatus() {
  const { t } = useTranslation();
  const state = useIndexState();
  if (state.phase === 'loading')
    return (
      <p className="muted" role="status">
        {t('search.indexLoading')}
      </p>
    );
  if (state.phase === 'ready')
    return (
      <p className="muted search-index-ready" role="status">
        {t('search.indexReady', { count: state.docs })}
      </p>
    );
  return (
    <div role="status" className="search-index-building">
      <p className="muted">{t('search.indexBuilding', { done: state.done, count: state.total })}</p>
      <progress max={Math.max(1, state.total)} value={state.done} aria-label={t('search.indexProgress')} />
    </div>
  );
}
