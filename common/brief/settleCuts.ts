/**
 * After the cuts: a cut can leave a form a word rule rewrites, spell a term, or end a clause in the
 * other register. Those fixes are folded into the cut, so a second rewrite finds nothing there.
 */
import { analyzeText } from './analyze';
import { glossaryMatcher } from './matcher';
import { inside, ownExplanationSpans } from './ownNotes';
import { applyChanges, foldIntoCuts, toInput, type RewriteChange } from './rewriteOffsets';
import { SENTENCE_RULES, wordChanges } from './rewriteWords';
import { maskText, segment } from './text';
import type { AnalyzeOptions } from './types';

/**
 * A cut can leave a form the word rules rewrite (移行することとします。, 試算される。): those fixes are
 * folded into the cut, so a second rewrite finds nothing there. Only the sentences a cut touches are
 * checked, and only by the rules that judge within a sentence (term explanations were made once
 * already; the register was chosen for the whole text): one more analysis of the whole text would
 * add about half to the rewrite's time.
 */
export function settleCuts(
  text: string,
  changes: readonly RewriteChange[],
  options: AnalyzeOptions,
  nouns: readonly string[],
): RewriteChange[] {
  const outputs: { from: number; to: number }[] = [];
  let shift = 0;
  for (const c of changes) {
    if (c.rule === 'sentence-split')
      outputs.push({ from: c.start + shift, to: c.start + shift + c.after.length });
    shift += c.after.length - (c.end - c.start);
  }
  if (outputs.length === 0) return [...changes];
  const rewritten = applyChanges(text, changes);
  const fixes: RewriteChange[] = [];
  for (const s of segment(rewritten, maskText(rewritten)).sentences) {
    if (!outputs.some((o) => o.from <= s.end && s.start <= o.to)) continue;
    for (const c of wordChanges(s.text, options, nouns, SENTENCE_RULES))
      if (c.before !== '') fixes.push({ ...c, start: c.start + s.start, end: c.end + s.start });
    fixes.push(...termsACutSpells(rewritten, s, outputs, options, nouns));
  }
  const settled = withRegister(rewritten, fixes, outputs, options);
  return settled.length === 0 ? [...changes] : foldIntoCuts(text, changes, settled);
}

/**
 * `fixes` (offsets into `rewritten`) and the register fixes of the endings the cuts made, judged
 * with those fixes made: a passive fix can give a cut clause the only ending the register rule
 * converts (明記された。 → 【要記入：主語】が明記した。 → 明記しました。 in a です・ます text), which a
 * second rewrite would convert. A register fix inside a fix becomes part of its wording.
 */
function withRegister(
  rewritten: string,
  fixes: readonly RewriteChange[],
  outputs: readonly { from: number; to: number }[],
  options: AnalyzeOptions,
): RewriteChange[] {
  const made: RewriteChange[] = [];
  for (const f of [...fixes].sort((a, b) => a.start - b.start))
    if (made.every((m) => m.end <= f.start || f.end <= m.start)) made.push(f);
  made.sort((a, b) => a.start - b.start);
  const placed: { change: RewriteChange; from: number; to: number }[] = [];
  let shift = 0;
  for (const change of made) {
    placed.push({ change, from: change.start + shift, to: change.start + shift + change.after.length });
    shift += change.after.length - (change.end - change.start);
  }
  const forward = (at: number) =>
    at + made.filter((m) => m.end <= at).reduce((n, m) => n + m.after.length - (m.end - m.start), 0);
  const fixed = applyChanges(rewritten, made);
  const cuts = outputs.map((o) => ({ from: forward(o.from), to: forward(o.to) }));
  const out = [...fixes];
  for (const r of registerAfterCuts(fixed, cuts, options)) {
    const holder = placed.find((p) => p.from <= r.start && r.end <= p.to && p.change.before !== '');
    if (holder) {
      const { change, from } = holder;
      const after = change.after.slice(0, r.start - from) + r.after + change.after.slice(r.end - from);
      out.splice(out.indexOf(change), 1, { ...change, after });
      continue;
    }
    const start = toInput(r.start, made);
    const end = toInput(r.end, made, true);
    if (start !== null && end !== null) out.push({ ...r, start, end, before: rewritten.slice(start, end) });
  }
  return out;
}

/**
 * A cut can spell a term the text did not hold in that form (特定し、 cut into 特定する。, a glossary
 * verb): its first and only use is explained inline as a second rewrite would explain it. Only a
 * term that occurs nowhere else in the text: elsewhere it was explained, or is explained, already.
 */
function termsACutSpells(
  rewritten: string,
  s: { start: number; end: number; text: string },
  outputs: readonly { from: number; to: number }[],
  options: AnalyzeOptions,
  nouns: readonly string[],
): RewriteChange[] {
  const inOutput = (from: number, to: number) => outputs.some((o) => o.from < to && from < o.to);
  const once = (term: string) => rewritten.indexOf(term) === rewritten.lastIndexOf(term);
  const spelled = glossaryMatcher(options.userGlossary)
    .scan(s.text)
    .filter((hit) => inOutput(s.start + hit.start, s.start + hit.end) && once(hit.entry.term))
    .map((hit) => hit.entry.term);
  if (spelled.length === 0) return [];
  return wordChanges(s.text, options, nouns, ['jargon'])
    .filter((c) => c.before !== '' && c.term !== undefined && spelled.includes(c.term))
    .map(({ start, end, before, after, rule }) => ({
      start: start + s.start,
      end: end + s.start,
      before,
      after,
      rule,
    }))
    .filter((c) => inOutput(c.start, c.end));
}

/**
 * A cut ends a clause where the author wrote none (移すこととしていますが、 → しています。しかし、,
 * 約18,500頭であるが、 → である。しかし、): the clause keeps the register it was written in, which
 * a text mixed from several sources may not share. The endings a cut made are unified as a second
 * rewrite would unify them, judged on the whole rewritten text; the rewrite's own notes are left as
 * they are (a second rewrite leaves them too).
 */
function registerAfterCuts(
  rewritten: string,
  outputs: readonly { from: number; to: number }[],
  options: AnalyzeOptions,
): RewriteChange[] {
  const own = ownExplanationSpans(rewritten, glossaryMatcher(options.userGlossary));
  // Only the sentences' endings are read: no analyser is needed.
  const { analyser: _analyser, ...plain } = options;
  return analyzeText(rewritten, { ...plain, rules: ['mixed-style'] }).flatMap((f) =>
    f.fix &&
    !inside(own, f) &&
    outputs.some((o) => o.from <= f.fix!.end && f.fix!.start <= o.to) &&
    f.fix.end - f.fix.start > 0
      ? [
          {
            start: f.fix.start,
            end: f.fix.end,
            before: rewritten.slice(f.fix.start, f.fix.end),
            after: f.fix.replacement,
            rule: f.rule,
          },
        ]
      : [],
  );
}
