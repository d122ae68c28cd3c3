import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_KINDS, type SearchKind } from '../../../../common/search/searchIndex';

export interface Filters {
  kinds: readonly SearchKind[];
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { kinds: [], from: '', to: '' };

/** Kind checkboxes and a date range; no kind ticked means every kind. */
export function SearchFilters({ value, onChange }: { value: Filters; onChange: (f: Filters) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (kind: SearchKind) =>
    onChange({
      ...value,
      kinds: value.kinds.includes(kind) ? value.kinds.filter((k) => k !== kind) : [...value.kinds, kind],
    });
  return (
    <details className="search-filters">
      <summary>{t('search.filters')}</summary>
      <fieldset className="search-filters__kinds">
        <legend>{t('search.kindsLegend')}</legend>
        {SEARCH_KINDS.map((kind) => (
          <label key={kind} className="search-filters__kind">
            <input type="checkbox" checked={value.kinds.includes(kind)} onChange={() => toggle(kind)} />
            {t(`search.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="search-filters__dates">
        <label htmlFor={`${id}-from`}>{t('search.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          className="input"
          value={value.from}
          onChange={(e) => onChange({ ...value, from: e.target.value })}
        />
        <label htmlFor={`${id}-to`}>{t('search.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          className="input"
          value={value.to}
          onChange={(e) => onChange({ ...value, to: e.target.value })}
        />
        <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTERS)}>
          {t('search.clearFilters')}
        </button>
      </div>
    </details>
  );
}
