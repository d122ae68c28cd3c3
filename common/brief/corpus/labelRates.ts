/**
 * How often the corpus's readers mark each glossary word where it occurs: the evidence for moving a
 * word onto or off the everyday list. Counted per text (a reader labels a term once per text), over
 * the tuning part only — unseen parts are never looked into. Where a text has a second and third
 * reader, how many of its three readers marked the word is kept too.
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
  /**
   * Per text read by three readers (its writer and two more), in corpus order: how many of them
   * labelled a use of the word.
   */
  readerVotes: number[];
}

/** Text id → the labels of its second and third readers (the writer's are the text's own). */
export type OtherReaders = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Per glossary term, the texts it occurs in and how many of them label it; most frequent first. */
export function labelRates(
  corpus: readonly CorpusText[],
  termHits: (text: string) => readonly TermHit[],
  otherReaders: OtherReaders = new Map(),
): LabelRate[] {
  const rates = new Map<string, LabelRate>();
  for (const item of corpus) {
    const others = otherReaders.get(item.id) ?? [];
    const readers = [item.terms, ...others].map((terms) =>
      terms.flatMap((term) => occurrences(item.text, term)),
    );
    // Per word, which readers (the writer first) labelled one of its uses in this text.
    const seen = new Map<string, boolean[]>();
    for (const hit of termHits(item.text)) {
      const before = seen.get(hit.entry.term) ?? readers.map(() => false);
      seen.set(
        hit.entry.term,
        readers.map((spans, i) => before[i] === true || spans.some((span) => overlaps(hit, span))),
      );
      if (!rates.has(hit.entry.term))
        rates.set(hit.entry.term, {
          term: hit.entry.term,
          everyday: hit.entry.everyday === true,
          texts: 0,
          labelled: 0,
          readerVotes: [],
        });
    }
    for (const [term, marked] of seen) {
      const rate = rates.get(term)!;
      rate.texts++;
      if (marked[0] === true) rate.labelled++;
      if (others.length === 2) rate.readerVotes.push(marked.filter(Boolean).length);
    }
  }
  return [...rates.values()].sort((a, b) => b.texts - a.texts || a.term.localeCompare(b.term));
}

/** Enough uses to judge a word by its share of labels (fewer are noise: one reader's one decision). */
export const MIN_TEXTS = 3;

/**
 * Two texts whose readers agree: enough to judge a word they all leave (or all mark); the 26 words it
 * judged in session 16 each came from two parts, so two writers. Checked forward in time in session 16
 * (`npm run brief:label-rates -- --forward`: rates from the parts before fresh11 … fresh16 judge each
 * word, listed everyday or not, and the next part's readers are counted): words no reader marked in
 * two texts were labelled in 5 of their 47 later texts, words marked in both in 48 of 63; one text is
 * still noise (unlabelled once: 29 of 93; labelled once: 102 of 137).
 */
export const AGREEING_TEXTS = 2;

/** A marked word the writers leave unmarked in at least two of three texts it occurs in, or in all of two. */
export const writersRarelyLabel = (r: LabelRate): boolean =>
  !r.everyday &&
  ((r.texts >= MIN_TEXTS && r.labelled * 3 <= r.texts) || (r.texts >= AGREEING_TEXTS && r.labelled === 0));

/** No reader of three labelled the word in the latest two texts read by three that it occurs in. */
const leftLately = (r: LabelRate): boolean =>
  r.readerVotes.length >= AGREEING_TEXTS &&
  r.readerVotes.slice(-AGREEING_TEXTS).every((votes) => votes === 0);

/**
 * A marked word no reader of three labelled in the latest two texts read by three that it occurs in,
 * whatever earlier texts' readers did. Latest, because the readers changed: words every reader of
 * fresh6–fresh13 labelled (施策, 締結, 庁内) no reader of fresh14–fresh17 labels, and unseen parts are
 * written the way the latest are (assumed: fresh18 was). Checked forward in time (`--forward`): beyond the
 * writers' arms, the words it judged from earlier parts were labelled by no reader in their 23 later
 * texts of fresh15–fresh17 (in 1 of 3 of fresh12–fresh14, where it seldom applies); one text read by
 * three is still noise (no reader in it: a reader labelled the word in 7 of 24 later texts of
 * fresh15–fresh17).
 */
export const readersLeftIt = (r: LabelRate): boolean => !r.everyday && leftLately(r);

/** A marked word the corpus's readers contradict (see the two rules above). */
export const rarelyLabelled = (r: LabelRate): boolean => writersRarelyLabel(r) || readersLeftIt(r);

/**
 * An everyday word the writers mark in at least two of three texts it occurs in, or in all of two —
 * unless no reader of three labelled it in its latest two texts read by three (the rule above).
 */
export const oftenLabelled = (r: LabelRate): boolean =>
  r.everyday &&
  !leftLately(r) &&
  ((r.texts >= MIN_TEXTS && r.labelled * 3 >= r.texts * 2) ||
    (r.texts >= AGREEING_TEXTS && r.labelled === r.texts));
