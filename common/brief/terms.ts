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
  // Written apart (7款1項2目, 款・項・目): side by side they are another word (項目, 目次 …).
  const apart = (a: TermHit, b: TermHit) => {
    const gap = Math.max(b.start - a.end, a.start - b.end);
    return gap >= 1 && gap <= SERIES_GAP;
  };
  const inSeries = (h: TermHit) => single.some((o) => o !== h && apart(h, o));
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
  if (!tokens) return matcher.scan(masked, (start, end) => !insideKanjiVerb(masked, start, end));
  const bounds = boundaryMap(masked.length, tokens);
  const tails = okuriganaTails(tokens);
  const heads = prefixedHeads(tokens);
  const hits = matcher
    .scan(
      masked,
      (start, end) => (bounds[start] === 1 || heads.has(start)) && (bounds[end] === 1 || tails.has(end)),
    )
    // A user's own term is found as saved: the editor widens a selection that cuts a word (見守 of
    // 見守り, termShape.ts), so what is saved is the word as written.
    .filter((h) => bounds[h.end] === 1 || !matcher.lookupOwn(h.entry.term))
    .map((h) => (bounds[h.end] === 1 ? h : { ...h, end: tails.get(h.end)! }));
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

/** A word written in kanji with its okurigana after (繰入れ, 繰出し, 申込み, 取扱い). */
const OKURIGANA_WORD = /^(\p{sc=Han}+)\p{sc=Hiragana}{1,2}$/u;

/**
 * Where a glossary term written without okurigana (基準外繰入, 申込) may end inside a morpheme that
 * adds it (繰入れ, 込み): the offset after the kanji → the morpheme's end, which the hit then takes in.
 * The same word either way; municipal texts write both.
 */
function okuriganaTails(tokens: readonly MorphToken[]): Map<number, number> {
  const tails = new Map<number, number>();
  for (const t of tokens) {
    const kanji = OKURIGANA_WORD.exec(t.surface)?.[1];
    if (kanji) tails.set(t.start + kanji.length, t.end);
  }
  return tails;
}

/** One-kanji prefixes a text puts before a name or term: whose body (村, 各, 本) or which (旧, 新). */
const PREFIX = /^[市町村区県都府道各本全同当旧新両諸]\p{sc=Han}+$/u;

/**
 * Where a glossary term may start one character into a morpheme: IPADIC reads a prefix and the
 * term's first kanji as one word (村|社会福祉協議会 as 村社|会…, 各|所管課 as 各所|管|課).
 */
function prefixedHeads(tokens: readonly MorphToken[]): Set<number> {
  const heads = new Set<number>();
  for (const t of tokens) if (t.pos === '名詞' && PREFIX.test(t.surface)) heads.add(t.start + 1);
  return heads;
}

/** A one-kanji verb (供する, 付する, 資する). */
const ONE_KANJI_VERB = /^\p{sc=Han}\p{sc=Hiragana}+$/u;

/**
 * Without morphemes: a one-kanji verb right after a kanji is the second half of a two-kanji verb
 * (提供する, 交付する, 送付する), a different and everyday word.
 */
function insideKanjiVerb(text: string, start: number, end: number): boolean {
  return start > 0 && /\p{sc=Han}/u.test(text[start - 1]!) && ONE_KANJI_VERB.test(text.slice(start, end));
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
