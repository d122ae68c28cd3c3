/**
 * Unknown jargon: long kanji compounds (生活支援体制整備事業) that no glossary entry covers.
 * 「公用文作成の考え方」 asks for shorter compounds; a company reader cannot look such a word up.
 * With morphemes a compound is a run of kanji nouns (numbers, names and 非自立 nouns end it);
 * without, it is a run of kanji characters.
 */
import type { MorphToken } from '../morph';
import type { Finding, Rule, RuleContext, TermHit } from '../types';
import { say } from '../messages/message';
import { kanjiCompoundMessages as M } from '../messages/terms';
import { finding } from './helpers';
import { lawCitations } from './lawCitation';
import { lawNames } from './lawName';
import { ordinalClasses } from './ordinalClass';

export const KANJI_COMPOUND_RULE = 'kanji-compound';

/**
 * Shortest compound that reads as jargon, not counting suffixes (後, 中, 者, 的): 7 kanji, because
 * 5- and 6-kanji compounds of everyday words (新規出店者, 市内金融機関, 衛生管理計画, 技能実習制度)
 * flagged too often in the tuning corpus (6 kanji: 25 of 26 marks touched no label).
 */
export const MIN_COMPOUND_KANJI = 7;
/**
 * A 6-kanji compound that a number cuts out of a longer name (国土調査事業 in 国土調査事業十箇年計画)
 * is still part of a name nobody can read; counted over the whole run of kanji, numerals included.
 */
const MIN_CUT_KANJI = 6;

const KANJI_ONLY = /^[\p{sc=Han}々〆ヶ]+$/u;
/**
 * Head nouns of names: programmes, plans, bodies and funds (生活支援体制整備事業, 地域包括ケア推進会議).
 * Such a name cannot be understood from its parts or looked up, while a descriptive compound of
 * everyday words (業務負担軽減, 地域公共交通, 二酸化炭素排出量 — the tuning corpus's false alarms)
 * can be read. Descriptive compounds are flagged only when very long.
 */
const NAME_HEAD =
  /(?:事業|制度|計画|会議|協議会|審議会|委員会|体制|交付金|補助金|負担金|基金|事務|方針|構想|戦略|指針|要綱|要領|条例|規則|機構|機関|拠点|本部|区域|特区|センター|システム|プラン|モデル|スキーム)$/u;
export const MIN_DESCRIPTIVE_KANJI = 9;

/** Dates, counts and eras are not jargon (令和元年度, 第三次). */
export const DATE_LIKE = /^(?:令和|平成|昭和)|年度|[〇一二三四五六七八九十百千万億]+[年月日回次期]/u;

/**
 * A body's own name: a legal form before it (公益財団法人〇〇事業団, 社会福祉法人〇〇会) or an office's
 * section under its department (農林水産部畜産振興課). A name to copy, not jargon to unpack.
 */
const BODY_NAME =
  /^(?:公益社団法人|公益財団法人|一般社団法人|一般財団法人|社会福祉法人|特定非営利活動法人|学校法人|医療法人|株式会社)\p{sc=Han}|(?:部|局)\p{sc=Han}{2,}(?:課|係|室)$/u;

interface Span {
  start: number;
  end: number;
}

function isCompoundPart(t: MorphToken): boolean {
  if (!KANJI_ONLY.test(t.surface)) return false;
  if (t.pos === '接頭詞') return true;
  return t.pos === '名詞' && !['数', '非自立', '代名詞', '固有名詞'].includes(t.detail);
}

const isSuffix = (t: MorphToken) => t.pos === '名詞' && t.detail === '接尾';

/** A compound and how many of its kanji carry meaning (trailing suffixes such as 後・者・的 not counted). */
interface Compound extends Span {
  core: number;
}

function compoundsFromTokens(tokens: readonly MorphToken[]): Compound[] {
  const out: Compound[] = [];
  let run: MorphToken[] = [];
  const close = () => {
    // A run never starts with a suffix: 第4期地域福祉計画 is 地域福祉計画, not 期地域福祉計画.
    while (run.length > 0 && isSuffix(run[0]!)) run.shift();
    let coreEnd = run.length;
    while (coreEnd > 0 && isSuffix(run[coreEnd - 1]!)) coreEnd--;
    if (run.length >= 2) {
      const core = run.slice(0, coreEnd).reduce((n, t) => n + t.surface.length, 0);
      out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, core });
    }
    run = [];
  };
  for (const t of tokens) {
    if (isCompoundPart(t) && (run.length === 0 || run[run.length - 1]!.end === t.start)) run.push(t);
    else {
      close();
      if (isCompoundPart(t)) run.push(t);
    }
  }
  close();
  return out;
}

/** Without morphemes: kanji runs, with one trailing suffix kanji not counted. */
function compoundsFromChars(masked: string): Compound[] {
  const out: Compound[] = [];
  for (const m of masked.matchAll(/[\p{sc=Han}々〆ヶ]+/gu)) {
    const core = m[0].length - (/[後中者的化性上内外等数額]$/u.test(m[0]) ? 1 : 0);
    out.push({ start: m.index, end: m.index + m[0].length, core });
  }
  return out;
}

/**
 * True when a glossary hit overlaps the compound: the jargon rule already marks and explains that
 * word (支援業務委託 → 業務委託), and a second mark on the same words only doubles the noise.
 */
function overlapsTerm(span: Span, terms: readonly TermHit[]): boolean {
  return terms.some((t) => t.start < span.end && span.start < t.end);
}

/** Length of the run of kanji (numerals included) the span sits in. */
function kanjiRun(masked: string, span: Span): number {
  let start = span.start;
  let end = span.end;
  while (start > 0 && KANJI_CHAR.test(masked[start - 1]!)) start--;
  while (end < masked.length && KANJI_CHAR.test(masked[end]!)) end++;
  return end - start;
}
const KANJI_CHAR = /[\p{sc=Han}々〆ヶ]/u;

function check(ctx: RuleContext): Finding[] {
  const spans = ctx.tokens ? compoundsFromTokens(ctx.tokens) : compoundsFromChars(ctx.masked);
  const headings = ctx.sentences.filter((s) => s.kind === 'heading');
  const out: Finding[] = [];
  for (const span of spans) {
    const word = ctx.text.slice(span.start, span.end);
    const short = span.core < MIN_COMPOUND_KANJI;
    if (short && (span.core < MIN_CUT_KANJI || kanjiRun(ctx.masked, span) < MIN_DESCRIPTIVE_KANJI)) continue;
    if (DATE_LIKE.test(word) || BODY_NAME.test(word)) continue;
    if (span.core < MIN_DESCRIPTIVE_KANJI && !NAME_HEAD.test(word)) continue;
    if (overlapsTerm(span, ctx.terms)) continue;
    if (headings.some((h) => span.start >= h.start && span.end <= h.end)) continue;
    out.push(
      finding(
        ctx,
        KANJI_COMPOUND_RULE,
        span.start,
        span.end,
        say(ctx.options, M.compound, { word, count: word.length }),
        say(ctx.options, M.unpack),
      ),
    );
  }
  const cited = citations(ctx, headings);
  const named = [...out, ...cited, ...laws(ctx, headings, [...out, ...cited])];
  return [...named, ...ordinals(ctx, headings, named)];
}

/** Numbered stages and classes (第1次調査, 第2種漁港), each marked once, unless a longer mark holds them. */
function ordinals(ctx: RuleContext, headings: readonly Span[], marked: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const c of ordinalClasses(ctx.masked, ctx.terms)) {
    const word = ctx.text.slice(c.start, c.end);
    if (seen.has(word) || headings.some((h) => c.start >= h.start && c.end <= h.end)) continue;
    if (marked.some((f) => f.start < c.end && c.start < f.end)) continue;
    seen.add(word);
    const message = say(ctx.options, M.ordinalClass, { word });
    out.push(finding(ctx, KANJI_COMPOUND_RULE, c.start, c.end, message, say(ctx.options, M.ordinalWhat)));
  }
  return out;
}

/** Statute citations (学校教育法第19条, 〜に関する法律), each marked once: names nobody can look into. */
function citations(ctx: RuleContext, headings: readonly Span[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const c of lawCitations(ctx.masked, ctx.terms)) {
    const word = ctx.text.slice(c.start, c.end);
    if (seen.has(word) || headings.some((h) => c.start >= h.start && c.end <= h.end)) continue;
    seen.add(word);
    const message = say(ctx.options, c.article ? M.article : M.law, { word });
    out.push(finding(ctx, KANJI_COMPOUND_RULE, c.start, c.end, message, say(ctx.options, M.sayWhat)));
  }
  return out;
}

/** Law names the glossary lacks (港湾法), each marked once, unless a longer mark already holds them. */
function laws(ctx: RuleContext, headings: readonly Span[], marked: readonly Finding[]): Finding[] {
  if (!ctx.tokens) return [];
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const law of lawNames(ctx.tokens, ctx.terms)) {
    const word = ctx.text.slice(law.start, law.end);
    if (seen.has(word) || headings.some((h) => law.start >= h.start && law.end <= h.end)) continue;
    if (marked.some((f) => f.start < law.end && law.start < f.end)) continue;
    seen.add(word);
    const message = say(ctx.options, M.lawName, { word });
    out.push(finding(ctx, KANJI_COMPOUND_RULE, law.start, law.end, message, say(ctx.options, M.nameWhat)));
  }
  return out;
}

export const kanjiCompoundRule: Rule = {
  id: KANJI_COMPOUND_RULE,
  explanation: M.explanation,
  check,
};
