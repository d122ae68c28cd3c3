/**
 * Glossary hits for the rules. Without an analyser: the character trie alone. With morphemes:
 * hits must sit on morpheme boundaries (公民 is not in 公民館, 所管横断 is in 所管横断的な), and
 * inflected verbs and adjectives are found by their base form (資し, 講じて → 資する, 講じる).
 */
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
  return dropLoneCharacters(findAllTerms(matcher, masked, tokens));
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
  for (const t of tokens) {
    if (!INFLECTING.has(t.pos) || t.base === t.surface || taken[t.start]) continue;
    const entry = matcher.lookup(t.base);
    if (entry) hits.push({ start: t.start, end: t.end, entry });
  }
  return hits.sort((a, b) => a.start - b.start);
}
