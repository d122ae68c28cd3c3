/**
 * What the glossary teaches about words it does not list: a morpheme that recurs inside many 行政用語
 * (審査 in 書類審査・資格審査, 委託 in 再委託・委託料, 補助 in 国庫補助・補助率) marks the register even
 * in a compound nobody entered, and one that recurs inside everyday entries marks plain writing.
 * Counts leave out the entries that occur in the text being analysed, so a word is never judged by
 * its own entry: the scorer learns from the glossary's other terms, as it must on unseen texts.
 */
import { shippedGlossary } from '../glossary';
import { glossaryMatcher } from '../matcher';

/** Longest part looked up; longer morphemes are rare and their counts are zero anyway. */
const MAX_PART = 6;

interface PartCounts {
  jargon: number;
  everyday: number;
}

interface PartTable {
  counts: Map<string, PartCounts>;
  /** The distinct parts of each term, so a term's own contribution can be taken out. */
  partsOf: Map<string, string[]>;
}

let table: PartTable | null = null;

function partsOfTerm(term: string): string[] {
  const parts = new Set<string>();
  for (let i = 0; i < term.length; i++)
    for (let n = 2; n <= MAX_PART && i + n <= term.length; n++) parts.add(term.slice(i, i + n));
  return [...parts];
}

/** Built once from the shipped glossary (about 20,000 parts). */
function partTable(): PartTable {
  if (table) return table;
  const counts = new Map<string, PartCounts>();
  const partsOf = new Map<string, string[]>();
  for (const entry of shippedGlossary()) {
    if (entry.full) continue; // abbreviations (国保, DX) say nothing about their letters
    const parts = partsOfTerm(entry.term);
    partsOf.set(entry.term, parts);
    for (const part of parts) {
      const c = counts.get(part) ?? { jargon: 0, everyday: 0 };
      if (entry.everyday) c.everyday++;
      else c.jargon++;
      counts.set(part, c);
    }
  }
  table = { counts, partsOf };
  return table;
}

/** Looks up parts for one text: counts over the glossary minus the entries found in `text`. */
export interface PartLookup {
  (part: string): PartCounts;
}

/** The part counts for analysing `text` (its own glossary entries left out). */
export function glossaryParts(text: string): PartLookup {
  const { counts, partsOf } = partTable();
  const own = new Map<string, PartCounts>();
  // A term found several times is left out once: own counts are per distinct entry.
  const seenEntries = new Set<string>();
  for (const hit of glossaryMatcher().scan(text)) {
    if (seenEntries.has(hit.entry.term)) continue;
    seenEntries.add(hit.entry.term);
    for (const part of partsOf.get(hit.entry.term) ?? []) {
      const c = own.get(part) ?? { jargon: 0, everyday: 0 };
      if (hit.entry.everyday) c.everyday++;
      else c.jargon++;
      own.set(part, c);
    }
  }
  return (part) => {
    const all = counts.get(part);
    if (!all) return { jargon: 0, everyday: 0 };
    const mine = own.get(part);
    return mine ? { jargon: all.jargon - mine.jargon, everyday: all.everyday - mine.everyday } : all;
  };
}
