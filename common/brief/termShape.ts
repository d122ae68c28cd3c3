/**
 * A user's term in the shape the pen can find. With morphemes the pen finds a term only where it
 * starts and ends on morpheme boundaries (terms.ts), and an inflected verb only through its
 * dictionary form: a selection that cuts a word (見守 of 見守り) or a verb saved as written
 * (見直した) would be saved and never marked (or marked only in that one form).
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

/** Independent verbs and adjectives: the words whose other forms the pen finds by base form. */
const inflecting = (t: MorphToken) => (t.pos === '動詞' || t.pos === '形容詞') && t.detail === '自立';

/** What may follow a verb inside its own inflected form (た, れる, て, いる, ます, ない …). */
const inflectionTail = (t: MorphToken) =>
  t.pos === '助動詞' ||
  (t.pos === '動詞' && (t.detail === '接尾' || t.detail === '非自立')) ||
  (t.pos === '形容詞' && t.detail === '非自立') ||
  (t.pos === '助詞' && t.detail === '接続助詞');

/** The verbs a サ変 noun is used with (措置される, 実施できる): the noun alone is the word. */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['する', 'できる']);

/**
 * The form to save for a term written as these morphemes when the pen would not find the written
 * one in the verb's other forms, or null when the term is fine as it is:
 * 見直した → 見直す (the pen looks a one-word verb up by its base form), 措置され → 措置 (a サ変
 * noun is found before any する), 計画を見直した → 計画を見直す (a phrase is found through its last
 * verb's base form, terms.ts). A bare 連用形 (見守り, 見直し) names the act and is kept.
 */
export function dictionaryForm(tokens: readonly MorphToken[]): string | null {
  let verb = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (inflecting(tokens[i]!)) {
      verb = i;
      break;
    }
  }
  if (verb < 0 || !tokens.slice(verb + 1).every(inflectionTail)) return null;
  const head = tokens[verb]!;
  const before = tokens.slice(0, verb);
  const noun = before.at(-1);
  if (head.pos === '動詞' && LIGHT_VERBS.has(head.base) && noun?.detail === 'サ変接続')
    return before.map((t) => t.surface).join('');
  if (verb === tokens.length - 1 || !head.base || head.base === '*') return null;
  return before.map((t) => t.surface).join('') + head.base;
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
 * The term 「用語集に追加」 proposes for a selection: widened to whole morphemes, then in the form
 * the pen finds in all its inflections. The range is the widened selection (what the editor
 * selects again after the form).
 */
export function proposedTerm(
  text: string,
  tokens: readonly MorphToken[],
  start: number,
  end: number,
): TermRange & { term: string } {
  const range = snapToMorphemes(tokens, start, end);
  const inside = tokens.filter((t) => t.start >= range.start && t.end <= range.end);
  const term = dictionaryForm(inside) ?? text.slice(range.start, range.end);
  return { ...range, term };
}
