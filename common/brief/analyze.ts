/**
 * The engine entry: precompute masking, sentences and glossary matches once, run each rule,
 * then sort and de-duplicate. Pure and synchronous so a Web Worker and Node run it identically.
 */
import { CONTACT_LINE } from './departmentNames';
import { bodyFor, localOptions } from './locality';
import { glossaryMatcher } from './matcher';
import { DEFAULT_LOCALE } from './messages/message';
import { DEFAULT_READER } from './reader';
import { findTerms } from './terms';
import { ALL_RULES } from './rules';
import { KANJI_RATIO_RULE } from './rules/kanjiRatio';
import { maskText, segment } from './text';
import type { AnalyzeOptions, Finding, RuleContext } from './types';

export const DEFAULT_MAX_SENTENCE_LENGTH = 60;

/** Builds the shared context every rule reads (exported for rule tests). */
export function buildContext(text: string, options: AnalyzeOptions = {}): RuleContext {
  const masked = maskText(text);
  const { sentences, paragraphs } = segment(text, masked);
  // The masked text keeps every offset, and blanks what no rule reads (code, URLs).
  const tokens = options.analyser ? options.analyser.tokenize(masked) : null;
  // A 町's text gets the glossary's wordings said for a 町 (町役場の中, not 市役所の中).
  const terms = findTerms(glossaryMatcher(localOptions(text, options).userGlossary), masked, tokens);
  return {
    text,
    masked,
    sentences,
    paragraphs,
    terms,
    tokens,
    options: {
      maxSentenceLength: options.maxSentenceLength ?? DEFAULT_MAX_SENTENCE_LENGTH,
      reader: options.reader ?? DEFAULT_READER,
      locale: options.locale ?? DEFAULT_LOCALE,
      body: bodyFor(text, options.municipality),
    },
  };
}

/**
 * Analyses `text` and returns findings sorted by start (then end, then rule), with overlapping
 * findings of the same rule reduced to one (the longer span wins, then the earlier one).
 * Offsets are UTF-16 code units into `text`.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): Finding[] {
  if (text.trim() === '') return [];
  const ctx = buildContext(text, options);
  const enabled = options.rules ? new Set(options.rules) : null;
  const all: Finding[] = [];
  for (const rule of ALL_RULES) {
    if (enabled && !enabled.has(rule.id)) continue;
    all.push(...rule.check(ctx));
  }
  return dedupe(all.filter((f) => !(f.rule === KANJI_RATIO_RULE && onContactLine(text, f.start))));
}

/**
 * 「所管：農林水産部 農業技術振興課 スマート農業推進室」: a contact line is names, all kanji by
 * nature; asking for 和語 there asks the author to rename the office.
 */
function onContactLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return CONTACT_LINE.test(text.slice(start, end === -1 ? text.length : end));
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Sorts and drops same-rule findings that overlap a longer (or earlier, equally long) one. */
export function dedupe(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  const lastByRule = new Map<string, number>();
  const ranked = [...findings].sort(byPosition);
  for (const f of ranked) {
    const prevIndex = lastByRule.get(f.rule);
    const prev = prevIndex === undefined ? undefined : kept[prevIndex];
    if (prev && f.start < prev.end) {
      // Overlap within one rule: keep the longer span in the earlier slot.
      if (f.end - f.start > prev.end - prev.start) kept[prevIndex!] = f;
      continue;
    }
    lastByRule.set(f.rule, kept.length);
    kept.push(f);
  }
  return kept.sort(byPosition);
}

/**
 * Applies one finding's fix. Returns `text` unchanged when the finding has no fix or is stale
 * (the text under it changed since analysis) — the worker answers asynchronously, so a finding
 * can arrive after the user typed.
 */
export function applyFix(text: string, finding: Finding): string {
  const { fix } = finding;
  if (!fix) return text;
  if (text.slice(finding.start, finding.end) !== finding.text) return text;
  if (fix.start < 0 || fix.end > text.length || fix.start > fix.end) return text;
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}

/**
 * Applies every fix that does not overlap an earlier-applied one, from the end backwards so
 * offsets stay valid. For a "fix all of this rule" button.
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixable = findings.filter((f) => f.fix).sort((a, b) => b.fix!.start - a.fix!.start);
  let out = text;
  let limit = Infinity;
  for (const f of fixable) {
    if (f.fix!.end > limit || text.slice(f.start, f.end) !== f.text) continue;
    out = out.slice(0, f.fix!.start) + f.fix!.replacement + out.slice(f.fix!.end);
    limit = f.fix!.start;
  }
  return out;
}
