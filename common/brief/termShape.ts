/**
 * A user's term in the shape the pen can find. With morphemes the pen finds a term only where it
 * starts and ends on morpheme boundaries (terms.ts), and an inflected verb only through its
 * dictionary form: a selection that cuts a word (見守 of 見守り) would be saved and never marked.
 */
import type { MorphToken } from './morph';
import { boundaryMap } from './terms';

export interface TermRange {
  start: number;
  end: number;
}

/** [start, end) widened to the whole morphemes it touches (見守 of 見守り → 見守り). */
export function snapToMorphemes(tokens: readonly MorphToken[], start: number, end: number): TermRange {
  let from = start;
  let to = end;
  for (const t of tokens) {
    if (t.end <= start || t.start >= end) continue;
    from = Math.min(from, t.start);
    to = Math.max(to, t.end);
  }
  return { start: from, end: to };
}

/**
 * The whole word to offer when `term` occurs in the text only inside longer words (見守 in
 * 見守り), so the pen could not mark it there; null when it occurs on morpheme boundaries at
 * least once, or not at all (a verb saved in its dictionary form is found by its other forms).
 * `tokens` are the morphemes of `text`.
 */
export function cutWord(text: string, tokens: readonly MorphToken[], term: string): string | null {
  const word = term.trim();
  if (!word) return null;
  const bounds = boundaryMap(text.length, tokens);
  let first: TermRange | null = null;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (bounds[at] === 1 && bounds[end] === 1) return null;
    first ??= snapToMorphemes(tokens, at, end);
  }
  return first ? text.slice(first.start, first.end) : null;
}

/**
 * The term 「用語集に追加」 proposes for a selection: widened to whole morphemes. The range is the
 * widened selection (what the editor selects again after the form).
 */
export function proposedTerm(
  text: string,
  tokens: readonly MorphToken[],
  start: number,
  end: number,
): TermRange & { term: string } {
  const range = snapToMorphemes(tokens, start, end);
  return { ...range, term: text.slice(range.start, range.end) };
}
