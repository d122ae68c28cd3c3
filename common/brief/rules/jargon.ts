/**
 * 行政用語: terms from the glossary (longest match first, via the shared matcher). The first
 * unexplained use gets a fix that explains it as 「言い換え（用語）」; once a term is explained in the
 * text, later uses are left alone, as 「公用文作成の考え方」 advises (explain once, then use).
 */
import type { Finding, GlossaryEntry, Rule, RuleContext, TermHit } from '../types';
import { finding } from './helpers';

export const JARGON_RULE = 'jargon';

/** The plain wording without parenthetical notes; empty when the entry only says what to write. */
export function plainCore(entry: GlossaryEntry): string {
  return entry.plain.replace(/（[^）]*）/g, '').trim();
}

function isExplained(ctx: RuleContext, hit: TermHit): boolean {
  let next = hit.end;
  while (ctx.masked[next] === '*' || ctx.masked[next] === '_') next++; // **用語**（説明）
  const after = ctx.masked[next];
  if (after === '（' || after === '(') return true; // 用語（説明）
  const before = ctx.masked[hit.start - 1];
  if (before !== '（' && before !== '(') return false;
  // 説明（用語）: what our own fix writes.
  const core = plainCore(hit.entry);
  return core !== '' && ctx.masked.slice(0, hit.start - 1).endsWith(core);
}

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const explained = new Set<string>();
  // Headings are short labels (and our own template's headings name 予算要求 and 3月議会 on purpose);
  // the body is where a term must be explained.
  // Both lists are in text order, so one forward pointer keeps this linear.
  const headings = ctx.sentences.filter((s) => s.kind === 'heading');
  let h = 0;
  const inHeading = (hit: TermHit) => {
    while (h < headings.length && headings[h]!.end <= hit.start) h++;
    const heading = headings[h];
    return heading !== undefined && hit.start >= heading.start && hit.end <= heading.end;
  };
  for (const hit of ctx.terms) {
    const { entry } = hit;
    if (entry.full) continue; // abbreviations are the abbreviation-first rule's job
    if (inHeading(hit)) continue;
    if (explained.has(entry.term)) continue;
    if (isExplained(ctx, hit)) {
      explained.add(entry.term);
      continue;
    }
    const vague = entry.category === '曖昧表現';
    const core = plainCore(entry);
    const dropIn = vague ? core !== '' && core === entry.plain : core !== '';
    const replacement = vague ? core : `${core}（${entry.term}）`;
    const message = vague
      ? `「${entry.term}」はあいまいな表現です。${entry.plain}。${entry.why}。`
      : `「${entry.term}」は行政用語です。企業には「${entry.plain}」と言い換えると伝わります。${entry.why}。`;
    out.push(
      finding(
        ctx,
        JARGON_RULE,
        hit.start,
        hit.end,
        message,
        dropIn ? replacement : entry.plain,
        dropIn ? { start: hit.start, end: hit.end, replacement } : undefined,
      ),
    );
  }
  return out;
}

export const jargonRule: Rule = {
  id: JARGON_RULE,
  explanation:
    '行政用語や役所の中だけで通じる言葉を見つけます。企業の担当者は言葉を調べる所で読むのを止めてしまうため、言い換えるか、最初に一度だけ説明を添えます（公用文作成の考え方：専門用語は言い換えるか説明を付ける）。',
  check,
};
