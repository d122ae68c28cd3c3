/**
 * 謙譲語・丁重語 → 丁寧語: a council answer's humble endings (〜しております, 〜でございます, 〜いたします,
 * 〜してまいります, お答え申し上げます, 〜と存じます, 〜させていただきます) said in plain です・ます, so a
 * company reader does not read two registers in one paragraph beside the endings the rewrite's own
 * cuts write. Tense and negation carry over suffix by suffix; quoted speech 「…」 and headings stay
 * as written. The last step of the rewrite, so a second rewrite finds nothing to change.
 */
import { analyzeText } from './analyze';
import { glossaryMatcher } from './matcher';
import { applyChanges, type RewriteChange } from './rewriteOffsets';
import { isPolite, isStatisticPassive, keepsFacts, SENTENCE_RULES } from './rewriteWords';
import { maskText, segment } from './text';
import { HUMBLE_ENDINGS, politeForm } from './humbleEndings';
import type { AnalyzeOptions } from './types';

export { politeForm } from './humbleEndings';

export const POLITE_ENDINGS_RULE = 'polite-endings';

const NOUN_START = /[\p{sc=Han}\p{sc=Katakana}0-9０-９]/u;
/** A plain ending before a noun (受理しました件数 → 受理した件数); unchanged when no form is known. */
const MODIFIER: readonly (readonly [RegExp, string])[] = [
  [/ありました$/u, 'あった'],
  [/ました$/u, 'た'],
  [/あります$/u, 'ある'],
  [/いきます$/u, 'いく'],
  [/います$/u, 'いる'],
  [/します$/u, 'する'],
];
function modifierForm(ending: string): string {
  const hit = MODIFIER.find(([re]) => re.test(ending));
  return hit ? ending.replace(hit[0], hit[1]) : ending;
}

interface Edit {
  start: number;
  end: number;
  after: string;
}

/** Spans inside 「」『』 (quoted speech, a note's quoted phrase) and heading lines. */
function keptSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/「[^」]*」|『[^』]*』/gu))
    spans.push({ start: m.index, end: m.index + m[0].length });
  for (const s of segment(text, maskText(text)).sentences)
    if (s.kind === 'heading') spans.push({ start: s.start, end: s.end });
  return spans;
}

/** The humble endings of `text` (outside kept spans) as edits, one per ending. */
function edits(text: string): Edit[] {
  const kept = keptSpans(text);
  const out: Edit[] = [];
  for (const re of HUMBLE_ENDINGS)
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (kept.some((k) => k.start < end && start < k.end)) continue;
      if (out.some((e) => e.start < end && start < e.end)) continue;
      const polite = politeForm(m[0]);
      // 本市が受理いたしました件数 → 受理した件数, とされております70％ → とされている70％: before a noun or
      // a figure the verb modifies it, plain.
      const after = NOUN_START.test(text[end] ?? '') ? modifierForm(polite) : polite;
      if (after !== m[0]) out.push({ start, end, after });
    }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The rewrite's `changes` of `text` with the humble endings of the result said plainly: an ending in
 * the input's own words is a change of its own (rule polite-endings); one inside or touching a change
 * (a cut's clause, a passive fix) is made inside that change, so each stays one accept-or-reject. A
 * note on a council phrase quotes the phrase as the text now says it (「検討していきます」とは、).
 * Only a です・ます text: a である text's humble endings are the mixed-style rule's.
 */
export function politeEndings(
  text: string,
  changes: readonly RewriteChange[],
  options: AnalyzeOptions,
): RewriteChange[] {
  const rewritten = applyChanges(text, changes);
  if (!isPolite(rewritten)) return changes as RewriteChange[];
  const found = edits(rewritten);
  if (found.length === 0) return changes as RewriteChange[];
  let out = [...changes].sort((a, b) => a.start - b.start);
  for (const edit of [...found].sort((a, b) => b.start - a.start)) out = applyEdit(text, out, edit);
  return requote(text, settleOwn(text, out, options), options);
}

/**
 * A plain ending can bring out what a word rule rewrites (見込まれております → 見込まれています, a
 * passive the passive-hedge rule makes active): that fix is made inside the ending's change, as
 * settleWords does for a register fix, so a second rewrite finds nothing.
 */
function settleOwn(text: string, changes: RewriteChange[], options: AnalyzeOptions): RewriteChange[] {
  const rewritten = applyChanges(text, changes);
  const { analyser: _analyser, ...plain } = options;
  const fixes = analyzeText(rewritten, { ...plain, rules: [...SENTENCE_RULES] }).flatMap((f) =>
    f.fix && !(f.rule === 'passive-hedge' && isStatisticPassive(rewritten, f.fix.start, f.text))
      ? [{ start: f.fix.start, end: f.fix.end, after: f.fix.replacement, rule: f.rule }]
      : [],
  );
  let out = changes;
  for (const fix of fixes.sort((a, b) => b.start - a.start)) {
    let shift = 0;
    const placed = out.map((change) => {
      const from = change.start + shift;
      shift += change.after.length - (change.end - change.start);
      return { change, from, to: from + change.after.length };
    });
    const touching = placed.filter((p) => p.from < fix.end && fix.start < p.to);
    if (touching.length !== 1 || touching[0]!.change.rule !== POLITE_ENDINGS_RULE) continue;
    const own = touching[0]!;
    const i = out.indexOf(own.change);
    const a = Math.min(fix.start, own.from);
    const b = Math.max(fix.end, own.to);
    const start = own.change.start - (own.from - a);
    const end = own.change.end + (b - own.to);
    if ((out[i - 1] && out[i - 1]!.end > start) || (out[i + 1] && out[i + 1]!.start < end)) continue;
    const after = rewritten.slice(a, fix.start) + fix.after + rewritten.slice(fix.end, b);
    if (!keepsFacts(text.slice(start, end), after)) continue;
    out = [
      ...out.slice(0, i),
      { start, end, before: text.slice(start, end), after, rule: fix.rule },
      ...out.slice(i + 1),
    ];
  }
  return out;
}

/** One edit (offsets into the text with `changes` applied) made as a change or inside the ones it touches. */
function applyEdit(text: string, changes: RewriteChange[], edit: Edit): RewriteChange[] {
  let shift = 0;
  const placed = changes.map((change) => {
    const from = change.start + shift;
    shift += change.after.length - (change.end - change.start);
    return { change, from, to: from + change.after.length };
  });
  const hit = placed.flatMap((p, i) =>
    p.change.before !== '' &&
    p.from <= edit.end &&
    edit.start <= p.to &&
    (p.to > p.from || p.from > edit.start)
      ? [i]
      : [],
  );
  // An inserted note never holds an edit (its quote is kept); one at the edit's edge leaves it alone.
  const touching = hit.filter((i) => placed[i]!.from < edit.end && edit.start < placed[i]!.to);
  const rewritten = applyChanges(text, changes);
  if (touching.length === 0) {
    const before = placed.filter((p) => p.to <= edit.start);
    const offset = before.reduce((n, p) => n + p.change.after.length - (p.change.end - p.change.start), 0);
    const start = edit.start - offset;
    const end = edit.end - offset;
    const inserts = placed.some((p) => p.change.before === '' && p.from > edit.start && p.from < edit.end);
    if (inserts || text.slice(start, end) !== rewritten.slice(edit.start, edit.end)) return changes;
    const change = {
      start,
      end,
      before: text.slice(start, end),
      after: edit.after,
      rule: POLITE_ENDINGS_RULE,
    };
    return [...changes, change].sort((a, b) => a.start - b.start);
  }
  const first = touching[0]!;
  const last = touching[touching.length - 1]!;
  const a = Math.min(edit.start, placed[first]!.from);
  const b = Math.max(edit.end, placed[last]!.to);
  const start = placed[first]!.change.start - (placed[first]!.from - a);
  const end = placed[last]!.change.end + (b - placed[last]!.to);
  const previous = changes[first - 1];
  const next = changes[last + 1];
  if ((previous && previous.end > start) || (next && next.start < end)) return changes;
  const after = rewritten.slice(a, edit.start) + edit.after + rewritten.slice(edit.end, b);
  const merged = { ...changes[first]!, start, end, before: text.slice(start, end), after };
  return [...changes.slice(0, first), merged, ...changes.slice(last + 1)];
}

/**
 * A council phrase's note quotes it as written (「検討してまいります」とは、); once its ending is said
 * plainly in the text, the note quotes it so, else it would name words the reader cannot find.
 */
function requote(text: string, changes: RewriteChange[], options: AnalyzeOptions): RewriteChange[] {
  const rewritten = applyChanges(text, changes);
  const body = rewritten.replace(/「[^」]*」/gu, '');
  const matcher = glossaryMatcher(options.userGlossary);
  return changes.map((c) => {
    const after = c.after.replace(/「([^」]+)」(とは、|：)/gu, (m, phrase: string, tail: string) => {
      const plain = politeForm(phrase);
      // The author's own quote (in `before`) stays as said.
      if (plain === phrase || c.before.includes(m) || body.includes(phrase) || !body.includes(plain))
        return m;
      return matcher.lookup(phrase) ? `「${plain}」${tail}` : m;
    });
    return after === c.after ? c : { ...c, after };
  });
}
