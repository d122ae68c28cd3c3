/**
 * Scores the red pen's term detection against a hand-labelled corpus. A labelled term counts as
 * found when a term finding overlaps one of its occurrences; a term finding counts as correct when
 * it overlaps some labelled term. Overlap (not exact span) because labels are phrases a reader
 * stumbles over (動向を注視) while the pen may mark the core word (注視) — both help the reader.
 */
import type { Finding } from '../types';

export type CorpusKind = 'proposal' | 'answer' | 'plan';

/** One municipal text and the terms a company reader would stumble over in it. */
export interface CorpusText {
  id: string;
  kind: CorpusKind;
  text: string;
  terms: string[];
}

/** Rules whose findings are "this word needs explaining" (the ones the corpus labels measure). */
export const TERM_RULES: ReadonlySet<string> = new Set([
  'jargon',
  'abbreviation-first',
  'kanji-compound',
  'unlisted-jargon',
]);

export interface CorpusScore {
  texts: number;
  labelled: number;
  found: number;
  flagged: number;
  correct: number;
  recall: number;
  precision: number;
  /** Labelled terms no finding touched, as `id:term` (what to look at next). */
  missed: string[];
  /** Term findings that touched no label, as `id:text`. */
  spurious: string[];
}

export interface Span {
  start: number;
  end: number;
}

/** Every place `term` occurs in `text`. */
export function occurrences(text: string, term: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1))
    out.push({ start: at, end: at + term.length });
  return out;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Scores `analyse` (any engine entry returning findings) over `corpus`. */
export function scoreCorpus(
  corpus: readonly CorpusText[],
  analyse: (text: string) => readonly Finding[],
): CorpusScore {
  let labelled = 0;
  let found = 0;
  let flagged = 0;
  let correct = 0;
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const item of corpus) {
    const findings = analyse(item.text).filter((f) => TERM_RULES.has(f.rule));
    const labels = item.terms.map((term) => ({ term, spans: occurrences(item.text, term) }));
    for (const { term, spans } of labels) {
      labelled++;
      if (findings.some((f) => spans.some((s) => overlaps(f, s)))) found++;
      else missed.push(`${item.id}:${term}`);
    }
    for (const f of findings) {
      flagged++;
      if (labels.some(({ spans }) => spans.some((s) => overlaps(f, s)))) correct++;
      else spurious.push(`${item.id}:${f.text}`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((1000 * a) / b) / 1000);
  return {
    texts: corpus.length,
    labelled,
    found,
    flagged,
    correct,
    recall: ratio(found, labelled),
    precision: ratio(correct, flagged),
    missed,
    spurious,
  };
}
