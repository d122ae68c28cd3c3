/**
 * A faster drop-in for kuromoji's tokenize over the same IPADIC dictionaries, giving the same
 * tokens. kuromoji spends most of a 5,000-character analysis on allocation, not on Viterbi: at
 * every character it re-encodes the whole rest of the clause as UTF-8 for the trie lookup, copies
 * the bytes again for every prefix found, and builds a surrogate index of the rest of the clause.
 * Here the trie is walked byte by byte straight from the string (a word ends where the trie says
 * so, never past the longest entry), the lattice lives in flat number arrays, and the features of a
 * word are decoded once and remembered. Lattice order and tie-breaking follow kuromoji exactly
 * (nodes in append order, the first cheapest predecessor wins); `scripts/brief-analyser.test.ts`
 * checks it token by token against kuromoji itself. (Outside the BMP kuromoji mixes code-point and
 * code-unit lengths; here a surrogate pair is simply one character.)
 */
import type { MorphToken } from './morph';

/** The parts of kuromoji's loaded dictionaries this reads; structural, so nothing is imported. */
export interface IpadicInternals {
  trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } };
  tokenInfo: WordDictionary;
  unknown: WordDictionary & { lookup(ch: string): CharClass };
  costs: { buffer: Int16Array; backward_dimension: number };
}

interface WordDictionary {
  target_map: Record<number, number[]>;
  /** Per word: left id, right id and cost as little-endian int16 at its id, then its features' offset. */
  dictionary: { buffer: Uint8Array };
  getFeatures(id: number): string;
}

interface CharClass {
  class_id: number;
  class_name: string;
  /** 1 when unknown-word candidates are added even where the dictionary has words (as kuromoji reads it). */
  is_always_invoke: number;
  /** 1 when a run of characters of this class makes one unknown word. */
  is_grouping: number;
}

/** A kuromoji Tokenizer's fields (as built by kuromoji.builder or `new Tokenizer(dic)`). */
interface KuromojiTokenizerFields {
  token_info_dictionary?: WordDictionary;
  unknown_dictionary?: IpadicInternals['unknown'];
  viterbi_builder?: { trie?: IpadicInternals['trie'] };
  viterbi_searcher?: { connection_costs?: IpadicInternals['costs'] };
}

/** The dictionaries behind a kuromoji tokenizer, or null if its internals are not as expected. */
export function ipadicInternals(tokenizer: object): IpadicInternals | null {
  const t = tokenizer as KuromojiTokenizerFields;
  const trie = t.viterbi_builder?.trie;
  const costs = t.viterbi_searcher?.connection_costs;
  const ok =
    typeof trie?.bc?.getBaseBuffer === 'function' &&
    costs?.buffer instanceof Int16Array &&
    t.token_info_dictionary?.dictionary?.buffer instanceof Uint8Array &&
    t.unknown_dictionary?.dictionary?.buffer instanceof Uint8Array;
  if (!ok || !t.token_info_dictionary || !t.unknown_dictionary) return null;
  return { trie, tokenInfo: t.token_info_dictionary, unknown: t.unknown_dictionary, costs };
}

interface Features {
  pos: string;
  detail: string;
  base: string;
  reading: string;
  conjugation: string;
}

const star = (s: string | undefined) => (s && s !== '*' ? s : '');

function parseFeatures(line: string, known: boolean): Features {
  const f = line.split(',');
  return {
    pos: f[1] ?? '',
    detail: f[2] ?? '',
    base: star(f[7]),
    // kuromoji reports no reading for unknown words.
    reading: known ? star(f[8]) : '',
    conjugation: star(f[5]),
  };
}

/**
 * kuromoji's word map (trie entry → word ids) as two flat arrays: a property lookup on an object
 * with 390,000 numeric keys was a fifth of the tokenising time. Built once per dictionary.
 */
function flatTargets(map: Record<number, number[]>): { first: Int32Array; ids: Int32Array } {
  let size = 0;
  let total = 0;
  for (const key in map) {
    size = Math.max(size, Number(key) + 1);
    total += map[key as unknown as number]!.length;
  }
  const first = new Int32Array(size + 1);
  const ids = new Int32Array(total);
  let at = 0;
  for (let entry = 0; entry < size; entry++) {
    first[entry] = at;
    for (const id of map[entry] ?? []) ids[at++] = id;
  }
  first[size] = at;
  return { first, ids };
}

const KNOWN = 0;
const UNKNOWN = 1;
const MAX = Number.MAX_VALUE;

/** Tokenises like kuromoji's `tokenize`, from the dictionaries it loaded. */
export function latticeTokenizer(dic: IpadicInternals): (text: string) => MorphToken[] {
  const knownFeatures = new Map<number, Features>();
  const unknownFeatures = new Map<number, Features>();
  const classes = new Map<string, CharClass>();
  const charClass = (ch: string): CharClass => {
    let c = classes.get(ch);
    if (!c) classes.set(ch, (c = dic.unknown.lookup(ch)));
    return c;
  };
  const featuresOf = (type: number, id: number): Features => {
    const cache = type === KNOWN ? knownFeatures : unknownFeatures;
    let f = cache.get(id);
    if (!f) {
      const dict = type === KNOWN ? dic.tokenInfo : dic.unknown;
      f = parseFeatures(dict.getFeatures(id) ?? '', type === KNOWN);
      cache.set(id, f);
    }
    return f;
  };
  const base = dic.trie.bc.getBaseBuffer();
  const check = dic.trie.bc.getCheckBuffer();
  const traverse = (parent: number, code: number): number => {
    const child = base[parent]! + code;
    return child >= 0 && child < check.length && check[child] === parent ? child : -1;
  };
  const costs = dic.costs.buffer;
  const width = dic.costs.backward_dimension;
  const connection = (right: number, left: number) => costs[right * width + left + 2]!;

  // The lattice of one clause, reused between clauses: node fields in parallel typed arrays.
  let capacity = 0;
  let nStart = new Int32Array(0);
  let nEnd = new Int32Array(0);
  let nId = new Int32Array(0);
  let nType = new Int8Array(0);
  let nLeft = new Int16Array(0);
  let nRight = new Int16Array(0);
  let nCost = new Int16Array(0);
  let nBest = new Float64Array(0);
  let nPrev = new Int32Array(0);
  let nNext = new Int32Array(0);
  let count = 0;
  let head = new Int32Array(0);
  let tail = new Int32Array(0);

  const grow = () => {
    capacity = Math.max(1024, capacity * 2);
    const more = <T extends Int32Array | Int16Array | Int8Array | Float64Array>(
      old: T,
      make: (n: number) => T,
    ) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    nStart = more(nStart, (n) => new Int32Array(n));
    nEnd = more(nEnd, (n) => new Int32Array(n));
    nId = more(nId, (n) => new Int32Array(n));
    nType = more(nType, (n) => new Int8Array(n));
    nLeft = more(nLeft, (n) => new Int16Array(n));
    nRight = more(nRight, (n) => new Int16Array(n));
    nCost = more(nCost, (n) => new Int16Array(n));
    nBest = more(nBest, (n) => new Float64Array(n));
    nPrev = more(nPrev, (n) => new Int32Array(n));
    nNext = more(nNext, (n) => new Int32Array(n));
  };

  const int16 = (bytes: Uint8Array, at: number) => ((bytes[at]! | (bytes[at + 1]! << 8)) << 16) >> 16;

  const add = (start: number, end: number, id: number, type: number, bytes: Uint8Array) => {
    if (count === capacity) grow();
    const i = count++;
    nStart[i] = start;
    nEnd[i] = end;
    nId[i] = id;
    nType[i] = type;
    nLeft[i] = int16(bytes, id);
    nRight[i] = int16(bytes, id + 2);
    nCost[i] = int16(bytes, id + 4);
    nBest[i] = MAX;
    nPrev[i] = -1;
    nNext[i] = -1;
    // Nodes ending at the same offset stay in append order (kuromoji's tie-breaking depends on it).
    if (head[end] === -1) head[end] = i;
    else nNext[tail[end]!] = i;
    tail[end] = i;
  };

  const knownBytes = dic.tokenInfo.dictionary.buffer;
  const unknownBytes = dic.unknown.dictionary.buffer;
  const known = flatTargets(dic.tokenInfo.target_map);

  /** Dictionary words starting at `pos`, shortest first, as kuromoji's commonPrefixSearch finds them. */
  const knownWords = (s: string, pos: number): boolean => {
    let parent = 0;
    let found = false;
    for (let k = pos; k < s.length; k++) {
      let code = s.charCodeAt(k);
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < s.length) {
        const low = s.charCodeAt(k + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          k++;
        }
      }
      // The code point's UTF-8 bytes, walked one by one (the trie is keyed by UTF-8).
      if (code < 0x80) parent = traverse(parent, code);
      else if (code < 0x800) {
        parent = traverse(parent, 0xc0 | (code >> 6));
        if (parent !== -1) parent = traverse(parent, 0x80 | (code & 0x3f));
      } else if (code < 0x10000) {
        parent = traverse(parent, 0xe0 | (code >> 12));
        if (parent !== -1) parent = traverse(parent, 0x80 | ((code >> 6) & 0x3f));
        if (parent !== -1) parent = traverse(parent, 0x80 | (code & 0x3f));
      } else {
        parent = traverse(parent, 0xf0 | (code >> 18));
        if (parent !== -1) parent = traverse(parent, 0x80 | ((code >> 12) & 0x3f));
        if (parent !== -1) parent = traverse(parent, 0x80 | ((code >> 6) & 0x3f));
        if (parent !== -1) parent = traverse(parent, 0x80 | (code & 0x3f));
      }
      if (parent === -1) return found;
      const leaf = traverse(parent, 0);
      if (leaf === -1) continue;
      const record = base[leaf]!;
      if (record > 0) continue;
      const entry = -record - 1;
      if (entry >= known.first.length - 1) continue;
      for (let j = known.first[entry]!; j < known.first[entry + 1]!; j++)
        add(pos, k + 1, known.ids[j]!, KNOWN, knownBytes);
      found = true;
    }
    return found;
  };

  const charAt = (s: string, i: number): string => {
    const c = s.charCodeAt(i);
    const low = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    return c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? s.slice(i, i + 2) : s[i]!;
  };

  /** One clause (kuromoji's unit: text up to and including 、 or 。). */
  const clause = (s: string, offset: number, out: MorphToken[]) => {
    const n = s.length;
    count = 0;
    if (head.length < n + 1) {
      head = new Int32Array(n + 1);
      tail = new Int32Array(n + 1);
    }
    head.fill(-1, 0, n + 1);
    for (let pos = 0; pos < n;) {
      const ch = charAt(s, pos);
      const found = knownWords(s, pos);
      const cls = charClass(ch);
      if (!found || cls.is_always_invoke === 1) {
        let end = pos + ch.length;
        if (cls.is_grouping === 1)
          while (end < n) {
            const next = charAt(s, end);
            if (charClass(next).class_name !== cls.class_name) break;
            end += next.length;
          }
        for (const id of dic.unknown.target_map[cls.class_id] ?? []) add(pos, end, id, UNKNOWN, unknownBytes);
      }
      pos += ch.length;
    }
    // Forward: nodes by end offset; BOS (right id 0, cost 0) ends at 0, EOS (left id 0) starts at n.
    for (let end = 1; end <= n; end++)
      for (let i = head[end]!; i !== -1; i = nNext[i]!) {
        const from = nStart[i]!;
        if (from === 0) {
          nBest[i] = connection(0, nLeft[i]!) + nCost[i]!;
          nPrev[i] = -2; // BOS
          continue;
        }
        let best = MAX;
        let prev = -1;
        for (let p = head[from]!; p !== -1; p = nNext[p]!) {
          const cost = nBest[p]! + connection(nRight[p]!, nLeft[i]!) + nCost[i]!;
          if (cost < best) {
            best = cost;
            prev = p;
          }
        }
        nBest[i] = best;
        nPrev[i] = prev;
      }
    let best = MAX;
    let last = -1;
    for (let p = head[n]!; p !== -1; p = nNext[p]!) {
      const cost = nBest[p]! + connection(nRight[p]!, 0);
      if (cost < best) {
        best = cost;
        last = p;
      }
    }
    const path: number[] = [];
    for (let i = last; i !== -2; i = nPrev[i]!) {
      if (i === -1) return; // kuromoji gives up on a broken path too
      path.push(i);
    }
    for (let k = path.length - 1; k >= 0; k--) {
      const i = path[k]!;
      const f = featuresOf(nType[i]!, nId[i]!);
      const surface = s.slice(nStart[i], nEnd[i]);
      out.push({
        surface,
        start: offset + nStart[i]!,
        end: offset + nEnd[i]!,
        pos: f.pos,
        detail: f.detail,
        base: f.base || surface,
        reading: f.reading,
        conjugation: f.conjugation,
        cost: nCost[i]!,
      });
    }
  };

  return (text: string): MorphToken[] => {
    const out: MorphToken[] = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3001 || c === 0x3002) {
        clause(text.slice(from, i + 1), from, out);
        from = i + 1;
      }
    }
    if (from < text.length) clause(text.slice(from), from, out);
    return out;
  };
}
