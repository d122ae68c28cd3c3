/**
 * The user's corrections of the red pen, as pure decisions: which words a new glossary term may
 * be, which word a 「説明不要にする」 stores, and which record writes make or undo that choice. The
 * renderer performs the writes; keeping the decisions here lets them be tested without a database.
 */
import type { GlossaryTermFields } from '../records/types';
import { toHiragana, type MorphToken } from './morph';
import { ABBREVIATION_RULE } from './rules/abbreviationFirst';
import { JARGON_RULE } from './rules/jargon';
import { KANJI_COMPOUND_RULE } from './rules/kanjiCompound';
import { UNLISTED_JARGON_RULE } from './rules/unlistedJargon';
import type { Finding } from './types';

/** Longer selections are phrases or sentences: the pen matches words, not passages. */
export const MAX_TERM_LENGTH = 40;

export type TermProblem = 'emptyTerm' | 'emptyPlain' | 'tooLong' | 'lineBreak' | 'duplicate';

/** A user glossary record as these decisions read it (a stored record has more fields). */
export type UserTermRecord = Pick<GlossaryTermFields, 'term' | 'plain' | 'known'> & { id: string };

/** Full- and half-width forms are one word to the pen (its matcher finds both): one record each. */
export const sameTerm = (a: string, b: string): boolean =>
  a.trim().normalize('NFKC') === b.trim().normalize('NFKC');

/** The record already holding `term`, if any. */
export function recordOfTerm<R extends UserTermRecord>(records: readonly R[], term: string): R | undefined {
  return records.find((r) => sameTerm(r.term, term));
}

/** What is wrong with a new term before it is saved, in the order the form shows the messages. */
export function termProblems(
  draft: { term: string; plain: string },
  records: readonly UserTermRecord[],
): TermProblem[] {
  const term = draft.term.trim();
  const problems: TermProblem[] = [];
  if (!term) problems.push('emptyTerm');
  else if ([...term].length > MAX_TERM_LENGTH) problems.push('tooLong');
  else if (/[\r\n]/u.test(term)) problems.push('lineBreak');
  else if (recordOfTerm(records, term)) problems.push('duplicate');
  if (!draft.plain.trim()) problems.push('emptyPlain');
  return problems;
}

/** Rules whose findings mark a word a reader may already know. */
const WORD_RULES: ReadonlySet<string> = new Set([
  JARGON_RULE,
  ABBREVIATION_RULE,
  UNLISTED_JARGON_RULE,
  KANJI_COMPOUND_RULE,
]);

/** The word 「説明不要にする」 stores for `finding`, or null when the finding is not about a word. */
export function knownTermOf(finding: Finding): string | null {
  if (!WORD_RULES.has(finding.rule)) return null;
  const term = (finding.term ?? finding.text).trim();
  return term && [...term].length <= MAX_TERM_LENGTH ? term : null;
}

/**
 * The word a selection in the text offers to 「用語集に追加」, or null: nothing selected, or a word
 * the pen already marks there or elsewhere in the text (that one is explained or silenced from its
 * finding).
 */
export function selectedWord(
  text: string,
  start: number,
  end: number,
  findings: readonly Finding[],
): string | null {
  const word = text.slice(Math.min(start, end), Math.max(start, end)).trim();
  if (!word) return null;
  const from = text.indexOf(word, Math.min(start, end));
  const to = from + word.length;
  const marked = findings.some(
    (f) =>
      WORD_RULES.has(f.rule) &&
      ((f.start < to && from < f.end) || sameTerm(f.text, word) || sameTerm(f.term ?? '', word)),
  );
  return marked ? null : word;
}

/** One write through the glossary repository. */
export type GlossaryWrite =
  | { kind: 'create'; fields: GlossaryTermFields }
  | { kind: 'update'; id: string; patch: Partial<GlossaryTermFields> }
  | { kind: 'remove'; id: string };

/**
 * Marks `term` known. The team's own term gets the flag (its wording stays for the day it is
 * needed again); otherwise a record with no wording of its own is made, which older clients,
 * unaware of the flag, drop from the pen like any record without a plain wording.
 */
export function markKnownWrites(records: readonly UserTermRecord[], term: string): GlossaryWrite[] {
  const own = records.filter((r) => sameTerm(r.term, term));
  if (own.length === 0) {
    const fields = { term: term.trim(), reading: '', plain: '', explanation: '', category: '', known: true };
    return [{ kind: 'create', fields }];
  }
  return own
    .filter((r) => r.known !== true)
    .map((r) => ({ kind: 'update', id: r.id, patch: { known: true } }));
}

/**
 * Undoes 「説明不要」 for `term` on every record that holds it (two devices may each have made one):
 * a record that only said so is deleted, the team's own term is explained again.
 */
export function undoKnownWrites(records: readonly UserTermRecord[], term: string): GlossaryWrite[] {
  return records
    .filter((r) => r.known === true && sameTerm(r.term, term))
    .map((r) =>
      r.plain.trim() ? { kind: 'update', id: r.id, patch: { known: false } } : { kind: 'remove', id: r.id },
    );
}

/**
 * The hiragana reading of a selected word from its morphemes, or '' when one of them has no
 * reading (a word IPADIC does not know): the user then types it, rather than fix a wrong guess.
 */
export function readingOf(tokens: readonly MorphToken[]): string {
  let reading = '';
  for (const t of tokens) {
    if (t.reading) reading += t.reading;
    else if (/^[\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u.test(t.surface)) reading += t.surface;
    else return '';
  }
  return toHiragana(reading);
}
