/**
 * A rewrite made again (after the text or the municipality changed) keeps the author's decisions:
 * a change of the new rewrite takes the decision of the same change in the old one — the same rule
 * turning the same words into the same words, or into the same words said for another body
 * (「市の自由なお金」 and 「町の自由なお金」), matched in order. A change with no such twin is
 * accepted, as in a fresh rewrite.
 */
import { decideChange, type RewriteChange } from '../../../../common/brief/rewrite';

/** The wording with its body left out: 市役所 / 町役場 / 県庁 and 市長 / 知事 and 市の / 町の read alike. */
const bodyless = (s: string) =>
  s
    .replace(/[市区]役所|[町村]役場|[県都道府]庁/gu, '＠庁舎')
    .replace(/[市町村区]長|知事/gu, '＠長')
    .replace(/[市町村区県都道府]/gu, '＠');

/** Decisions for `next`, carried from `old` where a change recurs; and how many were carried. */
export function carryDecisions(
  old: readonly RewriteChange[],
  oldAccepted: readonly boolean[],
  next: readonly RewriteChange[],
): { accepted: boolean[]; carried: number } {
  const accepted = next.map(() => true);
  const taken = new Set<number>();
  const matched = new Set<number>();
  let carried = 0;
  // Exact twins first, so a body-neutral match never takes the decision of a change that recurs as it was.
  for (const key of [
    (c: RewriteChange) => `${c.rule}\u0000${c.before}\u0000${c.after}`,
    (c: RewriteChange) => `${c.rule}\u0000${c.before}\u0000${bodyless(c.after)}`,
  ]) {
    const queues = new Map<string, number[]>();
    old.forEach((c, i) => {
      if (taken.has(i)) return;
      const k = key(c);
      queues.set(k, [...(queues.get(k) ?? []), i]);
    });
    next.forEach((c, i) => {
      if (matched.has(i)) return;
      const twin = queues.get(key(c))?.shift();
      if (twin === undefined) return;
      taken.add(twin);
      matched.add(i);
      accepted[i] = oldAccepted[twin] ?? true;
      carried++;
    });
  }
  // A ※ line inside a paragraph still goes with its line break (decideChange).
  let kept = accepted;
  next.forEach((_c, i) => (kept = decideChange(next, kept, i, kept[i]!)));
  return { accepted: kept, carried };
}
