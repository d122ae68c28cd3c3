/**
 * Candidate words for the learned jargon scorer and the features it reads. A candidate is a maximal
 * run of adjacent nouns (kanji, katakana or kana nouns, their prefixes and suffixes, joined by ・),
 * so 予算を計上の上 gives 予算 and 計上, and 所管横断的な gives 所管横断的. The features describe the
 * word's shape (how many morphemes, which suffix, how rare by IPADIC cost) and its slot in the
 * sentence (before する, after を), never the word itself, so what the scorer learns on the tuning
 * corpus carries over to words nobody labelled.
 */
import type { MorphToken } from '../morph';
import type { Sentence } from '../types';
import type { PartLookup } from './glossaryParts';

/** A run of noun morphemes in text order. */
export interface Candidate {
  start: number;
  end: number;
  tokens: MorphToken[];
  /** Index of its first morpheme in the text's tokens. */
  index: number;
}

const KANJI = /[\p{sc=Han}々〆ヶ]/u;
/** The CJK ideograph blocks and 々〆ヶ, by code unit (counting kanji without a regex per character). */
const isKanjiCode = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  code === 0x3005 ||
  code === 0x3006 ||
  code === 0x30f6 ||
  (code >= 0xf900 && code <= 0xfaff);
const KANJI_ONLY = /^[\p{sc=Han}々〆ヶ]+$/u;
const KATAKANA_ONLY = /^[\p{sc=Katakana}ー]+$/u;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;
const HIRAGANA = /\p{sc=Hiragana}/u;
/** Joins parts of one name (スクラップ・アンド・ビルド, フィット＆ギャップ). */
const JOINER = new Set(['・', '＆', '&']);
/** Nouns that only refer, count or stand in for a clause (こと, 三, 今後, これ): never part of a word. */
const NOT_CONTENT = new Set(['数', '非自立', '代名詞', '副詞可能', '固有名詞']);

const isSuffix = (t: MorphToken) => t.pos === '名詞' && t.detail === '接尾';
const isPrefix = (t: MorphToken) => t.pos === '接頭詞';

/** Letters of a noun only: no digits, brackets or spaces (2号, （DMO）). */
const NOUN_LETTERS = /^[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー々〆ヶA-Za-zＡ-Ｚａ-ｚ]+$/u;

function isPart(t: MorphToken): boolean {
  if (isPrefix(t)) return t.detail === '名詞接続' || KANJI_ONLY.test(t.surface);
  if (t.pos !== '名詞' || NOT_CONTENT.has(t.detail)) return false;
  return NOUN_LETTERS.test(t.surface);
}

/** Maximal noun runs of `tokens`, each starting on a content word or a prefix (not 期 of 第4期). */
export function candidates(tokens: readonly MorphToken[]): Candidate[] {
  const out: Candidate[] = [];
  let run: MorphToken[] = [];
  let first = 0;
  const close = () => {
    while (run.length > 0 && (isSuffix(run[0]!) || JOINER.has(run[0]!.surface))) {
      run.shift();
      first++;
    }
    while (run.length > 0 && (isPrefix(run[run.length - 1]!) || JOINER.has(run[run.length - 1]!.surface)))
      run.pop();
    if (run.length > 0)
      out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, tokens: run, index: first });
    run = [];
  };
  let part = tokens.length > 0 && isPart(tokens[0]!);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const nextPart = i + 1 < tokens.length && isPart(tokens[i + 1]!);
    const adjacent = run.length === 0 || run[run.length - 1]!.end === t.start;
    const joins = JOINER.has(t.surface) && run.length > 0 && nextPart;
    const isThisPart = part;
    part = nextPart;
    if (!adjacent || !(isThisPart || joins)) close();
    if (isThisPart || joins) {
      if (run.length === 0) first = i;
      run.push(t);
    }
  }
  close();
  return out;
}

/**
 * Suffixes that make an abstract noun (平準化, 妥当性, 横断的, 公募型), name a cost, fund or body
 * (扶助費, 委託料, 繰出金, 庁, 課), or only count, date or name a person (利用者数, 事業後).
 */
const ABSTRACT_SUFFIX = new Set(['化', '性', '的', '型']);
const MONEY_SUFFIX = new Set(['費', '料', '金', '額', '税', '債', '財', '率', '価', '益']);
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
  '外',
  '所',
  '量',
  '間',
  '人',
  '件',
  'さん',
  '様',
  'たち',
  '用',
]);
/**
 * Head words of programme, body and plan names (推進体制, 中核機関, 確保方策): the name of a
 * municipal arrangement a company cannot look up. General Japanese, not drawn from the labels.
 */
const ADMIN_HEAD = new Set([
  '体制',
  '事業',
  '計画',
  '制度',
  '機関',
  '団体',
  '方策',
  '施策',
  '措置',
  '区域',
  '部門',
  '構想',
  '戦略',
  '方針',
  '会計',
  '交付',
  '補助',
  '負担',
  '予算',
  '財源',
  '審査',
  '選考',
  '認定',
  '認可',
  '契約',
  '委託',
  '期間',
  '資産',
  '要件',
  '基準',
  '指標',
  '協議',
  '調整',
  '照会',
  '連携',
]);
/** サ変 nouns that only say when or whether something happens (実施, 終了): light heads. */
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
  '利用',
  '活用',
  '支援',
  '推進',
]);

/**
 * IPADIC gives every noun it never saw in its training newspapers the same cost per class (一般
 * 5600, サ変接続 about 4466, 形容動詞語幹 4800); nouns it saw cost less, the more often the
 * less. So the distance below the class's default cost reads as how familiar a word is
 * (地域 1.9, 計上 0.6), and a word at the default (連携, 創出, 採否) as one newspapers hardly use.
 */
const DEFAULT_COST: Readonly<Record<string, number>> = { 一般: 5600, サ変接続: 4466, 形容動詞語幹: 4800 };

/** How familiar a content word is, in thousands of cost below its class's default (0 = unseen). */
export function familiarity(t: MorphToken): number {
  if (t.reading === '') return -1;
  const base = DEFAULT_COST[t.detail];
  if (base === undefined || t.cost === undefined) return 0.5;
  return Math.max(-1, Math.min(3, (base - t.cost) / 1000));
}

/** Particles and verbs around the word, as the scorer reads them. */
function slotFeatures(tokens: readonly MorphToken[], index: number, last: number, f: FeatureSink) {
  const prev = tokens[index - 1];
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (prev?.pos === '助詞') f.set(`prev:${prev.surface}`, 1);
  if (next?.pos === '助詞') f.set(`next:${next.surface}`, 1);
  if (next?.pos === '動詞' && next.base === 'する') f.set('next:する', 1);
  if (next?.surface === 'の' && after?.surface === '上') f.set('next:の上', 1);
  if (next?.pos === '記号') f.set('next:記号', 1);
  if (next === undefined || next.pos === '記号') f.set('endsClause', 1);
}

/** Where features go: a Map (training, messages) or a running score (the hot path, no allocation). */
export interface FeatureSink {
  set(name: string, value: number): unknown;
}

/** Feature vector of one candidate: names to values, sparse. */
export function candidateFeatures(
  c: Candidate,
  tokens: readonly MorphToken[],
  sentence: Sentence | undefined,
  repeats: number,
  parts: PartLookup,
): Map<string, number> {
  const f = new Map<string, number>();
  writeFeatures(c, tokens, sentence, repeats, parts, f);
  return f;
}

/** Writes the features of one candidate into `f`. */
export function writeFeatures(
  c: Candidate,
  tokens: readonly MorphToken[],
  sentence: Sentence | undefined,
  repeats: number,
  parts: PartLookup,
  f: FeatureSink,
): void {
  const word = c.tokens.map((t) => t.surface).join('');
  const content = c.tokens.filter((t) => !isSuffix(t) && !isPrefix(t) && !JOINER.has(t.surface));
  const n = content.length;
  f.set(n >= 4 ? 'words:4+' : `words:${n}`, 1);
  let kanji = 0;
  for (let i = 0; i < word.length; i++) if (isKanjiCode(word.charCodeAt(i))) kanji++;
  f.set('kanji', Math.min(kanji, 10) / 4);
  if (KANJI_ONLY.test(word)) f.set('kanjiOnly', 1);
  if (c.tokens.some((t) => KATAKANA_ONLY.test(t.surface))) f.set('katakana', 1);
  if (c.tokens.every((t) => JOINER.has(t.surface) || KATAKANA_ONLY.test(t.surface))) f.set('katakanaOnly', 1);
  if (HIRAGANA.test(word)) f.set('hiragana', 1);
  if (LATIN.test(word)) f.set('latin', 1);
  if (c.tokens.some((t) => JOINER.has(t.surface))) f.set('joined', 1);

  const sahen = content.filter((t) => t.detail === 'サ変接続');
  if (sahen.length > 0) f.set('sahen', Math.min(sahen.length, 3));
  for (let i = 1; i < c.tokens.length; i++) {
    const a = c.tokens[i - 1]!;
    const b = c.tokens[i]!;
    if (a.detail === 'サ変接続' && b.detail === 'サ変接続')
      f.set(LIGHT_ACTION.has(b.surface) ? 'sahenPairLight' : 'sahenPair', 1);
  }
  const lastContent = content[content.length - 1];
  if (lastContent) f.set(`lastDetail:${lastContent.detail}`, 1);
  if (lastContent && ADMIN_HEAD.has(lastContent.surface) && n >= 2) f.set('adminHead', 1);
  if (lastContent && LIGHT_ACTION.has(lastContent.surface)) f.set('lightHead', 1);

  const last = c.tokens[c.tokens.length - 1]!;
  if (isSuffix(last)) {
    const kind = ABSTRACT_SUFFIX.has(last.surface)
      ? 'abstract'
      : MONEY_SUFFIX.has(last.surface)
        ? 'money'
        : PLAIN_SUFFIX.has(last.surface)
          ? 'plain'
          : KANJI_ONLY.test(last.surface) && last.surface.length === 1
            ? 'kanji1'
            : 'other';
    f.set(`suffix:${kind}`, 1);
  }
  if (isPrefix(c.tokens[0]!)) f.set('prefix', 1);
  // The last kanji names the kind of thing (〜率, 〜費, 〜所, 〜計画): productive across words.
  const lastChar = word[word.length - 1]!;
  if (KANJI.test(lastChar)) f.set(`lastChar:${lastChar}`, 1);
  if (lastContent && n >= 2) f.set(`head:${lastContent.surface}`, 1);

  const costs = content.map((t) => (t.reading === '' ? 12000 : (t.cost ?? 5000)));
  if (costs.length > 0) {
    f.set('maxCost', Math.min(Math.max(...costs) - 4500, 5000) / 1000);
    f.set('minCost', Math.min(Math.max(Math.min(...costs) - 4500, -4500), 5000) / 1000);
  }
  if (content.some((t) => t.reading === '')) f.set('unknownWord', 1);
  // The earlier hand-written shapes, kept as features: a pair of words one of which IPADIC never
  // saw as a common noun (国庫補助, 要件緩和), and three words with a rare one (補助基準額).
  const veryRare = content.some((t) => t.reading === '' || (t.cost ?? 0) >= 5600);
  const rare = content.some((t) => t.reading === '' || (t.cost ?? 5000) >= 5000);
  const namingSuffix = isSuffix(last) && !PLAIN_SUFFIX.has(last.surface);
  if (n === 2 && !isSuffix(last) && content.every((t) => t.surface.length >= 2) && veryRare)
    f.set('rarePair', 1);
  if (n >= 2 && n + (namingSuffix ? 1 : 0) >= 3 && (rare || namingSuffix)) f.set('longCompound', 1);
  const fam = content.map(familiarity);
  if (fam.length > 0) {
    f.set('minFamiliarity', Math.min(...fam));
    f.set('meanFamiliarity', fam.reduce((a, b) => a + b, 0) / fam.length);
    const unseen = fam.filter((x) => Math.abs(x) < 0.06).length;
    if (unseen > 0) f.set('unseenWords', Math.min(unseen, 3));
    if (fam.every((x) => x > 0.3)) f.set('allFamiliar', 1);
  }
  if (content.some((t) => t.surface.length === 1 && KANJI_ONLY.test(t.surface))) f.set('singleKanjiWord', 1);
  if (n === 1 && lastContent?.detail === 'サ変接続') f.set('singleAction', 1);
  if (n === 1 && lastContent?.detail === '一般' && KANJI_ONLY.test(word)) f.set('singleNoun', 1);
  if (n === 1 && lastContent?.detail === '形容動詞語幹') f.set('singleAdjectival', 1);

  // Parts the glossary's other terms share (審査, 委託) and the whole word inside longer terms.
  const partCounts = content.filter((t) => t.surface.length >= 2).map((t) => parts(t.surface));
  const jargonParts = partCounts.filter((p) => p.jargon > 0).length;
  if (partCounts.length > 0) {
    f.set('glossPart', Math.log1p(Math.max(...partCounts.map((p) => p.jargon))));
    f.set('glossPartShare', jargonParts / partCounts.length);
    f.set('everydayPart', Math.log1p(Math.max(...partCounts.map((p) => p.everyday))));
  }
  const whole = parts(word);
  if (whole.jargon > 0) f.set('glossWhole', Math.log1p(whole.jargon));
  if (whole.everyday > 0) f.set('everydayWhole', 1);

  slotFeatures(tokens, c.index, c.index + c.tokens.length - 1, f);
  if (sentence?.kind === 'heading') f.set('heading', 1);
  if (sentence?.kind === 'list') f.set('list', 1);
  if (repeats > 1) f.set('repeated', 1);
}
