/**
 * Longest-match glossary lookup with a character trie, built once per glossary and cached.
 * A trie beats a giant alternation regex here: V8 tries alternatives in order, so "longest first"
 * would need sorting anyway, and the trie scan is a single linear pass with no backtracking.
 */
import { mergeGlossary, shippedGlossary } from './glossary';
import type { GlossaryEntry, TermHit } from './types';

interface Node {
  next: Map<number, Node>;
  entry?: GlossaryEntry;
}

export interface GlossaryMatcher {
  entries: readonly GlossaryEntry[];
  /**
   * All matches in `text`, left to right, each the longest term starting at its position that
   * `accept` allows (with tokens: a term must start and end on morpheme boundaries, so 公民 is
   * not found inside 公民館).
   */
  scan(text: string, accept?: (start: number, end: number) => boolean): TermHit[];
  /** The entry whose term is exactly `term` (for base-form lookups: 資し → 資する). */
  lookup(term: string): GlossaryEntry | undefined;
  /**
   * The user's own entry whose term is exactly `term`, for a phrase that ends in a verb (計画を見直す,
   * found as 計画を見直した). Shipped terms are found as written: their phrases were listed in the
   * forms the corpus uses, and found in every form they swallow the terms inside them.
   */
  lookupOwn(term: string): GlossaryEntry | undefined;
}

const ALNUM = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/;

/** ＡＢＣ１２３ → ABC123 and back: municipal documents mix full- and half-width Latin letters. */
function widthVariants(term: string): string[] {
  const full = term.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return full === term ? [term] : [term, full];
}

function build(entries: readonly GlossaryEntry[], own: ReadonlySet<string>): GlossaryMatcher {
  const root: Node = { next: new Map() };
  for (const entry of entries) {
    for (const variant of widthVariants(entry.term)) {
      let node = root;
      for (let i = 0; i < variant.length; i++) {
        const code = variant.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      node.entry = entry;
    }
  }
  const byTerm = new Map(entries.map((e) => [e.term, e]));
  const scan = (text: string, accept?: (start: number, end: number) => boolean): TermHit[] => {
    const hits: TermHit[] = [];
    let i = 0;
    while (i < text.length) {
      let node: Node | undefined = root;
      let best: TermHit | null = null;
      for (let j = i; j < text.length && node; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (node?.entry && wordBounded(text, i, j + 1) && (!accept || accept(i, j + 1)))
          best = { start: i, end: j + 1, entry: node.entry };
      }
      if (best) {
        hits.push(best);
        i = best.end;
      } else i++;
    }
    return hits;
  };
  return {
    entries,
    scan,
    lookup: (term) => byTerm.get(term),
    lookupOwn: (term) => (own.has(term) ? byTerm.get(term) : undefined),
  };
}

/** Latin abbreviations (DX, HP) must not match inside longer Latin words (DXF, HPV). */
function wordBounded(text: string, start: number, end: number): boolean {
  if (ALNUM.test(text[start]!) && start > 0 && ALNUM.test(text[start - 1]!)) return false;
  if (ALNUM.test(text[end - 1]!) && end < text.length && ALNUM.test(text[end]!)) return false;
  return true;
}

const cache = new Map<string, GlossaryMatcher>();
const keys = new WeakMap<readonly GlossaryEntry[], string>();
const CACHE_LIMIT = 8;

/** The matcher for shipped + user terms; rebuilt only when the user glossary's content changes. */
export function glossaryMatcher(user: readonly GlossaryEntry[] = []): GlossaryMatcher {
  // A glossary said for a 町 (locality.ts) holds hundreds of entries: its key is built once.
  let key = keys.get(user);
  if (key === undefined) {
    key = user
      .map((e) => `${e.term}\u0000${e.plain}\u0000${e.full ?? ''}\u0000${e.why}\u0000${e.everyday ? 1 : 0}`)
      .join('\u0001');
    keys.set(user, key);
  }
  let matcher = cache.get(key);
  if (!matcher) {
    // The user's own terms: not a shipped one (a 町's wordings come as user entries, locality.ts).
    const shipped = new Set(shippedGlossary().map((e) => e.term));
    matcher = build(mergeGlossary(user), new Set(user.map((e) => e.term).filter((t) => !shipped.has(t))));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, matcher);
  }
  return matcher;
}
