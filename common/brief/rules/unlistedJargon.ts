/**
 * 行政用語 nobody put in the glossary, found by their shape: the register of administrative writing
 * packs actions into chains of Sino-Japanese nouns (評価検証, 協定締結, 受診勧奨), turns them into
 * abstract nouns with 化・性・的 (平準化, 妥当性, 所管横断的), and names things with long noun
 * compounds (補助基準額, 交通結節点). A company reader can neither look such a word up nor guess
 * which action or amount it stands for. Which noun runs read so is decided by a small logistic
 * regression over their shape and slot (`jargonCandidates.ts`, weights in `jargonModel.json`, trained
 * on the tuning corpus by scripts/brief-train-jargon.ts), not by hand thresholds. The shapes need
 * morphemes (IPADIC parts of speech and word costs); without an analyser only the hedged council
 * promises are found.
 */
import { say, type BriefLocale, type Message, type Voice } from '../messages/message';
import { unlistedJargonMessages as M } from '../messages/terms';
import type { Finding, Rule, RuleContext } from '../types';
import { finding } from './helpers';
import { glossaryParts } from './glossaryParts';
import { candidateFeatures, candidates, writeFeatures, type Candidate } from './jargonCandidates';
import { JARGON_MODEL, type JargonModel } from './jargonModel';
import { DATE_LIKE, kanjiCompoundRule } from './kanjiCompound';

export const UNLISTED_JARGON_RULE = 'unlisted-jargon';

/**
 * Abstract words any newspaper reader knows (general Japanese, not drawn from the corpus labels):
 * the shape rule would mark them, the reader would not stumble. Last, names from the news whose
 * long shape the scorer marks once its threshold is chosen on unseen-like text.
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
  '新型コロナウイルス感染症',
  '狂犬病予防注射',
]);

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
        say(ctx.options, M.hedgedPromise, { phrase: m[0] }),
        say(ctx.options, M.hedgedPromiseFix),
      ),
    );
  }
  return out;
}

/** Why a candidate reads as jargon, for the message: the feature that weighs most in its favour. */
export type JargonShape = 'action-chain' | 'abstract' | 'long-compound' | 'money' | 'loanword' | 'rare-word';

function shapeOf(features: ReadonlyMap<string, number>, c: Candidate): JargonShape {
  if (features.has('sahenPair')) return 'action-chain';
  if (features.has('suffix:abstract')) return 'abstract';
  if (features.has('suffix:money')) return 'money';
  if (features.has('katakana') && !features.has('kanjiOnly')) return 'loanword';
  return c.tokens.length >= 3 ? 'long-compound' : 'rare-word';
}

/** The message and suggestion a company reader and the author can act on, per shape. */
function advice(
  word: string,
  shape: JargonShape,
  c: Candidate,
  voice: BriefLocale | Voice,
): { message: string; suggestion: string } {
  if (shape === 'action-chain') {
    const actions = c.tokens.filter((t) => t.detail === 'サ変接続').slice(-2);
    const [first = '', second = ''] = actions.map((t) => t.surface);
    return {
      message: say(voice, M.actionChain, { word }),
      suggestion: say(voice, M.actionChainFix, { first, second }),
    };
  }
  const [message, suggestion] = SHAPE_MESSAGES[shape];
  return { message: say(voice, message, { word }), suggestion: say(voice, suggestion) };
}

const SHAPE_MESSAGES: Record<Exclude<JargonShape, 'action-chain'>, [Message<'word'>, Message<never>]> = {
  abstract: [M.abstract, M.abstractFix],
  money: [M.money, M.moneyFix],
  loanword: [M.loanword, M.loanwordFix],
  'long-compound': [M.longCompound, M.longCompoundFix],
  'rare-word': [M.rareWord, M.rareWordFix],
};

/** A candidate word with its score (exported for the training script and tests). */
export interface ScoredCandidate extends Candidate {
  word: string;
  /** Its features: for every candidate when asked for, otherwise only for those the model marks. */
  features: Map<string, number> | null;
  score: number;
  heading: boolean;
}

function isCovered(covered: Uint8Array, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (covered[i] === 1) return true;
  return false;
}

/** A model's weights as a Map, built once per model: lookups by a fresh feature name stay cheap. */
const weightMaps = new WeakMap<object, Map<string, number>>();
function weightMap(model: JargonModel): Map<string, number> {
  let map = weightMaps.get(model.weights);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    weightMaps.set(model.weights, map);
  }
  return map;
}

/** Sums a model's weights as features are written: scoring without building a feature map. */
class ScoreSink {
  z = 0;
  constructor(private readonly weights: Map<string, number>) {}
  set(name: string, value: number): void {
    const w = this.weights.get(name);
    if (w !== undefined) this.z += w * value;
  }
}

/**
 * Candidates the scorer judges, each occurrence with its score, outside headings' and known words'
 * spans (`known`: glossary hits, which the jargon rule explains, or everyday words).
 */
export function scoredCandidates(
  ctx: RuleContext,
  known: readonly Span[],
  model: JargonModel = JARGON_MODEL,
  allFeatures = false,
): ScoredCandidate[] {
  if (!ctx.tokens) return [];
  const tokens = ctx.tokens;
  const all = candidates(tokens).map((c) => ({ c, word: ctx.text.slice(c.start, c.end) }));
  const counts = new Map<string, number>();
  for (const { word } of all) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Known spans as a coverage map: one pass, then each candidate checks its own characters.
  const covered = new Uint8Array(ctx.text.length + 1);
  for (const k of known) covered.fill(1, k.start, k.end);
  const out: ScoredCandidate[] = [];
  const parts = glossaryParts(ctx.masked);
  const sink = new ScoreSink(weightMap(model));
  let s = 0;
  for (const { c, word } of all) {
    // A date or count (令和元年度比, 第三次) names a time, not a concept a reader must be told.
    if (EVERYDAY_WORDS.has(word) || DATE_LIKE.test(word) || isCovered(covered, c)) continue;
    while (s < ctx.sentences.length && ctx.sentences[s]!.end <= c.start) s++;
    const sentence = ctx.sentences[s];
    const repeats = counts.get(word) ?? 1;
    sink.z = model.bias;
    writeFeatures(c, tokens, sentence, repeats, parts, sink);
    const features =
      allFeatures || sink.z >= model.threshold
        ? candidateFeatures(c, tokens, sentence, repeats, parts)
        : null;
    const heading = sentence?.kind === 'heading';
    out.push({
      start: c.start,
      end: c.end,
      tokens: c.tokens,
      index: c.index,
      word,
      features,
      score: sink.z,
      heading,
    });
  }
  return out;
}

/**
 * Jargon-shaped words, each once (later uses of the same word are not marked again), outside
 * headings and outside words the glossary already knows.
 */
export function unlistedJargon(
  ctx: RuleContext,
  known: readonly Span[],
  model: JargonModel = JARGON_MODEL,
): Finding[] {
  const out = markedCandidates(scoredCandidates(ctx, known, model), model.threshold).map((c) => {
    const shape = shapeOf(c.features ?? new Map(), c);
    const { message, suggestion } = advice(c.word, shape, c, ctx.options);
    return finding(ctx, UNLISTED_JARGON_RULE, c.start, c.end, message, suggestion);
  });
  return [...out, ...hedgedPromises(ctx, known)];
}

/** The candidates the rule marks: scored at or above `threshold`, outside headings, each word once. */
export function markedCandidates(scored: readonly ScoredCandidate[], threshold: number): ScoredCandidate[] {
  const seen = new Set<string>();
  return scored.filter((c) => {
    if (c.score < threshold || c.heading || seen.has(c.word)) return false;
    seen.add(c.word);
    return true;
  });
}

export const unlistedJargonRule: Rule = {
  id: UNLISTED_JARGON_RULE,
  explanation: M.explanation,
  // Long names the kanji-compound rule marks are its own (one mark per word).
  check: (ctx) => unlistedJargon(ctx, [...ctx.terms, ...kanjiCompoundRule.check(ctx)]),
};
