/**
 * Pass 1 of the company rewrite: the one-click fixes of the word-level rules, one per span (first
 * use of each term explained, redundant forms, double negatives, passives made active with the doer
 * left as 【要記入：主語】, mixed endings). A fix that would alter a number, date, amount, URL or proper
 * noun is dropped, so accepting everything never changes a fact.
 */
import { analyzeText } from './analyze';
import { fixWithoutDoubledHead } from './doubledHead';
import { glossaryMatcher } from './matcher';
import type { MorphToken } from './morph';
import { inside, ownExplanationSpans } from './ownNotes';
import type { RewriteChange } from './rewriteOffsets';
import { REGISTER_CATEGORY } from './rules/jargon';
import { mainStyle } from './rules/mixedStyle';
import { maskText, segment } from './text';
import type { AnalyzeOptions, Finding } from './types';

/** Rules whose fixes the rewrite takes, in the order they win overlaps. */
const WORD_RULES = [
  'double-negative',
  'redundant',
  'jargon',
  'abbreviation-first',
  'passive-hedge',
  'mixed-style',
] as const;
/** The word rules that judge within one sentence. */
export const SENTENCE_RULES = ['double-negative', 'redundant', 'passive-hedge'] as const;

/** Digits, amounts, dates, URLs and Latin names: what a change must carry over unchanged. */
const PROTECTED = /https?:\/\/\S+|[0-9０-９][0-9０-９,，.．]*|[A-Za-zＡ-Ｚａ-ｚ]{2,}/gu;

/** True when every protected item of `before` (numbers, URLs, proper nouns) is still in `after`. */
export function keepsFacts(before: string, after: string, properNouns: readonly string[] = []): boolean {
  for (const m of before.matchAll(PROTECTED)) if (!after.includes(m[0])) return false;
  return properNouns.every((p) => !before.includes(p) || after.includes(p));
}

/** The proper nouns the analyser found (none without one): a change must keep them. */
export function properNounsOf(tokens: readonly MorphToken[] | null): string[] {
  return tokens ? tokens.filter((t) => t.detail === '固有名詞').map((t) => t.surface) : [];
}

/** A pass-1 change and, for a term explanation, the glossary term it explains. */
export interface WordChange extends RewriteChange {
  term?: string;
  /**
   * The term's inline fix overlaps a change that won (協議を行う → 協議する over 協議): it is
   * explained in a sentence of its own after its sentence instead, not dropped — else a second
   * rewrite, with nothing left in the way, would explain it then.
   */
  deferred?: true;
  /**
   * Fixes that lost their overlap to this term's inline explanation (周知される → 【要記入：主語】が周知する
   * under 周知（広く知らせること）): they are made after all when the explanation moves out of a long
   * sentence — else only a second rewrite, with the term explained, would make them.
   */
  lost?: RewriteChange[];
}

/** Pass 1: the word-level fixes, one per span, the first explanation of each term only. */
export function wordChanges(
  text: string,
  options: AnalyzeOptions,
  nouns: readonly string[],
  rules: readonly (typeof WORD_RULES)[number][] = WORD_RULES,
): WordChange[] {
  const own = ownExplanationSpans(text, glossaryMatcher(options.userGlossary));
  // A term marked again at a longer compound was explained at its first use: once is enough here.
  const findings = analyzeText(text, { ...options, rules: [...rules] }).filter(
    (f) => !inside(own, f) && !f.again,
  );
  const rank = (f: Finding) => WORD_RULES.indexOf(f.rule as (typeof WORD_RULES)[number]);
  const explained = new Set<string>();
  const picked: WordChange[] = [];
  for (const f of [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start)) {
    if (f.rule === 'jargon' && !f.fix) {
      const note = registerNote(text, f, options, explained);
      if (note) picked.push(note);
      continue;
    }
    if (!f.fix) continue;
    if (f.rule === 'jargon') {
      if (explained.has(f.text)) continue;
      explained.add(f.text);
    }
    if (f.rule === 'jargon' && f.fix.start >= f.end) {
      // A table cell's term, explained by the pen under the table: the change stays on the term
      // (its words unchanged) so explainAfterLongSentences writes the note under the table.
      if (!picked.some((c) => !c.deferred && f.start < c.end && c.start < f.end))
        picked.push({
          start: f.start,
          end: f.end,
          before: f.text,
          after: f.text,
          rule: f.rule,
          term: f.text,
        });
      continue;
    }
    const { start, end } = f.fix;
    const before = text.slice(start, end);
    // 〜の決まり（…）の規定: the plain wording gives up a head the text right after says again.
    const plain =
      f.rule === 'jargon' ? glossaryMatcher(options.userGlossary).lookup(f.text)?.plain : undefined;
    const replacement = plain
      ? fixWithoutDoubledHead(f.fix.replacement, before, plain, text.slice(end))
      : f.fix.replacement;
    if (before === replacement || !keepsFacts(before, replacement, nouns)) continue;
    if (f.rule === 'passive-hedge' && isStatisticPassive(text, start, before)) continue;
    // 指定管理者（指定管理者）: an abbreviation whose full form is itself explains nothing.
    if (f.rule === 'abbreviation-first' && replacement.includes(`${f.text}（${f.text}）`)) continue;
    const winner = picked.find((c) => !c.deferred && start < c.end && c.start < end);
    if (winner && f.rule !== 'jargon') {
      if (winner.rule === 'jargon')
        (winner.lost ??= []).push({ start, end, before, after: replacement, rule: f.rule });
      continue;
    }
    const term = winner && f.rule === 'jargon' ? termLeft(text, f, winner, options, explained) : f.text;
    if (term === null) continue;
    const change: WordChange = { start, end, before, after: replacement, rule: f.rule };
    if (f.rule === 'jargon' || f.rule === 'abbreviation-first') change.term = term;
    if (winner) change.deferred = true;
    picked.push(change);
  }
  return picked.sort((a, b) => a.start - b.start);
}

/**
 * A council-answer phrase that commits to nothing (国の動向を注視, 研究してまいります) has no wording
 * that fits its slot, yet a company must be told plainly what it means: it is explained in a
 * sentence after its sentence (「「注視」とは、様子を見ている（今は動かない）という意味です。」),
 * unless the text already says so (a rewritten text, rewritten again).
 */
function registerNote(
  text: string,
  f: Finding,
  options: AnalyzeOptions,
  explained: Set<string>,
): WordChange | null {
  const entry = glossaryMatcher(options.userGlossary).lookup(f.text);
  // The notes' own wording (選択肢の一つ, 様子を見ながら) never gets here: wordChanges leaves the
  // rewrite's own explanations alone (ownNotes.ts).
  if (entry?.category !== REGISTER_CATEGORY || explained.has(f.text)) return null;
  explained.add(f.text);
  if (notedAlready(text, entry.term)) return null;
  const before = text.slice(f.start, f.end);
  return { start: f.start, end: f.end, before, after: before, rule: 'jargon', term: f.text, deferred: true };
}

/**
 * True when `text` holds the rewrite's note on `phrase` (「注視」とは、 or ※「注視」：) or on a phrase that holds it or that it
 * holds: a cut or a register fix can leave part of a noted phrase (注視しつつ、 → 注視する。あわせて、,
 * 考えております → 考えている), and the reader was told what it means already.
 */
function notedAlready(text: string, phrase: string): boolean {
  for (const m of text.matchAll(/「([^」。]+)」とは、|^※「([^」\n]+)」：/gmu)) {
    const noted = (m[1] ?? m[2]!).replace(/^〜/u, '');
    if (noted.includes(phrase) || phrase.includes(noted)) return true;
  }
  return false;
}

/**
 * The term to explain after the sentence when a change that won rewords `term` (整合を図る →
 * 整合する): the term itself if it is still there, else the first term still to be explained in
 * the change's wording (整合), else null — explaining a phrase no longer in the text would leave a
 * second rewrite to rewrite the explanation and explain what remains.
 */
function termLeft(
  text: string,
  term: Finding,
  winner: RewriteChange,
  options: AnalyzeOptions,
  explained: Set<string>,
): string | null {
  const from = Math.min(term.start, winner.start);
  const to = Math.max(term.end, winner.end);
  const reworded = text.slice(from, winner.start) + winner.after + text.slice(winner.end, to);
  if (reworded.includes(term.text)) return term.text;
  const left = analyzeText(winner.after, { ...options, rules: ['jargon'] }).find(
    (f) => !explained.has(f.text),
  );
  if (!left) return null;
  explained.add(left.text);
  return left.text;
}

/**
 * Dominant register of the text: です・ます when most sentences end that way, judged as the
 * mixed-style rule judges it (a heading such as 「1 現状と課題」 has no say), else a cut written in
 * the other register would be unified by a second rewrite.
 */
export function isPolite(text: string): boolean {
  return mainStyle(segment(text, maskText(text)).sentences) === 'polite';
}

/** 推計 and its kin: the verbs a figure is estimated by. */
const ESTIMATES = /^(?:推計|推定|試算|予測|算出|想定)さ/u;
/**
 * A figure in the clause quoted by と before the verb: 約4,200戸と, 3.2％と, そのうち約3割が
 * 自家用車を持っていないと. The clause runs back to the sentence's start or the last comma's.
 */
const FIGURE_TO = /[0-9０-９][^。]{0,40}と$/u;

/**
 * 「約4,200戸と推計されています」: a statistic's passive names no doer because the estimate is the
 * body's own (or the survey's), and 「約4,200戸と【要記入：主語】が推計しています」 asks the author for
 * what a company never needs. The passive stays.
 */
export function isStatisticPassive(text: string, start: number, before: string): boolean {
  const head = text.slice(Math.max(0, start - 60), start);
  return ESTIMATES.test(before) && FIGURE_TO.test(head.slice(head.lastIndexOf('。') + 1));
}
