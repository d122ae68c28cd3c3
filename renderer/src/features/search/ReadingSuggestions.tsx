/**
 * 読みが一致する用語: a word typed in kana and left unconverted (えいいけんとう) is offered as the
 * glossary terms it reads as (鋭意検討), one click from searching them — the index holds what was
 * written, so the kana alone finds only text written in kana.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { shippedGlossary } from '../../../../common/brief/glossary';
import { readingLookup, type ReadingLookup } from '../../../../common/brief/readingLookup';
import { useUserTerms } from '../briefs/useUserTerms';

/** Built on the first kana query, not when the page opens: most searches are typed in kanji. */
let shippedLookup: ReadingLookup | null = null;
const shippedTermsFor = (query: string) => {
  shippedLookup ??= readingLookup(shippedGlossary());
  return shippedLookup.termsFor(query);
};

/** Kana a reading can be: hiragana, katakana, the long-vowel mark and spaces. */
const KANA_QUERY = /^[\u3041-\u3096\u30a1-\u30f6ー\s]+$/u;

export const ReadingSuggestions = memo(function ReadingSuggestions({
  query,
  onPick,
}: {
  query: string;
  onPick: (term: string) => void;
}) {
  const { t } = useTranslation();
  const userTerms = useUserTerms();
  const userLookup = useMemo(() => readingLookup(userTerms), [userTerms]);
  const terms = useMemo(() => {
    if (!KANA_QUERY.test(query)) return [];
    return [...new Set([...userLookup.termsFor(query), ...shippedTermsFor(query)])].slice(0, 5);
  }, [query, userLookup]);
  if (terms.length === 0) return null;
  return (
    <div className="search-readings" role="group" aria-label={t('search.readingMatches')}>
      <span className="muted">{t('search.readingMatches')}</span>
      {terms.map((term) => (
        <button key={term} type="button" className="button button--small" onClick={() => onPick(term)}>
          {t('search.searchFor', { term })}
        </button>
      ))}
    </div>
  );
});
