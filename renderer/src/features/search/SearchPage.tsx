import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { href } from '../../navigation/router';
import { PageHeader } from '../../ui/PageHeader';

/** Substring search over issue titles and texts; an n-gram index replaces it with the notes feature. */
export function SearchPage() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const results = useLiveQuery(async () => {
    if (!deferred) return [];
    const issues = await repos.issues.list();
    return issues.filter((i) => i.title.includes(deferred) || i.rawText.includes(deferred)).slice(0, 100);
  }, [repos, deferred]);

  return (
    <>
      <PageHeader title={t('search.title')} lead={t('search.lead')} />
      <div className="form-row">
        <label htmlFor={id} className="field-label">
          {t('search.label')}
        </label>
        <input
          id={id}
          type="search"
          className="input"
          value={query}
          placeholder={t('search.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {deferred && results?.length === 0 && <p className="muted">{t('search.noResults')}</p>}
      <ul className="record-list">
        {results?.map((r) => (
          <li key={r.id} className="record-list__item">
            <a className="record-list__link" href={href('issues', r.id)}>
              <span className="record-list__title">{r.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
