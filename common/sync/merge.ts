/**
 * Three-way line merge for long text fields (docs/sync-protocol.md §7, `text` ops). Two edits of the same
 * base merge cleanly when they touch different lines; edits of the same or adjacent lines
 * are a conflict, which the caller turns into a conflict record rather than guessing.
 *
 * Bounded time: this runs synchronously inside the server's per-workspace write lock
 * (`server/src/push/recordWriter.ts`) and inside a client save transaction
 * (`renderer/src/data/editFromBase.ts`), so one large text must not stall either. The merge is
 * node-diff3's algorithm (Hunt–McIlroy LCS per side, then diff3 regions) with three changes that
 * keep both callers bounded without changing results on ordinary input:
 * - each side is compared with the base only between its first and last differing line (most
 *   edits touch a small region of a long text), so the work is linear in the text size plus the
 *   size of the changed regions;
 * - the LCS finds each candidate by binary search instead of node-diff3's linear rescan, which
 *   was cubic on texts of repeated short lines (5,000 lines of `0`/`1`: 51 s);
 * - a changed region longer than `MAX_MERGE_LINES` on either side of either diff, or with more
 *   than `MAX_MERGE_MATCHES` equal line pairs (the LCS's work), answers `{ clean: false }`
 *   without diffing. Callers already turn that into a visible conflict record, so nothing is lost.
 */

/** Most lines a changed region may span (in the base or one side) before the merge gives up. */
export const MAX_MERGE_LINES = 5000;
/** Most equal line pairs in one side's changed region (the LCS's work) before the merge gives up. */
export const MAX_MERGE_MATCHES = 2_000_000;

export type MergeResult = { clean: true; text: string } | { clean: false };

/**
 * A text as its lines without terminators plus whether it ends in a newline, so that appending a
 * line to a text without a final newline (every textarea) does not also "change" its old last
 * line (`"5"` → `"5\n"`), which made such an append conflict with an edit of the line before.
 */
interface SplitText {
  lines: string[];
  finalNewline: boolean;
}

function splitLines(text: string): SplitText {
  // As `text.split('\n')` without the empty entry after a final newline, about three times faster.
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return { lines, finalNewline: text.endsWith('\n') };
}

/**
 * The inverse of `splitLines`. A text without lines is empty, whatever the flag says; a merged
 * text whose last line is empty keeps a final newline even if one side removed it (one side added
 * that empty line; without the newline it would vanish, as `"a\n"` reads back as just `a`).
 */
function joinLines(lines: readonly string[], finalNewline: boolean): string {
  if (lines.length === 0) return '';
  const endsEmpty = lines[lines.length - 1] === '';
  return lines.join('\n') + (finalNewline || endsEmpty ? '\n' : '');
}

/** Three-way merge of the final-newline flag: a flag changed by one side only is that side's. */
function mergeFinalNewline(base: boolean, ours: boolean, theirs: boolean): boolean {
  return ours === base ? theirs : ours;
}

interface Candidate {
  aIndex: number;
  bIndex: number;
  chain: Candidate | null;
}

/**
 * node-diff3's `LCS` (Hunt and McIlroy 1976) with the same result: for each `j`, node-diff3
 * scans `candidates` from `r` for the `s` with `candidates[s].bIndex < j < candidates[s + 1].bIndex`;
 * the entries from `r` on are increasing in `bIndex`, so a binary search finds the same `s`.
 */
function lcs(a: readonly string[], b: readonly string[]): Candidate {
  const classes = new Map<string, number[]>();
  for (let j = 0; j < b.length; j++) {
    const line = b[j] as string;
    const list = classes.get(line);
    if (list) list.push(j);
    else classes.set(line, [j]);
  }
  const nullResult: Candidate = { aIndex: -1, bIndex: -1, chain: null };
  const candidates: Candidate[] = [nullResult];
  for (let i = 0; i < a.length; i++) {
    const indices = classes.get(a[i] as string);
    if (!indices) continue; // node-diff3 writes candidates[0] back to itself here
    let r = 0;
    let c = candidates[0] as Candidate;
    for (const j of indices) {
      // Last s in [r, length) with candidates[s].bIndex < j (or r - 1 if none).
      let lo = r;
      let hi = candidates.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((candidates[mid] as Candidate).bIndex < j) lo = mid + 1;
        else hi = mid;
      }
      const s = lo - 1;
      if (s < r) continue;
      if (s !== candidates.length - 1 && (candidates[s + 1] as Candidate).bIndex <= j) continue;
      const next: Candidate = { aIndex: i, bIndex: j, chain: candidates[s] as Candidate };
      if (r === candidates.length) candidates.push(c);
      else candidates[r] = c;
      r = s + 1;
      c = next;
      if (r === candidates.length) break;
    }
    candidates[r] = c;
  }
  return candidates[candidates.length - 1] as Candidate;
}

/** A range of the base that one side replaced: `[baseStart, +baseLength)` by `[sideStart, +sideLength)`. */
interface Hunk {
  side: 0 | 1;
  baseStart: number;
  baseLength: number;
  sideStart: number;
  sideLength: number;
}

/** node-diff3's `diffIndices(base, side)` as hunks, in order. */
export function diffHunks(base: readonly string[], side: readonly string[], which: 0 | 1 = 0): Hunk[] {
  const hunks: Hunk[] = [];
  let tailBase = base.length;
  let tailSide = side.length;
  for (let c: Candidate | null = lcs(base, side); c !== null; c = c.chain) {
    const baseLength = tailBase - c.aIndex - 1;
    const sideLength = tailSide - c.bIndex - 1;
    tailBase = c.aIndex;
    tailSide = c.bIndex;
    if (baseLength || sideLength) {
      hunks.push({ side: which, baseStart: tailBase + 1, baseLength, sideStart: tailSide + 1, sideLength });
    }
  }
  return hunks.reverse();
}

/** Equal line pairs between two ranges: the number of LCS steps node-diff3's algorithm takes. */
function matchCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const line of b) counts.set(line, (counts.get(line) ?? 0) + 1);
  let total = 0;
  for (const line of a) total += counts.get(line) ?? 0;
  return total;
}

/**
 * One side's hunks against the base, diffing only between the first and the last differing
 * line; null when that region is too large to diff within the bounds.
 */
function sideHunks(base: readonly string[], side: readonly string[], which: 0 | 1): Hunk[] | null {
  const shorter = Math.min(base.length, side.length);
  let head = 0;
  while (head < shorter && base[head] === side[head]) head++;
  let tail = 0;
  while (tail < shorter - head && base[base.length - 1 - tail] === side[side.length - 1 - tail]) tail++;
  const baseMiddle = base.slice(head, base.length - tail);
  const sideMiddle = side.slice(head, side.length - tail);
  if (baseMiddle.length > MAX_MERGE_LINES || sideMiddle.length > MAX_MERGE_LINES) return null;
  if (matchCount(baseMiddle, sideMiddle) > MAX_MERGE_MATCHES) return null;
  return diffHunks(baseMiddle, sideMiddle, which).map((h) => ({
    ...h,
    baseStart: h.baseStart + head,
    sideStart: h.sideStart + head,
  }));
}

/**
 * Merges `ours` and `theirs`, both derived from `base`, line by line. Identical changes on
 * both sides are not a conflict. Follows node-diff3's `diff3Merge` with `excludeFalseConflicts`
 * over lines without their terminators; whether the text ends in a newline is merged on its own
 * (it never conflicts: if both sides changed it, they agree).
 */
export function mergeText(base: string, ours: string, theirs: string): MergeResult {
  if (ours === theirs) return { clean: true, text: ours };
  if (ours === base) return { clean: true, text: theirs };
  if (theirs === base) return { clean: true, text: ours };
  const split = [splitLines(base), splitLines(ours), splitLines(theirs)] as const;
  const o = split[0].lines;
  const sides = [split[1].lines, split[2].lines] as const;
  const oursHunks = sideHunks(o, sides[0], 0);
  const theirsHunks = oursHunks && sideHunks(o, sides[1], 1);
  if (!oursHunks || !theirsHunks) return { clean: false };
  // Stable sort: on equal starts our hunk comes first, as in node-diff3.
  const hunks = [...oursHunks, ...theirsHunks].sort((x, y) => x.baseStart - y.baseStart);

  const out: string[] = [];
  let done = 0; // base lines [0, done) are settled
  const copyBase = (end: number): void => {
    for (; done < end; done++) out.push(o[done] as string);
  };
  let next = 0;
  while (next < hunks.length) {
    const first = hunks[next++] as Hunk;
    const regionStart = first.baseStart;
    let regionEnd = first.baseStart + first.baseLength;
    const region = [first];
    // Hunks that overlap or touch (adjacent lines) form one region.
    for (let h = hunks[next]; h && h.baseStart <= regionEnd; h = hunks[next]) {
      regionEnd = Math.max(regionEnd, h.baseStart + h.baseLength);
      region.push(h);
      next++;
    }
    copyBase(regionStart);
    if (region.length === 1) {
      out.push(...sides[first.side].slice(first.sideStart, first.sideStart + first.sideLength));
    } else {
      // Both sides changed this region: clean only if they made it the same.
      const [a, b] = ([0, 1] as const).map((which) => {
        const own = region.filter((h) => h.side === which);
        const side = sides[which];
        // Not reached (a region of several hunks has both sides'), kept as node-diff3 computes it.
        if (own.length === 0) return side.slice(side.length + regionStart - o.length, regionEnd);
        const sideStart = Math.min(...own.map((h) => h.sideStart));
        const sideEnd = Math.max(...own.map((h) => h.sideStart + h.sideLength));
        const baseStart = Math.min(...own.map((h) => h.baseStart));
        const baseEnd = Math.max(...own.map((h) => h.baseStart + h.baseLength));
        return side.slice(sideStart + regionStart - baseStart, sideEnd + regionEnd - baseEnd);
      }) as [string[], string[]];
      if (a.length !== b.length || a.some((line, k) => line !== b[k])) return { clean: false };
      out.push(...a);
    }
    done = regionEnd;
  }
  copyBase(o.length);
  const finalNewline = mergeFinalNewline(split[0].finalNewline, split[1].finalNewline, split[2].finalNewline);
  return { clean: true, text: joinLines(out, finalNewline) };
}
