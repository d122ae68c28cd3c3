/**
 * Glossary hits for the rules. Without an analyser: the character trie alone. With morphemes:
 * hits must sit on morpheme boundaries (公民 is not in 公民館, 所管横断 is in 所管横断的な), and
 * inflected verbs and adjectives are found by their base form (資し, 講じて → 資する, 講じる), and so
 * is a user's phrase that ends in one (計画を見直した, 計画を見直され → 計画を見直す).
 */
import { outsideDepartmentNames } from './departmentNames';
import type { GlossaryMatcher } from './matcher';
import type { MorphToken } from './morph';
import type { TermHit } from './types';

/** Marks every offset where a morpheme starts or ends. */
export function boundaryMap(length: number, tokens: readonly MorphToken[]): Uint8Array {
  const map = new Uint8Array(length + 1);
  map[0] = 1;
  map[length] = 1;
  for (const t of tokens) {
    map[t.start] = 1;
    map[t.end] = 1;
  }
  return map;
}

const INFLECTING = new Set(['動詞', '形容詞']);

/** Characters between two levels of a budget code (7款1項2目, 款・項・目・節). */
const SERIES_GAP = 2;

/**
 * A one-character term (款, 項, 目, 節: the budget's levels) is also an everyday suffix or counter
 * (第3節, 2巡目, 切れ目); it is the budget word only when written beside another level, so a hit
 * alone is dropped.
 */
function dropLoneCharacters(hits: TermHit[]): TermHit[] {
  const single = hits.filter((h) => h.end - h.start === 1);
  if (single.length === 0) return hits;
  const inSeries = (h: TermHit) =>
    single.some((o) => o !== h && o.start - h.end <= SERIES_GAP && h.start - o.end <= SERIES_GAP);
  return hits.filter((h) => h.end - h.start !== 1 || inSeries(h));
}

/** Glossary hits in `masked`, using morphemes when they are known. */
export function findTerms(
  matcher: GlossaryMatcher,
  masked: string,
  tokens: readonly MorphToken[] | null,
): TermHit[] {
  // A department's name is a name: 企画課 is not read inside 総務企画課 (departmentNames.ts).
  return outsideDepartmentNames(masked, dropLoneCharacters(findAllTerms(matcher, masked, tokens)));
}

function findAllTerms(
  matcher: GlossaryMatcher,
  masked: string,
  tokens: readonly MorphToken[] | null,
): TermHit[] {
  if (!tokens) return matcher.scan(masked);
  const bounds = boundaryMap(masked.length, tokens);
  const hits = matcher.scan(masked, (start, end) => bounds[start] === 1 && bounds[end] === 1);
  const taken = new Uint8Array(masked.length);
  for (const h of hits) taken.fill(1, h.start, h.end);
  const phrases: TermHit[] = [];
  tokens.forEach((t, i) => {
    if (!INFLECTING.has(t.pos) || t.base === t.surface || taken[t.start]) return;
    const entry = matcher.lookup(t.base);
    if (entry) hits.push({ start: t.start, end: t.end, entry });
    const phrase = phraseEndingIn(matcher, masked, tokens, i);
    if (phrase) phrases.push(phrase);
  });
  // A phrase holds the shorter hits inside it (計画 of 計画を見直す): the longer term wins.
  const inside = (h: TermHit) => phrases.some((p) => p.start <= h.start && h.end <= p.end);
  return [...hits.filter((h) => !inside(h)), ...phrases].sort((a, b) => a.start - b.start);
}

/** Morphemes a phrase may hold before its verb (計画を見直す: 2). */
const PHRASE_TOKENS = 6;

/**
 * The longest phrase of the user's own that ends in the inflected verb `tokens[i]`, looked up with
 * the verb in its base form (計画を + 見直し → 計画を見直す), or null.
 */
function phraseEndingIn(
  matcher: GlossaryMatcher,
  masked: string,
  tokens: readonly MorphToken[],
  i: number,
): TermHit | null {
  const verb = tokens[i]!;
  for (let k = Math.min(PHRASE_TOKENS, i); k >= 1; k--) {
    const first = tokens[i - k]!;
    // Within one stretch of text: a phrase does not run across a line or a sentence's end.
    const lead = masked.slice(first.start, verb.start);
    if (/[\s。！？]/u.test(lead)) continue;
    const entry = matcher.lookupOwn(lead + verb.base);
    if (entry) return { start: first.start, end: verb.end, entry };
  }
  return null;
}
