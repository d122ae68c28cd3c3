/**
 * 「用語集に追加」's questions to the dictionary, answered in the analysis worker that holds it:
 * the selection widened to whole words, the term's reading, whether the term as typed cuts the
 * words of the text (with morphemes the pen marks a term only on word boundaries), and the form of
 * an inflected verb the pen finds in all its forms.
 */
import type { MorphAnalyser } from '../../../../../common/brief/morph';
import { maskText } from '../../../../../common/brief/text';
import { cutWord, dictionaryForm, proposedTerm, type TermRange } from '../../../../../common/brief/termShape';
import { readingOf } from '../../../../../common/brief/userGlossary';

export interface TermQuery {
  term: string;
  /** The text the term was selected in: its morphemes say where its words end. */
  text: string;
  /** The selection when the form opens: the proposal widens it to whole words. */
  selection?: TermRange;
}

export interface TermAdvice {
  /** The hiragana reading of `term`, '' when the dictionary does not know it. */
  reading: string;
  /** With `selection`: the selection widened to whole morphemes, its term and that term's reading. */
  proposal: (TermRange & { term: string; reading: string }) | null;
  /** The whole word when `term` occurs in the text only inside longer words (見守 → 見守り). */
  cut: string | null;
  /** The form the pen finds in every inflection, when `term` is not it (見直した → 見直す). */
  dictionary: string | null;
}

/** While the dictionary loads (or if it cannot): the pen reads characters, any term is found. */
export const NO_ADVICE: TermAdvice = { reading: '', proposal: null, cut: null, dictionary: null };

/**
 * `maxChars`: the longest text the worker analyses with morphemes; a longer one is read by
 * characters, so no term cuts a word there.
 */
export function adviseTerm(analyser: MorphAnalyser | null, query: TermQuery, maxChars: number): TermAdvice {
  if (!analyser) return NO_ADVICE;
  const read = (words: string) => readingOf(analyser.tokenize(words));
  const term = query.term.trim();
  const termTokens = term ? analyser.tokenize(term) : [];
  const reading = readingOf(termTokens);
  const base = dictionaryForm(termTokens);
  const dictionary = base && base !== term ? base : null;
  if (query.text.length > maxChars) return { ...NO_ADVICE, reading, dictionary };
  // Masked as the analysis masks it: the same morphemes (and the worker's cached lines).
  const tokens = analyser.tokenize(maskText(query.text));
  const { selection } = query;
  const proposed = selection && proposedTerm(query.text, tokens, selection.start, selection.end);
  return {
    reading,
    proposal: proposed ? { ...proposed, reading: read(proposed.term) } : null,
    cut: cutWord(query.text, tokens, term),
    dictionary,
  };
}
