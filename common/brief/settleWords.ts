/**
 * Fixes a word change of pass 1 makes possible, made inside that change so one rewrite is enough.
 */
import { analyzeText } from './analyze';
import { applyChanges, type RewriteChange } from './rewriteOffsets';
import { isStatisticPassive, SENTENCE_RULES } from './rewriteWords';
import type { AnalyzeOptions } from './types';

/** Rules whose fixes a word change can make possible (see settleWords). */
const SETTLE_RULES = ['mixed-style', ...SENTENCE_RULES] as const;
/** Changes whose wording is final: a term's explanation or an abbreviation's full form. */
const EXPLAINS = new Set(['jargon', 'abbreviation-first']);

/**
 * A word change can leave a form that another word rule rewrites, which a second rewrite would
 * then find: a change that wins over a です・ます fix at the same place (協議を行う → 協議する in a
 * です・ます text), a rewording that ends in a redundant form (との連携を図ることとする → と連携する
 * こととする), a register fix that brings out a passive (見込まれております → 見込まれている). Those
 * fixes are made inside the change (協議します, と連携する, を【要記入：主語】が見込んでいる), so one
 * rewrite is enough. A term's explanation is final wording: it takes only register fixes.
 */
export function settleWords(
  text: string,
  words: readonly RewriteChange[],
  options: AnalyzeOptions,
): RewriteChange[] {
  let settled = [...words];
  // A fix made inside a change can bring out another (と連携することとします → と連携します): a few rounds.
  for (let round = 0; round < 3; round++) {
    const next = settleRound(text, settled, options);
    if (next === settled) break;
    settled = next;
  }
  return settled;
}

/** One round of settleWords: the same array when no fix lands on a change. */
function settleRound(
  text: string,
  words: readonly RewriteChange[],
  options: AnalyzeOptions,
): RewriteChange[] {
  const pass1 = applyChanges(text, words);
  // These rules read the characters only: tokenising the whole text again would cost a fifth of the rewrite.
  const { analyser: _analyser, ...plain } = options;
  // 約4,200戸と推計されている keeps its passive here too (isStatisticPassive).
  const fixes = analyzeText(pass1, { ...plain, rules: [...SETTLE_RULES] }).flatMap((f) =>
    f.fix && !(f.rule === 'passive-hedge' && isStatisticPassive(pass1, f.fix.start, f.text))
      ? [{ ...f.fix, rule: f.rule }]
      : [],
  );
  if (fixes.length === 0) return words as RewriteChange[];
  const merged = mergeSpanned(text, words, fixes, pass1);
  let changed = merged !== words;
  words = merged;
  let shift = 0;
  const settled = words.map((c, i) => {
    const from = c.start + shift;
    const to = from + c.after.length;
    shift += c.after.length - (c.end - c.start);
    if (c.before === '') return c;
    // A fix may also reach past the change (指導を行って|おります: 行って → して won over
    // ております → ている): the change grows over the unchanged text the fix covers.
    const previousEnd = i > 0 ? words[i - 1]!.end : 0;
    const nextStart = words[i + 1]?.start ?? text.length;
    const reach = fixes.filter(
      (x) =>
        x.start < to &&
        from < x.end &&
        (x.rule === 'mixed-style' || !EXPLAINS.has(c.rule)) &&
        pass1.slice(x.start, x.end) !== x.replacement &&
        c.start - (from - Math.min(from, x.start)) >= previousEnd &&
        c.end + (Math.max(to, x.end) - to) <= nextStart,
    );
    if (reach.length === 0) return c;
    // Fixes that overlap each other: the first wins, as in pass 1.
    const kept = reach.filter((x, k) => reach.slice(0, k).every((y) => y.end <= x.start || x.end <= y.start));
    const newFrom = Math.min(from, ...kept.map((x) => x.start));
    const newTo = Math.max(to, ...kept.map((x) => x.end));
    const start = c.start - (from - newFrom);
    const end = c.end + (newTo - to);
    let after = text.slice(start, c.start) + c.after + text.slice(c.end, end);
    for (const fix of [...kept].sort((a, b) => b.start - a.start))
      after = after.slice(0, fix.start - newFrom) + fix.replacement + after.slice(fix.end - newFrom);
    const before = text.slice(start, end);
    if (after === c.after && before === c.before) return c;
    changed = true;
    // A register fix that brings out a passive is now that passive's fix.
    const reworded = kept.find((x) => x.rule !== 'mixed-style');
    const rule = c.rule === 'mixed-style' && reworded ? reworded.rule : c.rule;
    return { ...c, start, end, before, after, rule };
  });
  return changed ? settled : (words as RewriteChange[]);
}

/** A change's place in pass 1: [from, to). */
function placesInPass1(words: readonly RewriteChange[]): { from: number; to: number }[] {
  let shift = 0;
  return words.map((c) => {
    const from = c.start + shift;
    shift += c.after.length - (c.end - c.start);
    return { from, to: from + c.after.length };
  });
}

/**
 * A fix that spans two word changes (と連携する|こと|とします: a rewording's する and a register fix's
 * します, which the redundant rule reads as することとします → します) makes them one change, with the
 * unchanged text between them, so the fix can land on it: neither reads right accepted alone.
 */
function mergeSpanned(
  text: string,
  words: readonly RewriteChange[],
  fixes: readonly { start: number; end: number; replacement: string }[],
  pass1: string,
): readonly RewriteChange[] {
  const places = placesInPass1(words);
  for (const x of fixes) {
    if (pass1.slice(x.start, x.end) === x.replacement) continue;
    const hit = places.flatMap((p, i) => (p.from < x.end && x.start < p.to ? [i] : []));
    if (hit.length < 2) continue;
    const first = hit[0]!;
    const last = hit[hit.length - 1]!;
    const range = words.slice(first, last + 1);
    if (range.some((c) => c.before === '' || EXPLAINS.has(c.rule))) continue;
    let after = '';
    range.forEach((c, k) => {
      after += c.after + (k < range.length - 1 ? text.slice(c.end, range[k + 1]!.start) : '');
    });
    const start = range[0]!.start;
    const end = range[range.length - 1]!.end;
    const rule = range.find((c) => c.rule !== 'mixed-style')?.rule ?? 'mixed-style';
    const one: RewriteChange = { start, end, before: text.slice(start, end), after, rule };
    // One merge a round: the places of the rest have moved.
    return [...words.slice(0, first), one, ...words.slice(last + 1)];
  }
  return words;
}
