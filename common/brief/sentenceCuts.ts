/**
 * Pass 2 of the company rewrite: sentences still over the limit are cut at clause boundaries,
 * recursively, or made a numbered list, and those cuts are mapped back to offsets in the input.
 */
import { clauseCuts, type ClauseCut } from './clauses';
import { lineBreaks } from './lineBreaks';
import { exampleListRewrite, listRewrite, type ListRewrite } from './listItems';
import { glossaryMatcher } from './matcher';
import type { MorphAnalyser } from './morph';
import { inside, ownExplanationSpans } from './ownNotes';
import { applyChanges, cutChange, cutFits, spanChange, type RewriteChange } from './rewriteOffsets';
import { isPolite } from './rewriteWords';
import { settleCuts } from './settleCuts';
import { maskText, segment, visibleLength } from './text';
import type { AnalyzeOptions } from './types';

/** A sentence piece shorter than this is not worth its own sentence (「食生活の改善を促します。」, 12, is). */
const MIN_PIECE = 10;

/**
 * Cuts for one sentence so that every piece is within `limit` where a boundary allows. A piece is
 * measured as it will read: with the ending a cut adds before it (あり、 → あります。) and the word it
 * opens with after the previous cut (しかし、), else a piece measured at 58 would come out at 62.
 */
function cutsFor(
  sentence: string,
  offset: number,
  cuts: readonly ClauseCut[],
  limit: number,
  breaks: readonly ClauseCut[] = [],
): ClauseCut[] {
  const length = (from: number, to: number) => visibleLength(sentence.slice(from - offset, to - offset));
  const head = (c: ClauseCut) => visibleLength(c.replacement.slice(0, c.replacement.indexOf('。') + 1));
  const tail = (c: ClauseCut) => visibleLength(c.replacement.slice(c.replacement.indexOf('。') + 1));
  const split = (from: number, to: number, opened: number, closed: number): ClauseCut[] => {
    if (opened + length(from, to) + closed <= limit) return [];
    const inside = cuts.filter((c) => c.start > from && c.end < to);
    let best: ClauseCut | null = null;
    let bestDistance = Infinity;
    for (const c of inside) {
      const left = opened + length(from, c.start) + head(c);
      const right = tail(c) + length(c.end, to) + closed;
      if (left < MIN_PIECE || right < MIN_PIECE) continue;
      const distance = Math.abs(left - right);
      if (distance < bestDistance) [best, bestDistance] = [c, distance];
    }
    return best
      ? [...split(from, best.start, opened, head(best)), best, ...split(best.end, to, tail(best), closed)]
      : [];
  };
  // Each line a break makes is cut on its own, from a fresh start.
  const bounds = [offset, ...breaks.flatMap((b) => [b.start, b.end]), offset + sentence.length];
  const out: ClauseCut[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    if (i > 0) out.push(breaks[i / 2 - 1]!);
    out.push(...split(bounds[i]!, bounds[i + 1]!, 0, 0));
  }
  return out;
}

/**
 * The numbered list as a change of the input, when it makes every line short: the counting
 * sentence, then one item per line (a line break after the last when the paragraph goes on).
 */
function listChange(
  text: string,
  pass1: string,
  list: ListRewrite | null,
  words: readonly RewriteChange[],
  limit: number,
) {
  // Each sentence of a line is measured (…を募集する。取組の例は次のとおりである。 is two).
  const sentences = (line: string) => line.split(/(?<=。)/u);
  if (!list || [list.sentence, ...list.items].flatMap(sentences).some((x) => visibleLength(x) > limit))
    return null;
  const goesOn = list.end < pass1.length && pass1[list.end] !== '\n';
  const after = [list.sentence, ...list.items].join('\n') + (goesOn ? '\n' : '');
  // A double negative made positive inside it (検討せざるを得ない → 検討する必要がある) goes with the
  // list: left to the clause cuts, the sentence stayed long until a second rewrite made the list.
  return spanChange(text, list.start, list.end, after, 'sentence-split', words);
}

/**
 * The cuts and lists for every long sentence of `pass1` (the input with the word changes `words`
 * applied), added to `noted` (the word changes and notes): a list or a cut that starts inside a
 * word change replaces that change.
 */
export function cutLongSentences(
  text: string,
  pass1: string,
  words: readonly RewriteChange[],
  noted: readonly RewriteChange[],
  analyser: MorphAnalyser,
  options: AnalyzeOptions,
  limit: number,
): RewriteChange[] {
  const changes = [...noted];
  const masked = maskText(pass1);
  const tokens = analyser.tokenize(masked);
  const polite = isPolite(pass1);
  // Its own explanations are final (a long one is reported, not cut: a second rewrite would cut it).
  const own = ownExplanationSpans(pass1, glossaryMatcher(options.userGlossary));
  let t = 0;
  for (const s of segment(pass1, masked).sentences) {
    if (s.kind !== 'para' && s.kind !== 'quote' && s.kind !== 'list') continue;
    if (inside(own, s)) continue;
    while (t < tokens.length && tokens[t]!.end <= s.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.start < s.end) u++;
    if (visibleLength(s.masked) <= limit) continue;
    const lines = listRewrite(pass1, tokens, t, u) ?? exampleListRewrite(pass1, tokens, t, u, polite);
    const list = listChange(text, pass1, lines, words, limit);
    if (list) {
      for (const w of list.absorbs) changes.splice(changes.indexOf(w), 1);
      changes.push(list.change);
      continue;
    }
    // Only cuts that map onto the input (or join the word change they start in) can be offered.
    const found = clauseCuts(tokens, t, u, polite).filter((c) => cutFits(c, words));
    const breaks = lineBreaks(s.text, s.start).filter((c) => cutFits(c, words));
    for (const cut of cutsFor(s.text, s.start, found, limit, breaks)) {
      const made = cutChange(text, cut, words);
      if (!made) continue;
      for (const w of made.absorbs) changes.splice(changes.indexOf(w), 1);
      changes.push(made.change);
    }
  }
  return changes;
}

/**
 * A fix folded into a cut can lengthen the piece it lands in past the limit (施行され、 cut into
 * 施行される。, which the passive fix makes 【要記入：主語】が施行した。: 56 → 65 characters). Such a
 * sentence is cut once more where it still can be, as a second rewrite would cut it. Only the long
 * sentences are tokenised again.
 */
export function recut(
  text: string,
  settled: RewriteChange[],
  options: AnalyzeOptions,
  limit: number,
  nouns: readonly string[],
): RewriteChange[] {
  const { analyser } = options;
  if (!analyser || !settled.some((c) => c.rule === 'sentence-split')) return settled;
  const rewritten = applyChanges(text, settled);
  const masked = maskText(rewritten);
  const own = ownExplanationSpans(rewritten, glossaryMatcher(options.userGlossary));
  const polite = isPolite(rewritten);
  const changes = [...settled];
  for (const s of segment(rewritten, masked).sentences) {
    if ((s.kind !== 'para' && s.kind !== 'quote') || visibleLength(s.masked) <= limit || inside(own, s))
      continue;
    const tokens = analyser
      .tokenize(s.masked)
      .map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
    const found = clauseCuts(tokens, 0, tokens.length, polite).filter((c) => cutFits(c, settled));
    for (const cut of cutsFor(s.text, s.start, found, limit)) {
      const made = cutChange(text, cut, settled);
      if (!made) continue;
      for (const w of made.absorbs) changes.splice(changes.indexOf(w), 1);
      changes.push(made.change);
    }
  }
  if (changes.length === settled.length && changes.every((c, i) => c === settled[i])) return settled;
  changes.sort((a, b) => a.start - b.start);
  return settleCuts(text, changes, options, nouns);
}

export function longSentences(text: string, limit: number) {
  return segment(text, maskText(text))
    .sentences.filter((s) => s.kind !== 'heading' && s.kind !== 'table' && visibleLength(s.masked) > limit)
    .map((s) => ({ start: s.start, end: s.end, text: s.text }));
}
