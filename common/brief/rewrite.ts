/**
 * 「企業向けに書き換え」: a plain rewrite of a municipal text as a list of independent changes the
 * author accepts or rejects one by one. Pass 1 (rewriteWords.ts) takes the one-click fixes of the
 * word-level rules; settleWords.ts makes the fixes those changes make possible; rewriteNotes.ts
 * moves term explanations out of sentences they would make too long. Pass 2 (sentenceCuts.ts)
 * cuts sentences still over the limit at clause boundaries and maps those cuts back to offsets in
 * the input; settleCuts.ts folds in what the cuts make possible; sectionNotes.ts gathers the term
 * explanations of a block (a section, a paragraph, a topic of a council answer) as ※ lines at its end;
 * politeEndings.ts, last, says a council answer's humble endings (〜しております) in plain です・ます. A change that would alter a
 * number, date, amount, URL or proper noun is dropped, so accepting everything never changes a fact.
 */
import { DEFAULT_MAX_SENTENCE_LENGTH } from './analyze';
import { localOptions } from './locality';
import { applyChanges, type RewriteChange } from './rewriteOffsets';
import { explainAfterLongSentences, explainNewTerms } from './rewriteNotes';
import { properNounsOf, wordChanges } from './rewriteWords';
import { cutLongSentences, longSentences, recut } from './sentenceCuts';
import { explainHeadingsOnce } from './headingTerms';
import { politeEndings } from './politeEndings';
import { gatherSectionNotes } from './sectionNotes';
import { settleCuts } from './settleCuts';
import { settleWords } from './settleWords';
import { subjectFirst } from './subjectFirst';
import type { AnalyzeOptions } from './types';

export type { RewriteChange } from './rewriteOffsets';
export { applyChanges } from './rewriteOffsets';
export { explanationSentence, fullFormSentence } from './rewriteNotes';
export { decideChange } from './sectionNotes';
export { isPolite, keepsFacts } from './rewriteWords';

export interface RewriteResult {
  /** The input with every change applied. */
  rewritten: string;
  changes: RewriteChange[];
  /** Sentences of `rewritten` still over the limit because no clause boundary was found. */
  unsplit: { start: number; end: number; text: string }[];
}

/**
 * The company rewrite of `text`. With an analyser, long sentences are cut at clause boundaries;
 * without one only the word-level changes are made.
 */
export function rewriteForCompany(text: string, given: AnalyzeOptions = {}): RewriteResult {
  // Every part reads the glossary said for the body the whole text is written by (locality.ts).
  const options = localOptions(text, given);
  const limit = options.maxSentenceLength ?? DEFAULT_MAX_SENTENCE_LENGTH;
  const nouns = properNounsOf(options.analyser?.tokenize(text) ?? null);
  const words = settleWords(
    text,
    explainAfterLongSentences(text, wordChanges(text, options, nouns), options, limit),
    options,
  );
  const pass1 = applyChanges(text, words);
  const noted = [...words, ...explainNewTerms(text, pass1, words, options)];
  const changes = options.analyser
    ? cutLongSentences(text, pass1, words, noted, options.analyser, options, limit)
    : noted;
  changes.sort((a, b) => a.start - b.start);
  const gathered = explainHeadingsOnce(
    text,
    gatherSectionNotes(text, recut(text, settleCuts(text, changes, options, nouns), options, limit, nouns)),
  );
  // The doer's gap moved before its object frees the verb (機能強化を図る → 機能強化する): settled again.
  const moved = subjectFirst(text, gathered);
  const settled =
    moved === gathered ? gathered : explainMoved(text, gathered, settleWords(text, moved, options), options);
  // Last, so the endings every earlier pass wrote or kept are said in one register (politeEndings.ts).
  const plain = politeEndings(text, settled, options);
  const rewritten = applyChanges(text, plain);
  return { rewritten, changes: plain, unsplit: longSentences(rewritten, limit) };
}

/**
 * Moving the doer's gap can spell a phrase no earlier pass saw (検討を【要記入：主語】が進めている
 * ところでございます → 【要記入：主語】が検討を進めているところでございます): it is explained after its
 * sentence, as a rewording's new term is, so a second rewrite finds nothing to add.
 */
function explainMoved(
  text: string,
  gathered: readonly RewriteChange[],
  settled: RewriteChange[],
  options: AnalyzeOptions,
): RewriteChange[] {
  const before = applyChanges(text, gathered);
  const late = explainNewTerms(text, applyChanges(text, settled), settled, options).filter(
    (n) => !before.includes(n.note.term),
  );
  return late.length === 0 ? settled : [...settled, ...late].sort((a, b) => a.start - b.start);
}
