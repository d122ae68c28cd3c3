/**
 * A run of three or more noun phrases joined by 読点 inside a long sentence becomes a numbered list
 * after a short sentence that counts them, as a careful editor writes it:
 * 「本業務では、A、B、Cを一体的に行う事業者を選定する。」 →
 * 「本業務では、次の3点を一体的に行う事業者を選定する。\n①A\n②B\n③C」.
 * Only where the items are certain: every item before the last ends in a noun at its 読点 (not a
 * joint such as ほか), no item carries a topic or subject (は、が、も: 「本市は人口減少、…」 is no list),
 * the last is a noun phrase up to the particle the whole list hangs on (or, when the items all end in
 * こと, up to its こと), the particle is not followed by a clause that modifies a noun (its reach would
 * be a guess), and no item says 又は／若しくは (a choice is not a list of points).
 */
import type { MorphToken } from './morph';

/** The list as a replacement of the sentence, [start, end) of the tokenised text. */
export interface ListRewrite {
  start: number;
  end: number;
  /** The counting sentence; its length decides whether the list is worth making. */
  sentence: string;
  items: string[];
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨';
/** Particles a whole list hangs on (A、B、Cを／について／が…). */
const LIST_PARTICLES = new Set(['を', 'について', 'に', 'が', 'は', 'も', 'へ']);
/** Joiners that may open the last item (A、B、及びC); dropped in the numbered list. */
const JOINERS = new Set(['及び', '並びに', 'および', 'ならびに']);
const ETC = new Set(['など', '等']);

const isComma = (t: MorphToken) => t.surface === '、' || t.surface === '，';
/** How a token changes the bracket depth: a 読点 inside （農業用ハウス、福祉施設等） separates no items. */
const depthStep = (t: MorphToken) =>
  '（(「『【［'.includes(t.surface) ? 1 : '）)」』】］'.includes(t.surface) ? -1 : 0;
const isNoun = (t: MorphToken | undefined) =>
  t !== undefined && ((t.pos === '名詞' && t.detail !== '代名詞') || t.detail === '括弧閉');

/**
 * A noun that can end an item: not a clause joint (補助するほか、 増えている中、 その場合、) and not
 * 等／など, which closes a list where it stands (A、B、C等、 …).
 */
function endsItem(t: MorphToken | undefined): boolean {
  if (!isNoun(t) || ETC.has(t!.surface)) return false;
  return t!.surface === 'こと' || (t!.detail !== '副詞可能' && t!.detail !== '非自立');
}

/**
 * True when tokens[from, to) can be one item of the list: it ends in a noun and carries no topic or
 * subject (「本市は人口減少、…」 is no list), except in a list of こと clauses (…が増えていること、).
 */
function plainItem(tokens: readonly MorphToken[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (to - from < 1 || !endsItem(last)) return false;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    depth += depthStep(t);
    if (isComma(t) && depth > 0) continue;
    if (isComma(t) || t.surface === '。' || t.surface === '又は' || t.surface === '若しくは') return false;
    if (last!.surface !== 'こと' && t.pos === '助詞' && ['は', 'が', 'も'].includes(t.surface)) return false;
  }
  return true;
}

/**
 * True when tokens[i] is a verb (with its auxiliaries) that modifies a noun: after 「A、B、Cを」 it
 * makes the list's reach uncertain (A、B、人事評価制度を通じた強化 is two items and a clause).
 */
function modifiesNoun(tokens: readonly MorphToken[], i: number): boolean {
  if (tokens[i]?.pos !== '動詞' && tokens[i + 1]?.pos !== '動詞') return false;
  let k = tokens[i]?.pos === '動詞' ? i + 1 : i + 2;
  while (tokens[k]?.pos === '助動詞' || tokens[k]?.detail === '接尾') k++;
  // 〜を行うものである: a formal noun (もの, こと) ends the sentence, it names nothing.
  return tokens[k]?.pos === '名詞' && tokens[k]?.detail !== '非自立';
}

/**
 * True when a verb in tokens[from, to) before the next 読点 modifies a noun (〜を一体的に検索できる
 * アプリの導入): 「A、B及びC」 may then be A and a clause about B and C, so 及び does not split.
 */
function modifiesNounAhead(tokens: readonly MorphToken[], from: number, to: number): boolean {
  for (let i = from; i < to && !isComma(tokens[i]!) && tokens[i]!.surface !== '。'; i++)
    if (tokens[i]!.pos === '動詞' && modifiesNoun(tokens, i)) return true;
  return false;
}

/**
 * Where the last item ends: at the first list particle after a noun phrase (nouns, の, 及び …), or,
 * when every earlier item ends in the same word (こと), just after that word. -1 when neither is found.
 */
function lastItemEnd(
  tokens: readonly MorphToken[],
  from: number,
  to: number,
  sameEnd: string | null,
): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    depth += depthStep(t);
    // Inside brackets (熱供給先の拡大（農業用ハウス、福祉施設等）) all is part of the noun phrase.
    if (depth > 0 || depthStep(t) < 0) continue;
    if (isComma(t) || t.surface === '。') return -1;
    if (sameEnd !== null) {
      if (t.surface === sameEnd && i > from) return i + 1;
      continue;
    }
    // 市民への普及啓発: a particle before の is inside the noun phrase.
    const ends = t.pos === '助詞' && LIST_PARTICLES.has(t.surface) && tokens[i + 1]?.surface !== 'の';
    if (i > from && (ETC.has(t.surface) || ends)) return i;
    const inNounPhrase =
      t.pos === '名詞' ||
      (t.pos === '助詞' && tokens[i + 1]?.surface === 'の') ||
      t.pos === '接頭詞' ||
      t.pos === '記号' ||
      t.surface === 'の' ||
      JOINERS.has(t.surface);
    if (!inNounPhrase) return -1;
  }
  return -1;
}

/**
 * The last item of 「A、B及びC」 as the two items it joins, or as it is when 及び／並びに is not
 * between two noun phrases of four or more characters (糖尿病に係る費用 has a particle: it may be
 * what both share, 慢性腎臓病及び糖尿病に係る費用).
 */
function joinedLast(
  tokens: readonly MorphToken[],
  from: number,
  to: number,
  slice: (i: number, j: number) => string,
): string[] {
  const joins = [];
  for (let i = from + 1; i < to - 1; i++) if (JOINERS.has(tokens[i]!.surface)) joins.push(i);
  const at = joins[0];
  if (joins.length !== 1 || at === undefined) return [slice(from, to)];
  const nounsOnly = (i: number, j: number) =>
    tokens.slice(i, j).every((t) => t.pos !== '助詞' || t.surface === 'の') && slice(i, j).length >= 4;
  return nounsOnly(from, at) && nounsOnly(at + 1, to)
    ? [slice(from, at), slice(at + 1, to)]
    : [slice(from, to)];
}

/**
 * Where the sentence's text starts after a label that ends in a colon (「3 全地区共通：A、B、Cを実施する。」):
 * the label stays before the counting sentence, not inside the first item (「①3 全地区共通：A」).
 */
function afterLabel(tokens: readonly MorphToken[], from: number, to: number): number {
  let depth = 0;
  let begin = from;
  for (let i = from; i < to; i++) {
    depth += depthStep(tokens[i]!);
    if (depth === 0 && (tokens[i]!.surface === '：' || tokens[i]!.surface === ':')) begin = i + 1;
  }
  return begin;
}

/**
 * The list rewrite of the sentence in tokens[from, to) (its text is `text.slice` of their offsets),
 * or null when it holds no certain list of three or more items.
 */
export function listRewrite(
  text: string,
  tokens: readonly MorphToken[],
  from: number,
  to: number,
): ListRewrite | null {
  const commas: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    depth += depthStep(tokens[i]!);
    if (isComma(tokens[i]!) && depth === 0) commas.push(i);
  }
  for (let a = 0; a < commas.length; a++) {
    // The longest run of commas from commas[a] whose items before the last all end in a noun.
    const begin = a === 0 ? afterLabel(tokens, from, commas[0]!) : commas[a - 1]! + 1;
    if (!plainItem(tokens, begin, commas[a]!)) continue;
    let b = a;
    while (b + 1 < commas.length && plainItem(tokens, commas[b]! + 1, commas[b + 1]!)) b++;
    const bounds = [begin, ...commas.slice(a, b + 1).map((c) => c + 1)];
    const ends = commas.slice(a, b + 1).map((c) => tokens[c - 1]!.surface);
    const sameEnd = ends.every((e) => e === 'こと') ? 'こと' : null;
    const lastStart = bounds[bounds.length - 1]!;
    const lastEnd = lastItemEnd(tokens, lastStart, to, sameEnd);
    if (lastEnd === -1) continue;
    const slice = (i: number, j: number) => text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    const items = bounds.map((start, k) =>
      slice(start, k + 1 < bounds.length ? bounds[k + 1]! - 1 : lastEnd),
    );
    items[items.length - 1] = items[items.length - 1]!.replace(/^(?:及び|並びに|および|ならびに)/u, '');
    // 「A、B及びC」 lists three things (公用文: 及び joins the last item).
    if (items.length === 2 && !modifiesNounAhead(tokens, lastEnd + 1, to))
      items.splice(1, 1, ...joinedLast(tokens, lastStart, lastEnd, slice));
    if (items.length < 3) continue;
    // 「国、県、市が」 reads better as it is: a list is worth it for phrases, not single words.
    const total = items.reduce((n, i) => n + i.length, 0);
    if (items.length > CIRCLED.length || items.some((i) => i.length < 4) || total < 25) continue;
    const etc = ETC.has(tokens[lastEnd]?.surface ?? '');
    const restFrom = etc ? lastEnd + 1 : lastEnd;
    const rest = restFrom < to ? text.slice(tokens[restFrom]!.start, tokens[to - 1]!.end) : '';
    if (!rest.endsWith('。') || !LIST_PARTICLES.has(tokens[restFrom]?.surface ?? '')) continue;
    if (modifiesNoun(tokens, restFrom + 1)) continue;
    const lead = text.slice(tokens[from]!.start, tokens[begin]!.start);
    return {
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      sentence: `${lead}${etc ? '主に' : ''}次の${items.length}点${rest}`,
      items: items.map((item, k) => `${CIRCLED[k]}${item}`),
    };
  }
  return null;
}

/**
 * Examples run into the front of a sentence (「A、B、C等、…取組について、提案を求める。」): the
 * sentence is said first and the examples listed after it (「…取組について、提案を求める。取組の例は
 * 次のとおりである。」 ①A ②B ③C). Only where the examples open the sentence, are three or more
 * plain noun phrases closed by 等／など and 読点, and what they exemplify is the noun a について
 * topic is about (取組について、): the head the examples sentence names.
 */
export function exampleListRewrite(
  text: string,
  tokens: readonly MorphToken[],
  from: number,
  to: number,
  polite: boolean,
): ListRewrite | null {
  const bounds: number[] = [from];
  let etc = -1;
  for (let i = from; i < to && etc === -1; i++) {
    if (!isComma(tokens[i]!)) continue;
    if (ETC.has(tokens[i - 1]?.surface ?? '')) etc = i - 1;
    else if (plainItem(tokens, bounds[bounds.length - 1]!, i)) bounds.push(i + 1);
    else return null;
  }
  if (etc === -1 || bounds.length < 3 || !plainItem(tokens, bounds[bounds.length - 1]!, etc)) return null;
  const restFrom = etc + 2;
  let topic = restFrom;
  while (topic < to && !isComma(tokens[topic]!)) topic++;
  const head = tokens[topic - 2];
  if (tokens[topic - 1]?.surface !== 'について' || !isNoun(head) || head!.detail === '接尾') return null;
  const slice = (i: number, j: number) => text.slice(tokens[i]!.start, tokens[j - 1]!.end);
  const items = bounds.map((b, k) => slice(b, k + 1 < bounds.length ? bounds[k + 1]! - 1 : etc));
  const rest = slice(restFrom, to);
  if (!rest.endsWith('。') || items.length > CIRCLED.length || items.some((i) => i.length < 4)) return null;
  return {
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    sentence: `${rest}${head!.surface}の例は次のとおり${polite ? 'です' : 'である'}。`,
    items: items.map((item, k) => `${CIRCLED[k]}${item}`),
  };
}
