/**
 * How often the corpus's readers mark each glossary word where it occurs: the evidence for moving a
 * word onto or off the everyday list. Counted per text (a reader labels a term once per text), over
 * the tuning part only — unseen parts are never looked into.
 */
import type { TermHit } from '../types';
import { occurrences, overlaps, type CorpusText } from './evaluate';

export interface LabelRate {
  term: string;
  everyday: boolean;
  /** Texts in which the glossary matched the word. */
  texts: number;
  /** Of those, texts whose labels cover one of its uses. */
  labelled: number;
}

/** Per glossary term, the texts it occurs in and how many of them label it; most frequent first. */
export function labelRates(
  corpus: readonly CorpusText[],
  termHits: (text: string) => readonly TermHit[],
): LabelRate[] {
  const rates = new Map<string, LabelRate>();
  for (const item of corpus) {
    const labels = item.terms.flatMap((term) => occurrences(item.text, term));
    const seen = new Map<string, boolean>();
    for (const hit of termHits(item.text)) {
      const marked = labels.some((span) => overlaps(hit, span));
      seen.set(hit.entry.term, (seen.get(hit.entry.term) ?? false) || marked);
      if (!rates.has(hit.entry.term))
        rates.set(hit.entry.term, {
          term: hit.entry.term,
          everyday: hit.entry.everyday === true,
          texts: 0,
          labelled: 0,
        });
    }
    for (const [term, marked] of seen) {
      const rate = rates.get(term)!;
      rate.texts++;
      if (marked) rate.labelled++;
    }
  }
  return [...rates.values()].sort((a, b) => b.texts - a.texts || a.term.localeCompare(b.term));
}

/** Enough uses to judge a word by its share of labels (fewer are noise: one reader's one decision). */
export const MIN_TEXTS = 3;

/**
 * Two texts whose readers agree: enough to judge a word they all leave (or all mark); the 26 words it
 * judged in session 16 each came from two parts, so two writers. Checked forward in time
 * (`npm run brief:label-rates -- --forward`: rates from the parts before fresh11 … fresh16 judge each
 * word, listed everyday or not, and the next part's readers are counted): words no reader marked in
 * two texts were labelled in 5 of their 47 later texts, words marked in both in 48 of 63; one text is
 * still noise (unlabelled once: 29 of 93; labelled once: 102 of 137).
 */
export const AGREEING_TEXTS = 2;

/** A marked word the readers leave unmarked in at least two of three texts it occurs in, or in all of two. */
export const rarelyLabelled = (r: LabelRate): boolean =>
  !r.everyday &&
  ((r.texts >= MIN_TEXTS && r.labelled * 3 <= r.texts) || (r.texts >= AGREEING_TEXTS && r.labelled === 0));

/** An everyday word the readers mark in at least two of three texts it occurs in, or in all of two. */
export const oftenLabelled = (r: LabelRate): boolean =>
  r.everyday &&
  ((r.texts >= MIN_TEXTS && r.labelled * 3 >= r.texts * 2) ||
    (r.texts >= AGREEING_TEXTS && r.labelled === r.texts));
