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

/** Parts numbered once; counts in flat arrays so a text's own entries are subtracted without objects. */
interface PartTable {
  ids: Map<string, number>;
  jargon: Int32Array;
  everyday: Int32Array;
  /** The distinct part ids of each term, so a term's own contribution can be taken out. */
  partsOf: Map<string, number[]>;
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
  const ids = new Map<string, number>();
  const partsOf = new Map<string, number[]>();
  const jargon: number[] = [];
  const everyday: number[] = [];
  for (const entry of shippedGlossary()) {
    if (entry.full) continue; // abbreviations (国保, DX) say nothing about their letters
    const own = partsOfTerm(entry.term).map((part) => {
      let id = ids.get(part);
      if (id === undefined) {
        id = ids.size;
        ids.set(part, id);
        jargon.push(0);
        everyday.push(0);
      }
      if (entry.everyday) everyday[id]!++;
      else jargon[id]!++;
      return id;
    });
    partsOf.set(entry.term, own);
  }
  table = { ids, jargon: Int32Array.from(jargon), everyday: Int32Array.from(everyday), partsOf };
  return table;
}

/** Looks up parts for one text: counts over the glossary minus the entries found in `text`. */
export interface PartLookup {
  (part: string): PartCounts;
}

/** The part counts for analysing `text` (its own glossary entries left out). */
export function glossaryParts(text: string): PartLookup {
  const { ids, jargon, everyday, partsOf } = partTable();
  let ownJargon: Int32Array | null = null;
  let ownEveryday: Int32Array | null = null;
  // A term found several times is left out once: own counts are per distinct entry.
  const seen = new Set<string>();
  for (const hit of glossaryMatcher().scan(text)) {
    const parts = partsOf.get(hit.entry.term);
    if (!parts || seen.has(hit.entry.term)) continue;
    seen.add(hit.entry.term);
    ownJargon ??= new Int32Array(jargon.length);
    ownEveryday ??= new Int32Array(jargon.length);
    const into = hit.entry.everyday ? ownEveryday : ownJargon;
    for (const id of parts) into[id]!++;
  }
  return (part) => {
    const id = ids.get(part);
    if (id === undefined) return { jargon: 0, everyday: 0 };
    return {
      jargon: jargon[id]! - (ownJargon?.[id] ?? 0),
      everyday: everyday[id]! - (ownEveryday?.[id] ?? 0),
    };
  };
}
