/**
 * The 検索 page: one search over every kind of record, answered by the search worker, results
 * grouped by kind with highlighted snippets, filters by kind and date, and keyboard navigation
 * (↓ from the search box into the results, ↑↓ between them, Esc back to the box).
 *
 * Every keystroke asks the worker at once (no debounce, no deferred render in between: the worker
 * answers only the latest text of this box, see search.worker.ts), and the result list re-renders
 * only when an answer arrives, not on each keystroke. An answer to a new query is painted with the
 * rows that fill the window first, the rest of its page when the browser is idle (useRowsInView.ts).
 */
import { memo, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { intersectDays, readQueryDates, todayOf, withoutToken } from '../../../../common/search/queryDates';
import { SEARCH_KINDS, type SearchKind } from '../../../../common/search/searchIndex';
import { DateChips } from './DateChips';
import { PageHeader } from '../../ui/PageHeader';
import type { SearchResult } from './engine/messages';
import { useSearch } from './engine/useSearch';
import { IndexStatus } from './IndexStatus';
import { resultHref } from './resultHref';
import { ReadingSuggestions } from './ReadingSuggestions';
import { NO_FILTERS, SearchFilters, type Filters } from './SearchFilters';
import { Snippet } from './Snippet';
import { useRowsInView } from './useRowsInView';
import { resultDay } from './resultDate';
import { useNoteTitles } from './useNoteTitles';

/** Results per page: each one's snippet is computed in the worker, so a page stays small. */
const PAGE = 20;

// The page re-renders for every keystroke and every answer; the parts that did not change skip it.
const Header = memo(PageHeader);
const FilterPanel = memo(SearchFilters);
const Status = memo(IndexStatus);

export function SearchPage() {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE);
  // A day typed in the box (12月3日, 昨日) is a date condition, shown as a chip; both it and the
  // date filter must hold.
  const read = useMemo(() => readQueryDates(query, todayOf(new Date())), [query]);
  const span = intersectDays(filters, read);
  const page = useSearch(query, {
    kinds: filters.kinds.length ? filters.kinds : undefined,
    from: span.from,
    to: span.to,
    limit,
    words: read.words,
  });
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? [])];
  const onBoxKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      links()[0]?.focus();
    }
  };
  const onListKey = (e: KeyboardEvent) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(all.length - 1, at + 1) : at - 1;
      if (next < 0) box.current?.focus();
      else all[next]?.focus();
    } else if (e.key === 'Escape') {
      box.current?.focus();
    }
  };

  const pickTerm = useCallback((term: string) => {
    setQuery(term);
    setLimit(PAGE);
    box.current?.focus();
  }, []);
  const removeDate = (token: string) => pickTerm(withoutToken(query, token));

  const searched = page.query.trim() !== '';
  const rows = useRowsInView(page.results, page.query, list);
  const noteTitles = useNoteTitles(page.results);

  return (
    <>
      <Header title={t('search.title')} lead={t('search.lead')} />
      <div className="form-row" role="search">
        <label htmlFor={id} className="field-label">
          {t('search.label')}
        </label>
        <input
          ref={box}
          id={id}
          type="search"
          role="searchbox"
          className="input search-box"
          value={query}
          placeholder={t('search.placeholder')}
          aria-describedby={t('search.example.lead') ? `${id}-example ${id}-hint` : `${id}-hint`}
          onChange={(e) => {
            setQuery(e.target.value);
            setLimit(PAGE);
          }}
          onKeyDown={onBoxKey}
        />
        {t('search.example.lead') && (
          // The English UI searches Japanese records: an English example would find nothing.
          <p id={`${id}-example`} className="muted search-hint">
            {t('search.example.lead')}{' '}
            <button
              type="button"
              className="link-button"
              lang="ja"
              onClick={() => pickTerm(t('search.example.query'))}
            >
              {t('search.example.query')}
            </button>{' '}
            {t('search.example.meaning')}
          </p>
        )}
        <p id={`${id}-hint`} className="muted search-hint">
          {t('search.keyboardHint')}
        </p>
        <DateChips read={read} onRemove={removeDate} />
        <ReadingSuggestions query={query} onPick={pickTerm} />
      </div>
      <FilterPanel value={filters} onChange={setFilters} />
      <Status />
      <section aria-label={t('search.resultsLabel')} aria-busy={page.query !== query} data-query={page.query}>
        {/* Only the count is announced: a live list would read every result after each keystroke. */}
        {searched && (
          <p className="section-title" data-testid="search-count" role="status">
            {page.hasMore
              ? t('search.resultCountMore', { count: page.results.length })
              : t('search.resultCount', { count: page.results.length })}
            {page.readAs && (
              <span className="search-read-as"> {t('search.readAs', { terms: page.readAs.join('、') })}</span>
            )}
          </p>
        )}
        {searched && page.results.length === 0 && <p className="muted">{t('search.noResults')}</p>}
        <div ref={list} onKeyDown={onListKey}>
          <ResultGroups results={page.results} rows={rows} noteTitles={noteTitles} />
        </div>
        {page.hasMore && (
          <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
            {t('search.showMore')}
          </button>
        )}
      </section>
    </>
  );
}

/**
 * The results grouped by kind; re-renders only for a new answer (typing alone does not). Only the
 * first `rows` results (in display order) are rendered; each group's heading counts all of its own.
 */
const ResultGroups = memo(function ResultGroups({
  results,
  rows,
  noteTitles,
}: {
  results: readonly SearchResult[];
  rows: number;
  noteTitles: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  return firstRowsByKind(results, rows).map(({ kind, count, items }) => (
    <ResultGroup
      key={kind}
      title={t(`search.kinds.${kind}`)}
      count={count}
      items={items}
      noteTitles={noteTitles}
    />
  ));
});

/** The groups with results, in display order, each with its first rows of the first `rows` overall. */
function firstRowsByKind(results: readonly SearchResult[], rows: number) {
  const groups: { kind: SearchKind; count: number; items: SearchResult[] }[] = [];
  let left = rows;
  for (const kind of SEARCH_KINDS) {
    const all = results.filter((r) => r.kind === kind);
    const items = all.slice(0, Math.max(0, left));
    left -= items.length;
    if (items.length > 0) groups.push({ kind, count: all.length, items });
  }
  return groups;
}

function ResultGroup({
  title,
  count,
  items,
  noteTitles,
}: {
  title: string;
  count: number;
  items: SearchResult[];
  noteTitles: ReadonlyMap<string, string>;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="search-group">
      <h2 id={id} className="search-group__title">
        {title} <span className="muted">({count})</span>
      </h2>
      <ul className="record-list">
        {items.map((r) => (
          <ResultRow key={r.key} result={r} context={noteTitles.get(r.key)} />
        ))}
      </ul>
    </section>
  );
}

/** One result; memo: rows already shown are not rendered again when the rest of the page follows. */
const ResultRow = memo(function ResultRow({
  result: r,
  context,
}: {
  result: SearchResult;
  context?: string;
}) {
  const { t } = useTranslation();
  // A note's first line is its snippet too: its title is the meeting and agenda item it was taken under.
  const title = r.kind === 'notes' ? context || t('search.kinds.notes') : r.title || '—';
  return (
    <li className="record-list__item">
      <a className="record-list__link search-result" href={resultHref(r)} data-result="">
        <span className="record-list__title">{title}</span>
        {r.date && <span className="muted search-result__date">{resultDay(r.date)}</span>}
        <Snippet parts={r.snippet} />
      </a>
    </li>
  );
});
