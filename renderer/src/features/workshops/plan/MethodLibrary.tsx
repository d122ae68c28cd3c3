import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  builtInMethods,
  searchMethods,
  type FacilitationMethod,
} from '../../../../../common/workshops/library';
import { useServices } from '../../../services/services';
import { methodFromItem } from '../agendaActions';
import { LabeledInput } from '../LabeledInput';

/**
 * Searchable methods (built-in and saved); 追加 puts one on the agenda in one action. The built-ins
 * are listed in the UI language; a saved method stays in the language it was written in.
 */
export const MethodLibrary = memo(function MethodLibrary({
  onAdd,
}: {
  onAdd: (method: FacilitationMethod) => void;
}) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const headingId = useId();
  const language = i18n.language;
  const [query, setQuery] = useState('');
  const saved = useLiveQuery(
    async () =>
      (await repos.agendaItems.findBy('workshopId', '')).filter((i) => i.isMethod).map(methodFromItem),
    [repos],
  );
  const results = useMemo(
    () => searchMethods([...(saved ?? []), ...builtInMethods(language)], query),
    [saved, query, language],
  );
  const savedIds = new Set((saved ?? []).map((m) => m.id));
  return (
    <section className="card stack method-library" aria-labelledby={headingId}>
      <h2 className="section-title" id={headingId}>
        {t('workshops.library.heading')}
      </h2>
      <LabeledInput
        label={t('workshops.library.search')}
        type="search"
        value={query}
        placeholder={t('workshops.library.searchPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="muted" role="status">
        {t('workshops.library.count', { count: results.length })}
      </p>
      <ul className="method-list">
        {results.map((m) => (
          <li key={m.id} className={`method kind--${m.kind}`}>
            <div className="method__head">
              <h3 className="method__name">{m.name}</h3>
              <span className="muted">
                {[
                  t(`workshops.kinds.${m.kind}`),
                  t('workshops.library.minutes', { minutes: m.minutes }),
                  m.groupSize,
                  savedIds.has(m.id) ? t('workshops.library.mine') : '',
                ]
                  .filter(Boolean)
                  .join(t('workshops.library.separator'))}
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={t('workshops.library.addLabel', { name: m.name })}
                onClick={() => onAdd(m)}
              >
                {t('workshops.library.add')}
              </button>
            </div>
            <p>{m.purpose}</p>
            {m.steps.length > 0 && (
              <details>
                <summary>{t('workshops.library.steps')}</summary>
                <ol>
                  {m.steps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
                {m.materials && (
                  <p>
                    {t('workshops.library.materials')}: {m.materials}
                  </p>
                )}
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
});
