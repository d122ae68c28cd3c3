/**
 * Where a glossary replacement can land without breaking the sentence. 「言い換え（用語）」 is a
 * noun phrase, so it may only replace a whole word in a noun slot (followed by a case particle,
 * the copula or punctuation). Inside a compound (普及啓発|事業) or as an adverb/adjective
 * (全庁的に, 所管横断的な) the term stays and the explanation follows the whole compound:
 * 「普及啓発事業（普及啓発：広く知らせて…）」. Never a cut compound, never a doubled word.
 */
import type { MorphToken } from '../morph';
import type { RuleContext } from '../types';

/** Characters a compound is made of. Not digits: 予算額3,200万円 must not become 予算額3（…）,200万円. */
const NOUN_CHAR = /[\p{sc=Han}\p{sc=Katakana}ー々〆ヶA-Za-zＡ-Ｚａ-ｚ・]/u;
/** What may follow a noun: case/topic particles, the copula, punctuation, brackets, line end. */
const NOUN_SLOT_NEXT =
  /^(?:を|が|は|に|で|と|も|の|へ|や|から|まで|より|など|です|でした|である|であり|だ|。|、|，|．|！|？|」|』|）|\)|\s|$)/u;
/**
 * Plain wordings that end as a noun phrase (…こと, …課, …制度, and nouns made of a verb stem:
 * …仕組み, …決まり, …見直し, …手続き, …大きさ) can stand in a noun slot; …を考える cannot.
 */
const NOUN_FINAL =
  /(?:[\p{sc=Han}\p{sc=Katakana}ー々]|こと|もの|ところ|とき|ため|人|方|ごと|など|ども|どころ|づくり|(?:[\p{sc=Han}]|き)さ|[\p{sc=Han}](?:み|まり|し|き|り|め|い|れ|せ|え|け|び|て|ち|わせ|かり))$/u;

/** True when a plain wording ends as a noun phrase (…仕組み, …制度), not as a verb (…定める). */
export const endsAsNoun = (plain: string): boolean => NOUN_FINAL.test(plain);

export interface Slot {
  /** Start of the whole word or compound the term sits in. */
  start: number;
  /** End of the whole word or compound. */
  end: number;
  /** True when 「言い換え（用語）」 can replace the term in place. */
  nounSlot: boolean;
}

/** A word longer than this is not a compound a reader parses; bounding it keeps scans linear. */
const MAX_COMPOUND = 30;

/** Index of the first token ending after `offset` (binary search: tokens are in text order). */
function tokenAt(tokens: readonly MorphToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function compoundByTokens(tokens: readonly MorphToken[], start: number, end: number) {
  let i = tokenAt(tokens, start);
  let j = i;
  while (j < tokens.length && tokens[j]!.end < end) j++;
  const joins = (t: MorphToken | undefined) =>
    t !== undefined &&
    (t.pos === '名詞' || t.pos === '接頭詞') &&
    [...t.surface].every((c) => NOUN_CHAR.test(c));
  const first = i;
  const last = j;
  while (
    i > 0 &&
    first - i < MAX_COMPOUND &&
    joins(tokens[i - 1]) &&
    tokens[i - 1]!.end === tokens[i]!.start &&
    joins(tokens[i])
  )
    i--;
  while (
    j + 1 < tokens.length &&
    j - last < MAX_COMPOUND &&
    joins(tokens[j + 1]) &&
    tokens[j + 1]!.start === tokens[j]!.end
  )
    j++;
  return { start: Math.min(start, tokens[i]?.start ?? start), end: Math.max(end, tokens[j]?.end ?? end) };
}

/**
 * Conjunctions written with a kanji (書類審査及びヒアリング): without morphemes their first kanji
 * would join the compound, and the note would land inside the word (書類審査及（…）び).
 */
const CONJUNCTION_AHEAD = /^(?:及び|並びに|又は|若しくは|且つ|乃至)/u;

function compoundByChars(masked: string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s > 0 && start - s < MAX_COMPOUND && NOUN_CHAR.test(masked[s - 1]!) && !masked.endsWith('乃至', s))
    s--;
  while (
    e < masked.length &&
    e - end < MAX_COMPOUND &&
    NOUN_CHAR.test(masked[e]!) &&
    !CONJUNCTION_AHEAD.test(masked.slice(e, e + 4))
  )
    e++;
  return { start: s, end: e };
}

/** 第6次総合計画: a compound's ordinal belongs to it (the suggestion shows 第6次…, not 次…). */
function withOrdinal(masked: string, span: { start: number; end: number }) {
  const ordinal = /第[0-9０-９]{1,3}$/u.exec(masked.slice(Math.max(0, span.start - 4), span.start));
  return ordinal ? { start: span.start - ordinal[0].length, end: span.end } : span;
}

/**
 * Endings a verb takes before a note may follow it: た, ます, ない …, the て of 即して, a passive or
 * causative (登載さ|れ, 貸与さ|せ) and, after て, the verb that makes an aspect of it (即して|いる).
 */
const takesEnding = (t: MorphToken | undefined, before: MorphToken) =>
  t !== undefined &&
  (t.pos === '助動詞' ||
    (t.detail === '接続助詞' && /^[てで]$/u.test(t.surface)) ||
    (t.pos === '動詞' && t.detail === '接尾') ||
    (t.pos === '動詞' && t.detail === '非自立' && /^[てで]$/u.test(before.surface)));

/**
 * A verb (即し|た) or a サ変 noun with its する (貸与|する) is one word to a reader: a note inside it
 * (即し（…）た, 貸与（…）する, 登載さ（…）れている) breaks it, so the slot runs over the verb's endings.
 */
function withVerbEndings(tokens: readonly MorphToken[], span: { start: number; end: number }) {
  let k = tokenAt(tokens, span.end - 1);
  if (tokens[k]?.end !== span.end) return span;
  const last = tokens[k]!;
  const suru = tokens[k + 1];
  if (last.pos === '名詞' && last.detail === 'サ変接続' && suru?.pos === '動詞' && suru.base === 'する') k++;
  else if (last.pos !== '動詞') return span;
  while (takesEnding(tokens[k + 1], tokens[k]!) && tokens[k + 1]!.start === tokens[k]!.end) k++;
  return { start: span.start, end: tokens[k]!.end };
}

/**
 * ・ joins the parts of one name (介護・福祉) but starts or ends none: at a line's start it is the
 * item's bullet (・交通空白地域における…), which the suggestion showed as part of the word.
 */
function withoutEdgeDots(masked: string, span: { start: number; end: number }, start: number, end: number) {
  let { start: s, end: e } = span;
  while (s < start && masked[s] === '・') s++;
  while (e > end && masked[e - 1] === '・') e--;
  return { start: s, end: e };
}

/** The word or compound around [start, end) and whether a noun replacement fits there. */
export function slotOf(ctx: RuleContext, start: number, end: number, plain: string): Slot {
  const span = withoutEdgeDots(
    ctx.masked,
    withOrdinal(
      ctx.masked,
      ctx.tokens
        ? withVerbEndings(ctx.tokens, compoundByTokens(ctx.tokens, start, end))
        : compoundByChars(ctx.masked, start, end),
    ),
    start,
    end,
  );
  const whole = span.start === start && span.end === end;
  const adjectival = /的$/u.test(ctx.masked.slice(start, end));
  // A verb phrase made a noun (…に入れること) cannot take the object or modifier the term had:
  // 予算を計上 → 予算を予算に入れること, 意識の醸成 → 意識の育てること. Those get a note instead.
  const verbal = /こと$/u.test(plain) && /[をの]$/u.test(ctx.masked.slice(Math.max(0, start - 1), start));
  // A wording that repeats what just came before (…（一般会計）から｜一般会計から特別会計へ…) reads
  // as a stutter; the note form keeps the sentence as written.
  const echoes = (plain.match(/[\p{sc=Han}\p{sc=Katakana}ー]{2,}/gu) ?? []).some((w) =>
    ctx.masked.slice(Math.max(0, start - 12), start).includes(w),
  );
  const nounSlot =
    whole &&
    !adjectival &&
    !verbal &&
    !echoes &&
    NOUN_FINAL.test(plain) &&
    NOUN_SLOT_NEXT.test(ctx.masked.slice(end, end + 4));
  return { ...span, nounSlot };
}

/** The note appended after a compound: （用語：説明） inside a compound, （説明） after the bare term. */
export function annotation(term: string, compound: string, plain: string): string {
  return compound === term ? `（${plain}）` : `（${term}：${plain}）`;
}
