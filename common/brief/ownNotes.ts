/**
 * The explanations the company rewrite writes into a text — 「言い換え（用語）」, 「用語とは、…のことです。」,
 * 「※用語：言い換え」,
 * 「正式名称を略語といいます。」 and 「「言い回し」とは、…という意味です。」 — are final wording. Rewriting a
 * rewritten text must leave them alone: a term, abbreviation, redundant form or double negative inside
 * one (国保 in KDB's wording, 支援を行う in a definition, a quoted 言わざるを得ません) would otherwise be
 * rewritten the second time only, and the rewrite would never settle.
 */
import { withoutDoubledHead } from './doubledHead';
import type { GlossaryMatcher } from './matcher';
import { politeForm } from './humbleEndings';
import { plainCore } from './rules/jargon';

export interface Span {
  start: number;
  end: number;
}

/**
 * The rewrite's note on a council-answer phrase (「注視」とは、…という意味です。, ※「注視」：…) or on a
 * quoted term (「〜に資する」とは、「〜に役立つ」という意味です。).
 */
const REGISTER_NOTE = /「[^」。]+」とは、[^。]*という意味(?:です|である)。|^※「[^」\n]+」：[^\n]*/gmu;

/** Spans of `text` that are explanations in the rewrite's own forms, in text order. */
export function ownExplanationSpans(text: string, matcher: GlossaryMatcher): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(REGISTER_NOTE)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const hit of matcher.scan(text)) {
    const { entry } = hit;
    const core = plainCore(entry);
    // 言い換え（用語）, an abbreviation's 正式名称（略語）, and a wording without the head the text
    // says after it (入札に参加できない者（…）の規定: doubledHead.ts)
    const short = core ? withoutDoubledHead(core, text.slice(hit.end + 1)) : null;
    if (text[hit.start - 1] === '（' && text[hit.end] === '）')
      for (const wording of new Set([core, entry.full ?? '', short ?? '']))
        if (wording && text.slice(0, hit.start - 1).endsWith(wording))
          spans.push({ start: hit.start - 1 - wording.length, end: hit.end + 1 });
    // 用語とは、言い換え…。, 用語とは、「言い換え」という意味です。 (a wording that ends in a particle)
    // and 「用語」とは、… (a term that does): explanationSentence's forms.
    const quoted = text[hit.start - 1] === '「' && text[hit.end] === '」';
    const after = quoted ? hit.end + 1 : hit.end;
    if (core && (text.startsWith(`とは、${core}`, after) || text.startsWith(`とは、「${core}」`, after))) {
      const stop = text.indexOf('。', after);
      spans.push({ start: quoted ? hit.start - 1 : hit.start, end: stop === -1 ? text.length : stop + 1 });
    }
    // ※用語：言い換え and ※〜に資する：〜に役立つ (footnoteLine's form), to the line's end.
    const mark = text.slice(hit.start - 2, hit.start).endsWith('※〜') ? 2 : 1;
    if (
      core &&
      text[hit.start - mark] === '※' &&
      text.startsWith(`：${mark === 2 ? '〜' : ''}${core}`, hit.end)
    ) {
      const lineEnd = text.indexOf('\n', hit.end);
      spans.push({ start: hit.start - mark, end: lineEnd === -1 ? text.length : lineEnd });
    }
    // 正式名称を略語といいます。
    if (entry.full && text.slice(0, hit.start).endsWith(`${entry.full}を`)) {
      const rest = text.slice(hit.end);
      const ending = ['という。', 'といいます。'].find((e) => rest.startsWith(e));
      if (ending) spans.push({ start: hit.start - entry.full.length - 1, end: hit.end + ending.length });
    }
  }
  // A quoted term's note is a REGISTER_NOTE too: each span once.
  const once = spans.filter((s, i) => spans.findIndex((t) => t.start === s.start && t.end === s.end) === i);
  return once.sort((a, b) => a.start - b.start);
}

export const inside = (spans: readonly Span[], f: Span): boolean =>
  spans.some((s) => s.start <= f.start && f.end <= s.end);

/**
 * True when `line` is the rewrite's ※ line on a glossary term or phrase (※計上：予算に入れること,
 * ※「注視」：…), not an author's own ※ note (※金額は税込): the brief quotes no definitions.
 */
export function isFootnoteLine(line: string, matcher: GlossaryMatcher): boolean {
  const term = /^※「?〜?([^：「」\n]{1,40}?)」?：/u.exec(line.trim())?.[1];
  if (term === undefined) return false;
  // A council phrase is quoted as the rewrite said its ending (「検討していきます」 for 検討してまいります).
  return (
    matcher.lookup(term) !== undefined ||
    matcher.entries.some((e) => e.term !== term && politeForm(e.term) === term)
  );
}
