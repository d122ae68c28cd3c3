import { useTranslation } from 'react-i18next';
import type { ReadQuery } from '../../../../common/search/queryDates';

/** A calendar day (YYYY-MM-DD) with its weekday, as the UI's language writes it: 2026年12月3日(木). */
function dayLabel(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(y!, m! - 1, d!));
}

/**
 * The words of the search box read as days, one chip each: the user sees 「12月3日」 was read as
 * 2026年12月3日 (and which year), and × takes the word out of the box.
 */
export function DateChips({ read, onRemove }: { read: ReadQuery; onRemove: (token: string) => void }) {
  const { t, i18n } = useTranslation();
  if (read.dates.length === 0) return null;
  return (
    <div className="search-dates">
      <ul className="search-chips" aria-label={t('search.dates.label')}>
        {read.dates.map((d) => (
          <li key={d.token} className="search-chip">
            <span>{t('search.dates.chip', { day: dayLabel(d.day, i18n.language) })}</span>
            <button
              type="button"
              className="search-chip__remove"
              aria-label={t('search.dates.remove', { token: d.token })}
              onClick={() => onRemove(d.token)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <p className="muted search-hint">
        {read.dates.length > 1 && read.from !== read.to
          ? `${t('search.dates.span', { from: dayLabel(read.from, i18n.language), to: dayLabel(read.to, i18n.language) })} `
          : ''}
        {t('search.dates.hint', { token: read.dates[0]!.token })}
      </p>
    </div>
  );
}
