/**
 * Three-way line merge for long text fields (SYNC.md `text` ops). Two edits of the same
 * base merge cleanly when they touch different lines; edits of the same or adjacent lines
 * are a conflict, which the caller turns into a conflict record rather than guessing.
 */
import { diff3Merge } from 'node-diff3';

export type MergeResult = { clean: true; text: string } | { clean: false };

/** Lines with their terminators kept, so joining them gives back the exact text. */
function lines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/**
 * Merges `ours` and `theirs`, both derived from `base`, line by line. Identical changes on
 * both sides are not a conflict.
 */
export function mergeText(base: string, ours: string, theirs: string): MergeResult {
  if (ours === theirs) return { clean: true, text: ours };
  if (ours === base) return { clean: true, text: theirs };
  if (theirs === base) return { clean: true, text: ours };
  const regions = diff3Merge(lines(ours), lines(base), lines(theirs), { excludeFalseConflicts: true });
  const out: string[] = [];
  for (const region of regions) {
    if (region.conflict) return { clean: false };
    if (region.ok) out.push(...region.ok);
  }
  return { clean: true, text: out.join('') };
}
