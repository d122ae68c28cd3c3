/**
 * 行政用語: terms from the glossary (longest match first, via the shared matcher). Only the first
 * unexplained use is marked, with a fix that explains it as 「言い換え（用語）」: explained there, later
 * uses are fine, as 「公用文作成の考え方」 advises (explain once, then use). Vague phrases from the
 * glossary (一定の, 適宜) are the vague-phrase rule's: they need specifics, not an explanation.
 */
import type { Finding, GlossaryEntry, Rule, RuleContext, TermHit } from '../types';
import { readerKnows } from '../reader';
import { jargonMessages as M, companyView as VIEW } from '../messages/terms';
import { say, type BriefLocale, type Voice } from '../messages/message';
import { finding } from './helpers';
import { annotation, slotOf } from './jargonSlot';
import { explanationSentence, plainCore, REGISTER_CATEGORY } from './jargonNote';
import { mainStyle } from './mixedStyle';
import { tableBlock } from '../tableRows';

export const JARGON_RULE = 'jargon';
export { plainCore, REGISTER_CATEGORY };
/** Phrases that hide a number or condition (一定の, 適宜); see the vague-phrase rule. */
export const VAGUE_CATEGORY = '曖昧表現';

/**
 * A parenthesis that explains (has kana or is long), not a label such as （改訂版） or （案）, a
 * reading （うみぎょう）, another name （クーリングシェルター）, （Park-PFI） or a figure （1台当たり5万円）:
 * the corpus readers mark the term before those.
 */
function explainsAt(masked: string, open: number): boolean {
  const close = masked.indexOf(masked[open] === '(' ? ')' : '）', open + 1);
  const inner = masked.slice(open + 1, close === -1 ? open + 30 : close);
  if (/^[\p{sc=Hiragana}\p{sc=Katakana}ー・\p{Script=Latin}0-9０-９\-‐ /]+$/u.test(inner)) return false;
  if (/[0-9０-９][0-9０-９,，.]*(?:万|千|億)?(?:円|％|%)/u.test(inner)) return false;
  if (/[\p{sc=Hiragana}]/u.test(inner)) return true;
  // （令和12年度耐震適合率60％）, （平均改定率12％）: figures about the term, not what it means.
  return inner.length >= 8 && !/[0-9０-９]/u.test(inner);
}

function isExplained(ctx: RuleContext, hit: TermHit): boolean {
  let next = hit.end;
  while (ctx.masked[next] === '*' || ctx.masked[next] === '_') next++; // **用語**（説明）
  const after = ctx.masked[next];
  if ((after === '（' || after === '(') && explainsAt(ctx.masked, next)) return true; // 用語（説明）
  // 平仄（つじつま）: the fix's form for a term kept in its slot, whatever script its wording is in.
  const core = plainCore(hit.entry);
  if (core !== '' && ctx.masked.startsWith(`（${core}`, next)) return true;
  // 普及啓発事業（普及啓発：…）: the note our own fix appends after a compound.
  const slot = slotOf(ctx, hit.start, hit.end, '');
  if (ctx.masked.startsWith(`（${hit.entry.term}：`, slot.end)) return true;
  // 用語 …。用語とは、説明です。: the rewrite's explanation in a sentence of its own.
  if (noteAt(ctx.masked, hit.entry) !== -1) return true;
  const before = ctx.masked[hit.start - 1];
  if (before !== '（' && before !== '(') return false;
  // 説明（用語）: what our own fix writes.
  return core !== '' && ctx.masked.slice(0, hit.start - 1).endsWith(core);
}

/**
 * Where the rewrite's explanation sentence on `entry` starts, or -1: 「用語とは、説明」, with the
 * wording quoted when it ends in a particle (用語とは、「話し合ってから」), the term too when it does
 * (「如何によっては」とは、「次第では」), and both with 〜 when they open with one (「〜に資する」とは、
 * 「〜に役立つ」), or its ※ line (※用語：説明). The forms are explanationSentence's and footnoteLine's
 * (rewriteNotes.ts).
 */
function noteAt(masked: string, entry: GlossaryEntry): number {
  const core = plainCore(entry);
  if (core === '') return -1;
  const terms = [entry.term, `「${entry.term}」`];
  const forms = terms.flatMap((term) => [`${term}とは、${core}`, `${term}とは、「${core}」`]);
  // ※用語：言い換え and ※〜に資する：〜に役立つ: the ※ line footnoteLine writes at a section's end.
  const footnotes = [`※${entry.term}：${core}`, `※〜${entry.term}：〜${core}`].flatMap((f) => [
    f,
    f.replace(/^※(.*)：/u, '※「$1」：'),
  ]);
  const found = [...forms, `「〜${entry.term}」とは、「〜${core}」`, ...footnotes]
    .map((form) => masked.indexOf(form))
    .filter((at) => at !== -1);
  return found.length === 0 ? -1 : Math.min(...found);
}

/**
 * Spans that are themselves explanations — 「言い換え（用語）」's 言い換え and the parenthesis of
 * 「用語（説明）」 — so words inside an explanation (協定 in 協定を結ぶこと（協定締結）) are not
 * flagged again and rewriting a rewritten text changes nothing.
 */
function explanationSpans(ctx: RuleContext): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const hit of ctx.terms) {
    const open = hit.start - 1;
    if (ctx.masked[open] === '（' && ctx.masked[hit.end] === '）') {
      const core = plainCore(hit.entry);
      if (core && ctx.masked.slice(0, open).endsWith(core))
        spans.push({ start: open - core.length, end: open });
    }
    if (ctx.masked.startsWith('とは、', hit.end) && noteAt(ctx.masked, hit.entry) === hit.start) {
      // 用語とは、説明です。: the term there and its explanation are the explanation.
      spans.push({ start: hit.start, end: hit.end + 3 + plainCore(hit.entry).length });
    }
    if (
      /※「?〜?$/u.test(ctx.masked.slice(hit.start - 3, hit.start)) &&
      /^」?：/u.test(ctx.masked.slice(hit.end, hit.end + 2))
    ) {
      // ※用語：言い換え: the ※ line is the explanation, to its line's end.
      const lineEnd = ctx.masked.indexOf('\n', hit.end);
      spans.push({ start: hit.start, end: lineEnd === -1 ? ctx.masked.length : lineEnd });
    }
    const slot = slotOf(ctx, hit.start, hit.end, '');
    const paren = ctx.masked[slot.end] === '（' ? slot.end : ctx.masked[hit.end] === '（' ? hit.end : -1;
    if (paren !== -1 && explainsAt(ctx.masked, paren)) {
      const close = ctx.masked.indexOf('）', paren);
      spans.push({ start: paren, end: close === -1 ? paren + 1 : close });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** 「施策1 相談支援体制の充実」「施策12（全角空白）産業振興」: a numbered section label, not prose to explain. */
function isNumberedLabel(masked: string, hit: TermHit): boolean {
  return /^[0-9０-９]{1,3}(?:[ \u3000\n]|$)/u.test(masked.slice(hit.end, hit.end + 5));
}

/**
 * 占用 after 道路占用許可 or 占用者, 収去 after 収去検査: the compound's mark (or explanation) already
 * told the reader what its part means, and readers label the compound, not the part again (tuning:
 * 20 such later marks touched no label; the others sat in labels the compound's mark found too).
 */
function insideExplained(explained: ReadonlySet<string>, term: string): boolean {
  for (const longer of explained) if (longer.length > term.length && longer.includes(term)) return true;
  return false;
}

/** 二次仮置場 after 一次仮置場: the part ends another compound, a new word to the reader. */
const endsCompound = (masked: string, hit: TermHit) => /[\p{sc=Han}々]/u.test(masked[hit.start - 1] ?? '');

/**
 * 保留地処分金 after 保留地, 指定障害児相談支援事業所 after 障害児相談支援: a term explained before and
 * now the core of a longer kanji compound names something new (a sum, a provider), which the earlier
 * explanation does not cover; marked once per compound.
 */
function newCompound(ctx: RuleContext, hit: TermHit, seen: Set<string>): boolean {
  const slot = slotOf(ctx, hit.start, hit.end, '');
  const compound = ctx.masked.slice(slot.start, slot.end);
  const added = ctx.masked.slice(slot.start, hit.start) + ctx.masked.slice(hit.end, slot.end);
  if (!/^[\p{sc=Han}々]{2,}$/u.test(added) || seen.has(compound)) return false;
  seen.add(compound);
  return true;
}

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const explanations = explanationSpans(ctx);
  let e = 0;
  const insideExplanation = (hit: TermHit) => {
    while (e < explanations.length && explanations[e]!.end <= hit.start) e++;
    const span = explanations[e];
    return span !== undefined && hit.start >= span.start && hit.end <= span.end;
  };
  const explained = new Set<string>();
  const compounds = new Set<string>();
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
    if (entry.category === VAGUE_CATEGORY || readerKnows(entry, ctx.options.reader)) continue;
    if (inHeading(hit) || isNumberedLabel(ctx.masked, hit)) continue;
    if (insideExplanation(hit)) continue;
    const again = explained.has(entry.term);
    if (again && !newCompound(ctx, hit, compounds)) continue;
    if (insideExplained(explained, entry.term) && !endsCompound(ctx.masked, hit)) continue;
    // Marked or explained once: later uses need nothing more.
    explained.add(entry.term);
    if (isExplained(ctx, hit)) continue;
    out.push({ ...jargonFinding(ctx, hit), term: entry.term, ...(again ? { again: true as const } : {}) });
  }
  return out;
}

/**
 * The entry's `why`, written as a note in the plain form (予約や配車の効率化が課題): labelled, so it does
 * not read as a sentence that dropped the です・ます of the message around it.
 */
export function companyView(entry: GlossaryEntry, voice: BriefLocale | Voice): string {
  const why = entry.why.trim().replace(/。$/u, '');
  return why === '' ? '' : say(voice, VIEW, { why });
}

/** The finding for one unexplained term, with a fix that fits the term's grammatical slot. */
function jargonFinding(ctx: RuleContext, hit: TermHit): Finding {
  const { entry } = hit;
  const core = plainCore(entry);
  const voice = ctx.options;
  const params = { term: entry.term, plain: entry.plain, view: companyView(entry, voice) };
  if (entry.category === REGISTER_CATEGORY) {
    const message = say(voice, M.register, params);
    return finding(ctx, JARGON_RULE, hit.start, hit.end, message, entry.plain);
  }
  const message = say(voice, M.term, params);
  if (core === '') return finding(ctx, JARGON_RULE, hit.start, hit.end, message, entry.plain);
  // A table's cell holds a figure's name, not a sentence: as in the rewrite, the term is explained
  // in a sentence under the table and the cell stays as written.
  const table = tableBlock(ctx.text, hit.start);
  if (table) {
    const note = explanationSentence(entry, mainStyle(ctx.sentences) === 'polite');
    return finding(ctx, JARGON_RULE, hit.start, hit.end, message, note, {
      start: table.end,
      end: table.end,
      replacement: `\n${note}`,
    });
  }
  const slot = slotOf(ctx, hit.start, hit.end, core);
  if (slot.nounSlot) {
    const replacement = `${core}（${entry.term}）`;
    return finding(ctx, JARGON_RULE, hit.start, hit.end, message, replacement, {
      start: hit.start,
      end: hit.end,
      replacement,
    });
  }
  // Not a noun slot: keep the words as written and explain after the whole compound.
  const compound = ctx.text.slice(slot.start, slot.end);
  const replacement = compound + annotation(entry.term, compound, core);
  return finding(ctx, JARGON_RULE, hit.start, hit.end, message, replacement, {
    start: slot.start,
    end: slot.end,
    replacement,
  });
}

export const jargonRule: Rule = {
  id: JARGON_RULE,
  explanation: M.explanation,
  check,
};
