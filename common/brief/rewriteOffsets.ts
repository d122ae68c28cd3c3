/**
 * Offsets between the input and a text with changes applied, and the two ways a sentence cut is
 * joined with a word change so that the rewrite is one pass: a cut that starts inside a word change
 * (が必要である|ことから、 after が求められる → が必要である) becomes one change with it, and a word fix
 * that only a cut makes possible (移行することとし、 cut into 移行することとします。, which the redundant
 * rule shortens to 移行します。) is folded into the cut — else a second rewrite would still change them.
 */
import type { ClauseCut } from './clauses';

/** One change: `before` = input.slice(start, end) becomes `after`. Offsets are into the input. */
export interface RewriteChange {
  start: number;
  end: number;
  before: string;
  after: string;
  rule: string;
}

/** Applies non-overlapping `changes` (offsets into `text`), optionally only those in `accepted`. */
export function applyChanges(
  text: string,
  changes: readonly RewriteChange[],
  accepted: (change: RewriteChange, index: number) => boolean = () => true,
): string {
  let out = '';
  let at = 0;
  const ordered = changes.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start);
  for (const { c, i } of ordered) {
    if (!accepted(c, i) || c.start < at || text.slice(c.start, c.end) !== c.before) continue;
    out += text.slice(at, c.start) + c.after;
    at = c.end;
  }
  return out + text.slice(at);
}

/** Where a change's `after` sits in the text with all `changes` (sorted, non-overlapping) applied. */
interface Placed {
  change: RewriteChange;
  newStart: number;
  newEnd: number;
}

function placed(changes: readonly RewriteChange[]): Placed[] {
  let shift = 0;
  return changes.map((change) => {
    const newStart = change.start + shift;
    shift += change.after.length - (change.end - change.start);
    return { change, newStart, newEnd: newStart + change.after.length };
  });
}

/**
 * Maps an offset in the changed text back to the input; null when it falls inside a change. An
 * end offset may touch the start of a following change (the cut ends where the change begins).
 */
export function toInput(offset: number, changes: readonly RewriteChange[], isEnd = false): number | null {
  let shift = 0;
  for (const c of changes) {
    const newStart = c.start + shift;
    const newEnd = newStart + c.after.length;
    if (offset < newStart || (isEnd && offset === newStart)) break;
    if (offset < newEnd) return null;
    shift += c.after.length - (c.end - c.start);
  }
  return offset - shift;
}

/** The word change whose text holds `offset` (strictly inside or at its start), if any. */
function holder(offset: number, words: readonly RewriteChange[]): Placed | undefined {
  return placed(words).find((p) => p.change.before !== '' && p.newStart <= offset && offset < p.newEnd);
}

/**
 * True when `cut` (offsets into the text with `words` applied) can be offered as a change of the
 * input: it lies outside every word change, or starts inside one and runs past its end.
 */
export function cutFits(cut: ClauseCut, words: readonly RewriteChange[]): boolean {
  if (toInput(cut.end, words, true) === null) return false;
  if (toInput(cut.start, words) !== null) return true;
  const inside = holder(cut.start, words);
  return inside !== undefined && cut.end >= inside.newEnd;
}

/**
 * The cut as a change of `text`, and the word changes it absorbs: the one it starts inside, or those it holds
 * (that change's wording up to the cut is kept, then the cut's ending).
 */
export function cutChange(
  text: string,
  cut: ClauseCut,
  words: readonly RewriteChange[],
): { change: RewriteChange; absorbs: RewriteChange[] } | null {
  // A cut that moves words (実施した調査において、 → 調査を実施した。) holds the word changes inside it.
  if (placed(words).some((p) => p.newStart > cut.start && p.newEnd < cut.end))
    return spanChange(text, cut.start, cut.end, cut.replacement, 'sentence-split', words);
  const end = toInput(cut.end, words, true);
  if (end === null) return null;
  const start = toInput(cut.start, words);
  const rule = 'sentence-split';
  if (start !== null)
    return {
      change: { start, end, before: text.slice(start, end), after: cut.replacement, rule },
      absorbs: [],
    };
  const inside = holder(cut.start, words);
  if (!inside || cut.end < inside.newEnd) return null;
  const w = inside.change;
  const after = w.after.slice(0, cut.start - inside.newStart) + cut.replacement;
  return { change: { start: w.start, end, before: text.slice(w.start, end), after, rule }, absorbs: [w] };
}

/**
 * Folds word fixes found on the rewritten text (`fixes`, offsets into it) into the cut they touch:
 * the cut's change grows over the fix and carries its wording. A fix that touches no change is
 * made as a change of its own (a cut shortened its sentence, and some rules judge by the sentence:
 * a passive's doer is hidden once 「本村は」 is in the sentence before). A fix that reaches into
 * another change is left out.
 */
export function foldIntoCuts(
  text: string,
  changes: readonly RewriteChange[],
  fixes: readonly RewriteChange[],
): RewriteChange[] {
  const out = [...changes];
  for (const fix of [...fixes].sort((a, b) => b.start - a.start)) {
    const all = placed(out);
    const i = all.findIndex(
      // A register fix that ends where a cut starts (the ending the cut gives its clause) joins it
      // too; any other fix there stays a change of its own, to be accepted or rejected alone.
      (p) =>
        p.change.rule === 'sentence-split' &&
        (p.newStart < fix.end || (p.newStart === fix.end && fix.rule === 'mixed-style')) &&
        fix.start < p.newEnd,
    );
    const cut = all[i];
    if (!cut) {
      // A fix in a sentence a cut made (試算され、 → 試算される。 …) outside every change: made as it is.
      const start = toInput(fix.start, out);
      const end = toInput(fix.end, out, true);
      if (start !== null && end !== null && text.slice(start, end) === fix.before)
        out.splice(all.filter((p) => p.change.start < start).length, 0, { ...fix, start, end });
      continue;
    }
    const from = Math.min(fix.start, cut.newStart);
    const to = Math.max(fix.end, cut.newEnd);
    // A word change the fix reaches into beside the cut joins it too (が必要です|。しかし、 after
    // が求められています → が必要です, in a text that ends its sentences with である).
    let first = i;
    let last = i;
    while (first > 0 && all[first - 1]!.newEnd > from && all[first - 1]!.change.before !== '') first--;
    while (last < all.length - 1 && all[last + 1]!.newStart < to && all[last + 1]!.change.before !== '')
      last++;
    const a = Math.min(from, all[first]!.newStart);
    const b = Math.max(to, all[last]!.newEnd);
    const start = all[first]!.change.start - (all[first]!.newStart - a);
    const end = all[last]!.change.end + (b - all[last]!.newEnd);
    const previous = all[first - 1]?.change;
    const next = all[last + 1]?.change;
    if ((previous && previous.end > start) || (next && next.start < end)) continue;
    const rewritten = applyChanges(text, out);
    const after = rewritten.slice(a, fix.start) + fix.after + rewritten.slice(fix.end, b);
    out.splice(first, last - first + 1, {
      start,
      end,
      before: text.slice(start, end),
      after,
      rule: cut.change.rule,
    });
  }
  return out;
}

/**
 * A change of `text` that replaces [from, to) of the text with `words` applied, absorbing the word
 * changes inside it (their wording is already in `after`, which was built from that text). Null when
 * an end falls inside a word change.
 */
export function spanChange(
  text: string,
  from: number,
  to: number,
  after: string,
  rule: string,
  words: readonly RewriteChange[],
): { change: RewriteChange; absorbs: RewriteChange[] } | null {
  const start = toInput(from, words);
  const end = toInput(to, words, true);
  if (start === null || end === null) return null;
  // An explanation inserted where the span starts or ends belongs to the sentence before or the span.
  const absorbs = words.filter((w) =>
    w.before === '' ? w.start > start && w.start < end : w.start >= start && w.end <= end,
  );
  return { change: { start, end, before: text.slice(start, end), after, rule }, absorbs };
}
