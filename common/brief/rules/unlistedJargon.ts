/**
 * 行政用語 nobody put in the glossary, found by their shape: the register of administrative writing
 * packs actions into chains of Sino-Japanese nouns (評価検証, 協定締結, 受診勧奨), turns them into
 * abstract nouns with 化・性・的 (平準化, 妥当性, 所管横断的), and names things with long noun
 * compounds (補助基準額, 交通結節点). A company reader can neither look such a word up nor guess
 * which action or amount it stands for. The shapes need morphemes (IPADIC parts of speech and word
 * costs); without an analyser only the hedged council promises are found.
 */
import type { MorphToken } from '../morph';
import type { Finding, Rule, RuleContext } from '../types';
import { finding } from './helpers';
import { kanjiCompoundRule } from './kanjiCompound';

export const UNLISTED_JARGON_RULE = 'unlisted-jargon';

const KANJI_ONLY = /^[\p{sc=Han}々〆ヶ]+$/u;
/** Suffixes that make an abstract noun of an action or quality (平準化, 妥当性, 経済的, 公募型). */
const ABSTRACT_SUFFIX = new Set(['化', '性', '的', '型']);
/**
 * Suffixes that only count, date or name a person (利用者数, 事業終了後, 実証期間中, 民間事業者): they
 * add no concept a reader must decode, so they do not lengthen a compound.
 */
const PLAIN_SUFFIX = new Set([
  '者',
  '後',
  '前',
  '中',
  '数',
  '等',
  '日',
  '時',
  '上',
  '内',
  '外',
  '所',
  '量',
  '間',
  '人',
  '件',
]);
/**
 * Abstract words any newspaper reader knows (general Japanese, not drawn from the corpus labels):
 * the shape rule would mark them, the reader would not stumble.
 */
const EVERYDAY_WORDS = new Set([
  '高齢化',
  '少子化',
  '少子高齢化',
  '活性化',
  '効率化',
  '多様化',
  '老朽化',
  '深刻化',
  '本格化',
  '具体化',
  '見える化',
  '自動化',
  '実用化',
  '国際化',
  '標準化',
  '一元化',
  '電子化',
  '無償化',
  '最適化',
  '方向性',
  '可能性',
  '必要性',
  '重要性',
  '安全性',
  '利便性',
  '透明性',
  '公平性',
  '信頼性',
  '専門性',
  '独自性',
  '効果的',
  '具体的',
  '積極的',
  '一般的',
  '基本的',
  '最終的',
  '継続的',
  '計画的',
  '総合的',
  '重点的',
  '長期的',
  '短期的',
  '中長期的',
  '全国的',
  '社会的',
  '主体的',
  '一時的',
  '効率的',
  '定期的',
  '段階的',
]);

/** A compound of kanji morphemes and what the rule reads from it. */
export interface NounChain {
  start: number;
  end: number;
  tokens: MorphToken[];
}

function isChainPart(t: MorphToken): boolean {
  if (!KANJI_ONLY.test(t.surface)) return false;
  if (t.pos === '接頭詞') return true;
  return t.pos === '名詞' && !['数', '非自立', '代名詞', '固有名詞', '副詞可能'].includes(t.detail);
}

const isSuffix = (t: MorphToken) => t.pos === '名詞' && t.detail === '接尾';
const isPrefix = (t: MorphToken) => t.pos === '接頭詞';

/** Runs of adjacent kanji nouns (and their prefixes and suffixes), in text order. */
export function nounChains(tokens: readonly MorphToken[]): NounChain[] {
  const out: NounChain[] = [];
  let run: MorphToken[] = [];
  const close = () => {
    // A counter or a leftover suffix is not the start of a word (第4期 → 期, 令和8年度 → 年度).
    while (run.length > 0 && isSuffix(run[0]!)) run.shift();
    if (run.length > 0) out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, tokens: run });
    run = [];
  };
  for (const t of tokens) {
    const adjacent = run.length === 0 || run[run.length - 1]!.end === t.start;
    if (!isChainPart(t) || !adjacent) close();
    if (isChainPart(t)) run.push(t);
  }
  close();
  return out;
}

/** Why a chain reads as jargon; null when it reads as plain words. */
export type JargonShape = 'action-chain' | 'abstract' | 'long-compound' | 'rare-pair';

/** Content words of a chain: not its prefixes and suffixes (事業者 has one, 利用者数 has one). */
const contentOf = (chain: NounChain) => chain.tokens.filter((t) => !isSuffix(t) && !isPrefix(t));
const isSahen = (t: MorphToken) => t.detail === 'サ変接続';
/**
 * サ変 nouns that only say when or whether an action happens (実証終了, 計画策定) or name an
 * everyday kind of action (防災対策, 機能強化): after another action noun they add no jargon.
 */
const LIGHT_ACTION = new Set([
  '対策',
  '強化',
  '終了',
  '開始',
  '完了',
  '実施',
  '予定',
  '継続',
  '提案',
  '中止',
  '変更',
]);
/** サ変 nouns IPADIC files as actions that read as adjectives before a noun (既存施設). */
const ADJECTIVAL = new Set(['既存', '新規', '特定', '一定']);
/**
 * IPADIC cost at or above which a word is rare. Frequent words cost less (事業 131, 交通 1783,
 * 地域 3724, 支援 4467); a compound made only of frequent words (地域公共交通, 相談支援体制) reads
 * as plain description, one with a rarer word (延床面積, 交通結節点) as a term to be explained.
 */
export const RARE_WORD_COST = 5000;
/**
 * Cost from which a word is rare enough that two of them side by side (国庫補助, 要件緩和, 行政需要)
 * make a term: a pair of frequent words (人口減少, 公共施設) reads as plain description.
 */
export const VERY_RARE_WORD_COST = 5600;
const isVeryRare = (t: MorphToken) => t.reading === '' || (t.cost ?? 0) >= VERY_RARE_WORD_COST;
const isRare = (t: MorphToken) => t.reading === '' || (t.cost ?? RARE_WORD_COST) >= RARE_WORD_COST;

/**
 * The shape that makes a chain jargon. Measured on the tuning corpus only: two サ変 nouns in a row
 * (an action done to an action: 評価検証, 処遇改善) and 化・性・的・型 after a noun of two or more
 * kanji mark the register; three content words (補助基準額 counts its 額) make a name that cannot be
 * looked up. Two-word descriptive compounds of everyday words (人口減少, 公共施設) are left alone.
 */
export function jargonShape(chain: NounChain): JargonShape | null {
  const { tokens } = chain;
  const content = contentOf(chain);
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const t = tokens[i]!;
    if (!isSahen(prev) || !isSahen(t) || isSuffix(prev) || isSuffix(t)) continue;
    if (!LIGHT_ACTION.has(t.surface) && !ADJECTIVAL.has(prev.surface)) return 'action-chain';
  }
  if (
    tokens.some(
      (t, i) => i > 0 && isSuffix(t) && ABSTRACT_SUFFIX.has(t.surface) && tokens[i - 1]!.surface.length >= 2,
    )
  )
    return 'abstract';
  const last = tokens[tokens.length - 1];
  const namingSuffix = last !== undefined && isSuffix(last) && !PLAIN_SUFFIX.has(last.surface);
  const words = content.length + (namingSuffix ? 1 : 0);
  const rare = content.some(isRare) || namingSuffix;
  if (content.length >= 2 && words >= 3 && rare) return 'long-compound';
  // 民間事業者 or 公立保育所 ends in a person or place: the pair names who or where, plainly.
  const endsInContent = last !== undefined && !isSuffix(last);
  if (
    content.length === 2 &&
    endsInContent &&
    content.every((t) => t.surface.length >= 2) &&
    content.some(isVeryRare)
  )
    return 'rare-pair';
  return null;
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Council-answer promises that commit to nothing: an action that only studies, watches or
 * explains, in the humble future (検討を進めてまいります, 注視してまいりたい, 周知に努めてまいります); 協議 and 調整 are real work and stay unmarked.
 */
const HEDGED_PROMISE =
  /(?:検討|研究|調査研究|注視|周知|対応|配慮|留意)(?:を(?:進め|深め|重ね|行っ)て|に努めて|して)まいり(?:ます|たい)/gu;

function hedgedPromises(ctx: RuleContext, known: readonly Span[]): Finding[] {
  const out: Finding[] = [];
  for (const m of ctx.masked.matchAll(HEDGED_PROMISE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (known.some((k) => overlaps(k, span))) continue;
    out.push(
      finding(
        ctx,
        UNLISTED_JARGON_RULE,
        span.start,
        span.end,
        `「${m[0]}」は議会答弁の言い回しで、まだ何も決まっていないことを表します（用語集にない言い方です）。企業はこれを約束と読み違えます。`,
        '「現時点では未定。〇月までに〇〇を判断する」のように、決まっていることと決まっていないことを分けて書いてください。',
      ),
    );
  }
  return out;
}

/** The message and suggestion a company reader and the author can act on, per shape. */
function advice(word: string, shape: JargonShape, chain: NounChain): { message: string; suggestion: string } {
  const base = '企業の読み手には分かりにくい行政用語の可能性があります（用語集にない言葉です）。';
  if (shape === 'action-chain') {
    const [a, b] = contentOf(chain)
      .slice(-2)
      .map((t) => t.surface);
    return {
      message: `${base}「${word}」は動作を表す漢語が続き、誰が何をするのかが読み取れません。`,
      suggestion: `「〜を${a ?? ''}して${b ?? ''}する」のように動詞でほどくか、最初に一度だけ説明を添えてください。`,
    };
  }
  if (shape === 'abstract')
    return {
      message: `${base}「${word}」は「〜化」「〜性」「〜的」「〜型」で抽象的にした言い方で、具体的に何をする・何が変わるのかが伝わりません。`,
      suggestion:
        '「何を、どのように変えるのか」を具体的な言葉で書くか、最初に一度だけ説明を添えてください。',
    };
  if (shape === 'rare-pair')
    return {
      message: `${base}「${word}」は普段の文章ではあまり見かけない漢語を含む複合語で、企業の担当者には意味が取りにくい言葉です。`,
      suggestion: '日常の言葉で言い換えるか、「〜（〜のこと）」のように最初に一度だけ説明を添えてください。',
    };
  return {
    message: `${base}「${word}」は漢語を三つ以上つなげた名前で、企業の担当者は調べても意味にたどり着けません。`,
    suggestion: '「〜のための〜」のように助詞を入れてほどくか、最初に一度だけ説明を添えてください。',
  };
}

/**
 * Jargon-shaped chains, each once (later uses of the same word are not marked again), outside
 * headings and outside words the glossary already knows (`known`: its hits, which the jargon
 * rule explains, or everyday words a company reads without help).
 */
export function unlistedJargon(ctx: RuleContext, known: readonly Span[]): Finding[] {
  const headings = ctx.sentences.filter((s) => s.kind === 'heading');
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const chain of ctx.tokens ? nounChains(ctx.tokens) : []) {
    const shape = jargonShape(chain);
    if (!shape || EVERYDAY_WORDS.has(ctx.text.slice(chain.start, chain.end))) continue;
    if (known.some((t) => overlaps(t, chain))) continue;
    if (headings.some((h) => chain.start >= h.start && chain.end <= h.end)) continue;
    const word = ctx.text.slice(chain.start, chain.end);
    if (seen.has(word)) continue;
    seen.add(word);
    const { message, suggestion } = advice(word, shape, chain);
    out.push(finding(ctx, UNLISTED_JARGON_RULE, chain.start, chain.end, message, suggestion));
  }
  return [...out, ...hedgedPromises(ctx, known)];
}

export const unlistedJargonRule: Rule = {
  id: UNLISTED_JARGON_RULE,
  explanation:
    '用語集にない行政用語も、形から見つけます：動作を表す漢語の連続（評価検証・協定締結）、「〜化」「〜性」「〜的」で抽象化した言い方（平準化・妥当性）、漢語を三つ以上つなげた名前（補助基準額）。企業の担当者には調べようがないため、動詞でほどくか説明を添えます（公用文作成の考え方：漢語の連続を避け、分かりやすい言葉で）。',
  // Long names the kanji-compound rule marks are its own (one mark per word).
  check: (ctx) => unlistedJargon(ctx, [...ctx.terms, ...kanjiCompoundRule.check(ctx)]),
};
