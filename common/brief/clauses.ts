/**
 * Clause boundaries a long sentence can be cut at, found from morphemes: a 読点 after a verb in
 * its continuative form (構築し、 行い、 進め、 増えておりまして、), after であり／ており, after the
 * conjunctive particles が and ので, after the copula で (1,140件で、), and after a predicate followed by a joint (ため、 ことから、
 * とともに、 ほか、 ものの、 一方、 中、 つつ、 〜たところ、). Each boundary carries the text that ends
 * the first sentence there, in the text's register (です・ます or である), and the word that opens
 * the next one where the joint carried meaning (そのため、 また、 しかし、 …).
 */
import { continuativeCut } from './continuativeCuts';
import { clauseStart, framingCut } from './framingCuts';
import { joinsInsideModifier } from './nounModifier';
import { conditionCut, surveyCut } from './sceneCuts';
import type { MorphToken } from './morph';
import { continuativeEnd, predicateEnd } from './predicateEnd';
import { closingTense, verbInTense, type Tense } from './sharedTense';

export interface ClauseCut {
  /** Range replaced: the verb ending and the 読点. */
  start: number;
  end: number;
  replacement: string;
}

/**
 * Verbs that after に／を work as a compound particle (計画に基づき、 実現に向けて、 結果を踏まえ、
 * 活動に加え、 移行に当たり、): the clause they end says how or why, it is no action of its own, so
 * 「計画に基づきます。」 would change the meaning.
 */
const PARTICLE_VERBS = new Set([
  '基づく',
  '加える',
  '伴う',
  '対する',
  '関する',
  '向ける',
  '踏まえる',
  '通じる',
  '通ずる',
  '応じる',
  '当たる',
  '際する',
  '比べる',
  '従う',
  '沿う',
  '限る',
  '除く',
  '含める',
  'はじめる',
  '始める',
  '鑑みる',
  '先立つ',
  'わたる',
  '渡る',
  'つく',
  'よる',
]);

/** True when tokens[i] is a verb used as a compound particle after に／を／と (see PARTICLE_VERBS). */
function isParticleVerb(tokens: readonly MorphToken[], i: number): boolean {
  const verb = tokens[i];
  const before = tokens[i - 1];
  return (
    verb?.pos === '動詞' &&
    PARTICLE_VERBS.has(verb.base) &&
    before?.pos === '助詞' &&
    ['に', 'を', 'と'].includes(before.surface)
  );
}

/**
 * True when the continuative before the 読点 tokens[k] is a noun IPADIC read as a verb: after the
 * attributive の (資機材の貸出し、) no verb stands, and 「受付から割振り、活動報告まで」 is a range of
 * steps. Cut there it reads 「貸出しました。」.
 */
function nounReadAsVerb(tokens: readonly MorphToken[], k: number): boolean {
  const verb = tokens[k - 1];
  const before = tokens[k - 2];
  if (verb?.pos !== '動詞' || verb.surface === verb.base || before?.pos !== '助詞') return false;
  if (before.surface === 'の' && before.detail === '連体化') return true;
  if (before.surface !== 'から') return false;
  for (let m = k + 1; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.surface === 'まで') return true;
    if (t.pos === '動詞' || ['、', '。'].includes(t.surface)) return false;
  }
  return false;
}

/**
 * Verbs IPADIC reads in their classical 五段 form (有し → 有す): today they end as 有する, and
 * 「ノウハウを有す。」 reads as old writing.
 */
const CLASSICAL_SU = /^[有要資期称達反属発]す$/u;

/**
 * Verb endings for the continuative forms that end a sentence, in the tense of the predicate that
 * closes the clause (増加し、…増えています → 増加しています。).
 */
function endVerb(verb: MorphToken, polite: boolean, tense: Tense, noun?: MorphToken): string | null {
  if (verb.pos !== '動詞') return null;
  const shared = verbInTense(verb, polite, tense, noun);
  if (shared) return `${shared}。`;
  if (verb.base === 'おる' || verb.base === 'いる') return polite ? 'います。' : 'いる。';
  if (verb.surface === verb.base) return null; // not a continuative form (…する、 is rare and odd)
  if (polite) return `${verb.surface}ます。`;
  return CLASSICAL_SU.test(verb.base) ? `${verb.base.slice(0, -1)}する。` : `${verb.base}。`;
}

/**
 * A cut before the joint tokens[j] (ため、 ことから、 ほか、 …) whose 読点 is tokens[k]: the predicate
 * before it ends the first sentence and `next` opens the second.
 */
function cutAt(tokens: readonly MorphToken[], j: number, k: number, polite: boolean, next: string) {
  const joint = tokens[j]!.surface;
  if ((joint === 'つつ' || joint === 'ながら') && (aboutBefore(tokens, j) || weighsOnly(tokens, k)))
    return null;
  const end =
    joint === 'つつ' || joint === 'ながら'
      ? continuativeEnd(tokens[j - 1]!, polite, endsInPast(tokens, k))
      : joint === '上'
        ? stepEnd(tokens, j, polite)
        : tokens[j + 1]?.surface === '以来' || tokens[j + 1]?.surface === '以降'
          ? continuativeEnd(tokens[j - 1]!, polite, true)
          : (sharedEnd(tokens, j, k, polite) ?? predicateEnd(tokens, j, polite));
  return end ? { start: end.start, end: tokens[k]!.end, replacement: `${end.text}。${next}` } : null;
}

/** Joints after which the verb in dictionary form shares the closing predicate's tense. */
const SHARING_JOINTS = new Set(['とともに', 'と', 'ほか']);

/**
 * 見直すとともに、…設けたところです → 見直しました。: a dictionary form before とともに／ほか has no
 * tense of its own, it takes the one that closes the sentence (past, under way, planned); said as
 * 見直します it would turn what was done into what will be. Null in the present: predicateEnd's.
 */
function sharedEnd(tokens: readonly MorphToken[], j: number, k: number, polite: boolean) {
  const verb = tokens[j - 1];
  if (!verb || !SHARING_JOINTS.has(tokens[j]!.surface)) return null;
  const text = verbInTense(verb, polite, closingTense(tokens, k), tokens[j - 2], true);
  return text ? { start: verb.start, text } : null;
}

/**
 * True when a 〜について phrase stands in the clause before tokens[j] (Xとの連携について、Yも視野に
 * 入れながら、検討する): it is what the main verb is about, and a cut before the main verb would
 * leave 検討 without it.
 */
function aboutBefore(tokens: readonly MorphToken[], j: number): boolean {
  for (let i = j - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.surface === '。' || (t.surface === '、' && tokens[i - 1]?.detail === '接続助詞')) return false;
    if (
      /^(?:について|につきまして)$/u.test(t.surface) ||
      (t.surface === 'つい' && tokens[i - 1]?.surface === 'に')
    )
      return true;
  }
  return false;
}

/** Main verbs that commit to no action: what is done while weighing (見極めつつ) is part of the weighing. */
const WEIGHING = /^(?:検討|研究|調査研究|判断|注視|見極め)/u;

/**
 * True when the sentence after the 読点 tokens[k] closes on weighing (…伺いながら、慎重に検討して
 * まいります): 「見極めます。あわせて、…検討していきます。」 would commit to the step on its own.
 */
function weighsOnly(tokens: readonly MorphToken[], k: number): boolean {
  let end = k + 1;
  while (end < tokens.length && tokens[end]!.surface !== '。') end++;
  for (let m = end - 1; m > k; m--) {
    const t = tokens[m]!;
    if (t.surface === '、') return false;
    if (t.pos === '名詞' && t.detail === 'サ変接続') return WEIGHING.test(t.surface);
    if (t.pos === '動詞' && t.surface.startsWith('見極め')) return true;
  }
  return false;
}

/**
 * 受けた|上で → 受ける／受けます: a step done before the next is no past event, so the verb takes its
 * dictionary form. Not after 行っ, which may be 行く or 行う.
 */
function stepEnd(tokens: readonly MorphToken[], j: number, polite: boolean) {
  const verb = tokens[j - 2];
  if (!verb || verb.surface === '行っ') return null;
  return continuativeEnd(verb, polite, false);
}

/**
 * True when the clause after the 読点 tokens[k] ends in the past (…行ってきた。 …行ってきたが、): the
 * clause before it shares that tense.
 */
function endsInPast(tokens: readonly MorphToken[], k: number): boolean {
  const isPast = (t: MorphToken | undefined) => t?.pos === '助動詞' && t.base === 'た';
  for (let m = k + 1; m < tokens.length; m++) {
    const t = tokens[m]!;
    const before = tokens[m - 1]!;
    // 掲げたところであります: "have just done", a past told in the present.
    if (t.surface === '。') return isPast(before) || justDone(tokens, k, m);
    if (t.surface === '、' && before.detail === '接続助詞') return isPast(tokens[m - 2]);
  }
  return false;
}

/** True when tokens(k, end) close with 〜たところです／であります／でございます. */
function justDone(tokens: readonly MorphToken[], k: number, end: number): boolean {
  for (let m = Math.max(k + 1, end - 6); m < end - 1; m++)
    if (
      tokens[m]!.surface === 'ところ' &&
      tokens[m - 1]?.base === 'た' &&
      tokens[m + 1]?.surface.startsWith('で')
    )
      return true;
  return false;
}

/** True when the sentence after the 読点 tokens[k] ends in a state under way (〜ている, 〜ております). */
function endsInProgress(tokens: readonly MorphToken[], k: number): boolean {
  let end = k + 1;
  while (end < tokens.length && tokens[end]!.surface !== '。') end++;
  for (let m = Math.max(k + 1, end - 4); m < end; m++)
    if (tokens[m]!.surface === 'て' && ['いる', 'おる'].includes(tokens[m + 1]?.base ?? '')) return true;
  return false;
}

/**
 * Joints that hang a clause on the predicate before them, and the word that opens the second
 * sentence in their place. 〜ところ、 only after a past verb (実施したところ、: "when we did, …").
 */
const JOINTS: readonly { words: readonly string[]; next: string; afterPast?: true }[] = [
  { words: ['ため'], next: 'そのため、' }, // cause or purpose: そのため reads right for both here
  { words: ['ことから'], next: 'そのため、' },
  { words: ['こと', 'から'], next: 'そのため、' },
  { words: ['とともに'], next: 'また、' }, // IPADIC reads とともに as one particle
  { words: ['と', 'とも', 'に'], next: 'また、' },
  { words: ['ほか'], next: 'また、' },
  // 縮減されてきたこともあり、 gives a cause ("partly because"), not "there are also cases".
  { words: ['こと', 'も', 'あり'], next: 'このこともあり、' },
  { words: ['ものの'], next: 'しかし、' },
  { words: ['一方'], next: '一方、' },
  { words: ['一方', 'で'], next: '一方、' },
  { words: ['中'], next: 'その中で、' },
  { words: ['つつ'], next: 'あわせて、' },
  { words: ['ながら'], next: 'あわせて、' }, // 整合しながら、: as つつ (しかしながら is one conjunction)
  { words: ['ところ'], next: 'その結果、', afterPast: true },
  { words: ['上', 'で'], next: 'その上で、', afterPast: true }, // 許可を受けた上で、: first this, then
  { words: ['て', '以来'], next: 'それ以来、' }, // 提携を締結して以来、: a past event, then since
  { words: ['で', '以来'], next: 'それ以来、' },
  { words: ['て', '以降'], next: 'それ以降、' }, // 責任主体となって以降、: as 以来
  { words: ['で', '以降'], next: 'それ以降、' },
];

/** The joint ending at the 読点 tokens[k], longest first, or null. */
function jointBefore(tokens: readonly MorphToken[], k: number) {
  const candidates = [...JOINTS].sort((a, b) => b.words.length - a.words.length);
  for (const joint of candidates) {
    const j = k - joint.words.length;
    if (j < 1 || !joint.words.every((w, i) => tokens[j + i]!.surface === w)) continue;
    if (joint.afterPast && tokens[j - 1]?.surface !== 'た') continue;
    // 中 and 一方 are nouns: after a noun (計画の中、) there is no predicate to end.
    return { j, next: joint.next };
  }
  return null;
}

/**
 * The start of a topic 〜については、／〜につきましては、／〜に関しましては、 ending at the 読点
 * tokens[k], or -1. In a です・ます text a long topic becomes a sentence of its own
 * (「…の導入についてです。」), as a council answer announces what it answers.
 */
function topicStart(tokens: readonly MorphToken[], k: number): number {
  const words = (n: number) =>
    tokens
      .slice(Math.max(0, k - n), k)
      .map((t) => t.surface)
      .join('');
  if (tokens[k - 1]?.surface !== 'は' || tokens[k - 1]?.pos !== '助詞') return -1;
  if (/^(?:について|につきまして|に関して|に関しまして)は$/u.test(words(2))) return tokens[k - 2]!.start;
  // IPADIC reads について (and につきまして) as one particle or, before some words, as に|つい|て.
  if (words(4) === 'については' && tokens[k - 4]?.pos === '助詞') return tokens[k - 4]!.start;
  if (words(5) === 'につきましては' && tokens[k - 5]?.pos === '助詞') return tokens[k - 5]!.start;
  return -1;
}

/**
 * True when a clause ends at a 読点 in tokens(from, to) (〜に努めるとともに、 〜しておりますが、): a
 * topic after it is no announcement of the sentence («…とともに、…の対応についてです。» is broken).
 */
function clauseEnded(tokens: readonly MorphToken[], from: number, to: number): boolean {
  for (let c = from + 1; c < to; c++) {
    if (tokens[c]!.surface !== '、') continue;
    const before = tokens[c - 1]!;
    // Not after a bare continuative (…ほこみちに指定し、…できるようにする取組につきましては、): it
    // may sit inside the topic's own modifier.
    if (before.detail === '接続助詞' || jointBefore(tokens, c)) return true;
  }
  return false;
}

/** Openers a topic announcement can carry (また、…についてです。); any other conjunction cannot. */
const NEUTRAL_OPENERS = new Set(['また', 'なお', '次に', 'さらに', 'まず']);

/** True when the sentence opens with a conjunction (しかし、 このため、) other than a neutral one. */
function opensWithConnective(tokens: readonly MorphToken[], from: number): boolean {
  const first = tokens[from];
  if (!first || NEUTRAL_OPENERS.has(first.surface)) return false;
  const causal = /^(?:この|その)$/u.test(first.surface) && tokens[from + 1]?.surface === 'ため';
  return first.pos === '接続詞' || causal;
}

/** 〜についてでございますが／でありますが、 opens the topic, it is no contrast: the cut keeps no しかし. */
function isPreface(tokens: readonly MorphToken[], k: number): boolean {
  const before = tokens
    .slice(Math.max(0, k - 8), k - 1)
    .map((t) => t.surface)
    .join('');
  return /(?:について|につきまして|の件)(?:です|でございます|であります)$/u.test(before);
}

/** True when これは／それは follows the 読点 tokens[k] (…行っておりませんが、これは、…). */
function pointsBack(tokens: readonly MorphToken[], k: number): boolean {
  return /^(?:これ|それ)$/u.test(tokens[k + 1]?.surface ?? '') && tokens[k + 2]?.surface === 'は';
}

/**
 * True when the 読点 tokens[k] stands inside a reason 「これは、…ためです。」: after これは／それは, in a
 * sentence that ends in ため and a copula. The topic's predicate is ため, so no cut stands between.
 */
function reasonAfter(tokens: readonly MorphToken[], k: number, to: number): boolean {
  let end = to - 1;
  while (end > k && tokens[end]!.surface !== '。') end--;
  let t = end - 1;
  while (t > k && (tokens[t]!.pos === '助動詞' || tokens[t]!.surface === 'ござい')) t--;
  if (tokens[t]?.surface !== 'ため') return false;
  for (let m = k - 1; m > 0; m--) {
    const c = tokens[m]!;
    if (c.surface === '。') return false;
    if (c.surface === 'は' && /^(?:これ|それ)$/u.test(tokens[m - 1]?.surface ?? '')) return true;
  }
  return false;
}

/** The verbs of ておりまして／でございまして／がありまして: state, never an action (含めまして、 is "including"). */
const STATE_VERBS = new Set(['おる', 'いる', 'ござる', 'ある']);

/** 増えておりまして、 → 増えております。 (or 増えている。): ます before て ends a sentence as it is. */
function cutAtMashite(tokens: readonly MorphToken[], k: number, polite: boolean): ClauseCut | null {
  const masu = tokens[k - 2]!;
  const verb = tokens[k - 3];
  if (masu.pos !== '助動詞' || masu.surface !== 'まし' || !verb || !STATE_VERBS.has(verb.base)) return null;
  if (polite) return { start: masu.start, end: tokens[k]!.end, replacement: 'ます。' };
  if (verb.pos !== '動詞' || verb.base === 'ござる') return null;
  return {
    start: verb.start,
    end: tokens[k]!.end,
    replacement: `${verb.base === 'おる' ? 'いる' : verb.base}。`,
  };
}

/**
 * True when the 読点 tokens[k] follows an amount and と (約1万4,000人と、 38.6%と、) in a sentence
 * whose topic (〜は、〜も) states it: 「…通行量は約1万4,000人です。」 is the sentence's first half.
 */
function isAmountTo(tokens: readonly MorphToken[], k: number, from: number): boolean {
  const to = tokens[k - 1];
  if (to?.surface !== 'と' || to.pos !== '助詞') return false;
  let i = k - 2;
  while (i > from && tokens[i]!.pos === '名詞' && tokens[i]!.detail !== '数') i--; // 人、 %、 万
  if (tokens[i]?.detail !== '数') return false;
  const clause = tokens.slice(clauseStart(tokens, from, i), i);
  // The last topic states the amount (…割合は31.4%、…女性の割合は18.7%と、).
  const topic = clause.findLastIndex((t) => t.pos === '助詞' && (t.surface === 'は' || t.surface === 'も'));
  // 〜を合わせた貸出冊数は約84万冊と、: a verb may qualify the topic, not stand between it and the amount.
  return topic >= 0 && clause.slice(topic).every((t) => t.pos !== '動詞');
}

/**
 * 計画を改定して、…目標を掲げた。 → 改定しました。そして、: a する verb after its object (Xを改定して)
 * is an action of its own, in the tense of the clause after it. After と (〜と比較して, "compared
 * with") or without an object it may work as a particle, so it is left alone.
 */
function suruTeCut(tokens: readonly MorphToken[], k: number, polite: boolean): ClauseCut | null {
  const [object, noun, verb] = [tokens[k - 4], tokens[k - 3], tokens[k - 2]];
  if (verb?.base !== 'する' || verb.surface !== 'し' || noun?.detail !== 'サ変接続') return null;
  if (object?.surface !== 'を' || object.pos !== '助詞') return null;
  // 〜して、…進めております: already under way, so 改定します would misstate when; 改定した is a guess.
  if (endsInProgress(tokens, k)) return null;
  const past = endsInPast(tokens, k);
  const ending = polite ? (past ? 'しました' : 'します') : past ? 'した' : 'する';
  return { start: verb.start, end: tokens[k]!.end, replacement: `${ending}。そして、` };
}

/** True when the 読点 tokens[k] follows 〜ことなどから (causes listed, then what they lead to). */
function causes(tokens: readonly MorphToken[], k: number): boolean {
  const [koto, nado, kara] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]];
  return (
    koto?.surface === 'こと' && nado?.surface === 'など' && kara?.surface === 'から' && kara.pos === '助詞'
  );
}

/**
 * The index of the こと the sentence's last predicate takes as its object or subject (…を活用し、…
 * 検討するとともに、…検証を行うことを目的とする。), or -1. The clauses joined before it are inside
 * that こと: a cut there states as done what the sentence names as the aim (「…技術を活用する。」) and
 * leaves 「…を目的とする。」 without what it is the aim of.
 */
function nominalObject(tokens: readonly MorphToken[], from: number, to: number): number {
  for (let c = to - 2; c > from; c--) {
    const t = tokens[c]!;
    if (t.surface === '、' || t.surface === '，') return -1;
    const particle = tokens[c + 1]!;
    if (
      t.surface === 'こと' &&
      t.pos === '名詞' &&
      particle.pos === '助詞' &&
      (particle.surface === 'を' || particle.surface === 'が')
    )
      return c;
  }
  return -1;
}

/**
 * A 読点 that joins two actions of one subject (〜し、 〜して、 〜するとともに、 〜せず、): inside a こと it
 * coordinates what the こと names. A frame (〜を踏まえ、) or a contrast stands outside it.
 */
function joinsInsideKoto(tokens: readonly MorphToken[], k: number): boolean {
  const p = tokens[k - 1]!;
  if (framingCut(tokens, k, 0, false)) return false;
  if (jointBefore(tokens, k)) return true;
  if (p.pos === '動詞') return true;
  if (p.pos === '助詞' && p.detail === '接続助詞' && (p.surface === 'て' || p.surface === 'で')) return true;
  return p.pos === '助動詞' && p.surface === 'ず';
}

/** Every place in tokens[from, to) where a sentence could end; offsets into the tokenised text. */
export function clauseCuts(
  tokens: readonly MorphToken[],
  from: number,
  to: number,
  polite: boolean,
): ClauseCut[] {
  const out: ClauseCut[] = [];
  // 「しかし、…についてです。」 would hang the contrast on the announcement, not on what is said.
  const connective = opensWithConnective(tokens, from);
  const koto = nominalObject(tokens, from, to);
  for (let k = from + 1; k < to - 1; k++) {
    const comma = tokens[k]!;
    if (comma.surface !== '、' && comma.surface !== '，') continue;
    if (nounReadAsVerb(tokens, k)) continue;
    const p = tokens[k - 1]!;
    const pp = tokens[k - 2];
    const scene = conditionCut(tokens, k, from, polite) ?? surveyCut(tokens, k, from, polite);
    if (reasonAfter(tokens, k, to)) {
      // これは、…ためです: the reason is one clause; a cut inside leaves 「これは、…整っていません。」.
    } else if (p.pos === '助詞' && p.detail === '接続助詞' && p.surface === 'が')
      out.push({
        start: p.start,
        end: comma.end,
        // 〜ておりませんが、これは…ためです: the が leads to why, it is no contrast.
        replacement: isPreface(tokens, k) || pointsBack(tokens, k) ? '。' : '。しかし、',
      });
    else if (scene) out.push(scene);
    else if (
      polite &&
      !connective &&
      topicStart(tokens, k) > (tokens[from]?.start ?? 0) &&
      !clauseEnded(tokens, from, k)
    )
      out.push({ start: topicStart(tokens, k), end: comma.end, replacement: 'についてです。' });
    else if (causes(tokens, k))
      // 〜が大きいことや、〜が不足していることなどから、: the causes listed are what there is.
      out.push({
        start: p.start,
        end: comma.end,
        replacement: `${polite ? 'があります' : 'がある'}。そのため、`,
      });
    else if (p.pos === '助詞' && p.detail === '接続助詞' && p.surface === 'ので')
      out.push({ start: p.start, end: comma.end, replacement: '。そのため、' });
    else if (
      joinsInsideModifier(tokens, k) &&
      !jointBefore(tokens, k) &&
      !framingCut(tokens, k, from, polite)
    ) {
      // …孤立し、再び罪を犯す事例が: both verbs modify 事例 (see nounModifier.ts).
    } else if (p.base === 'ある' && pp?.surface === 'で' && pp.pos === '助動詞')
      out.push({ start: pp.start, end: comma.end, replacement: polite ? 'です。' : 'である。' });
    else if (k < koto && joinsInsideKoto(tokens, k)) {
      // Inside the こと the sentence ends on: no cut (see nominalObject).
    } else if (jointBefore(tokens, k)) {
      const { j, next } = jointBefore(tokens, k)!;
      // After a noun (業務負担軽減のため、) there is no predicate: a purpose is a frame instead.
      const cut =
        (j > from ? cutAt(tokens, j, k, polite, next) : null) ?? framingCut(tokens, k, from, polite);
      if (cut) out.push(cut);
    } else if (framingCut(tokens, k, from, polite)) {
      out.push(framingCut(tokens, k, from, polite)!);
    } else if (continuativeCut(tokens, k, polite)) {
      out.push(continuativeCut(tokens, k, polite)!);
    } else if (isAmountTo(tokens, k, from)) {
      // 受診率は38.6%と、目標値を下回っています → 38.6%です。目標値を…: the amount is what the topic is.
      out.push({ start: p.start, end: comma.end, replacement: polite ? 'です。' : 'である。' });
    } else if (p.surface === 'て' && pp?.surface === 'まし') {
      const cut = cutAtMashite(tokens, k, polite);
      if (cut) out.push(cut);
    } else if (p.pos === '助動詞' && p.base === 'だ' && p.surface === 'で' && pp?.pos === '名詞') {
      // 相談件数は年間1,140件で、 → 1,140件です。 (the copula, not the particle of 本市で、)
      out.push({ start: p.start, end: comma.end, replacement: polite ? 'です。' : 'である。' });
    } else if (
      p.pos === '助詞' &&
      p.detail === '接続助詞' &&
      (p.surface === 'て' || p.surface === 'で') &&
      pp
    ) {
      // 努めて、 → 努めます。そして、 — only where the continuative form is certain (not 音便).
      const suru = suruTeCut(tokens, k, polite);
      if (suru) out.push(suru);
      const base = pp.pos === '動詞' && !isParticleVerb(tokens, k - 2) ? pp.base : '';
      const stemmed = base.endsWith('る') && pp.conjugation.startsWith('一段') ? base.slice(0, -1) : null;
      if (stemmed !== null && pp.surface === stemmed)
        out.push({
          start: pp.start,
          end: comma.end,
          replacement: polite ? `${stemmed}ます。そして、` : `${base}。そして、`,
        });
    } else if (!isParticleVerb(tokens, k - 1)) {
      const ending = endVerb(p, polite, closingTense(tokens, k), pp);
      if (ending) out.push({ start: p.start, end: comma.end, replacement: ending });
    }
  }
  return out;
}
