/**
 * Cuts at a clause that frames the rest of the sentence through a verb used as a particle
 * (計画に基づき、 実現に向け、 見込みを踏まえ、 増加により、 活動を通じて、 活動に加え、): the frame is
 * no action of its own, so 「計画に基づきます。」 would change the meaning. Instead the frame is said
 * as a sentence and the rest refers back to it with これ:
 * - after a noun: 「Xがあります。これに基づき、…」 (「Xに向け、」 → 「Xを目指します。そのために、…」);
 * - after a clause ending in こと: 「…が義務化されました。これに伴い、…」.
 * A noun frame is cut only where no topic or subject stands before it in the sentence (「本市は、
 * 計画がある。」 is not Japanese), except a topic that only announces what is talked about
 * (〜につきましては、 〜といたしましては、 〜に当たっては、). A document or an undertaking as topic
 * (本計画は、 本要項は、) says what it rests on: 「本計画は、Xに基づくものである。」.
 */
import type { ClauseCut } from './clauses';
import type { MorphToken } from './morph';
import { headsNounPhrase } from './nounModifier';
import { predicateEnd } from './predicateEnd';

/** Particle verbs whose frame reads right as 「Xがある。これ〜、」 and their particle. */
const FRAMING_VERBS: ReadonlyMap<string, string> = new Map([
  ['基づく', 'に'],
  ['加える', 'に'],
  ['伴う', 'に'],
  ['踏まえる', 'を'],
  ['通じる', 'を'],
  ['通ずる', 'を'],
  ['鑑みる', 'に'],
  ['従う', 'に'],
  ['沿う', 'に'],
  ['向ける', 'に'],
]);
/** Compound particles IPADIC reads as one token (により、 を通じて、). */
const FRAMING_PARTICLES = new Set(['により', 'によって', 'を通じて', 'を通じ', 'を通して']);
/**
 * Frames that take a cause or a means (〜により、 〜に伴い、): cut only after a change (増加、 上昇、
 * 希薄化): 「増加がある。これにより、」 states a fact. After a means (導入等により、 推進により、) or the
 * doer of a passive (事業者により、) 「Xがある」 would claim what is only planned, or nothing.
 */
const CAUSAL = new Set(['により', 'によって', '伴う']);
const CHANGES = new Set([
  ...['増加', '減少', '進行', '到来', '高騰', '上昇', '低下', '不足', '拡大', '縮小', '変化'],
  ...['悪化', '低迷', '発生', '進展', '激化', '改正', '改定', '増大', '変動', '流行', '逼迫'],
]);
/** 〜化 after a state (希薄化、 少子化、 老朽化), not after an aim (効率化、 弾力化). */
const CHANGE_STEMS = new Set([
  '少子',
  '高齢',
  '老朽',
  '過疎',
  '希薄',
  '複雑',
  '多様',
  '深刻',
  '激甚',
  '空洞',
]);

/**
 * Aims a purpose 〜のため、 names (業務負担軽減のため、 安全確保のため、): after them ため is "in order
 * to". After other nouns it may be a cause (工事のため、 人口減少のため、), which is no aim to state.
 */
const AIMS = new Set([
  ...['軽減', '向上', '確保', '推進', '促進', '改善', '解消', '実現', '強化', '充実', '防止'],
  ...['削減', '縮減', '抑制', '創出', '維持', '育成', '拡充', '増進', '活性', '効率', '円滑'],
]);

/** 〜を目的として、 〜を目的に、 〜を目的とし、: the purpose said first (「…が目的です。そのために、」). */
const PURPOSES: readonly (readonly string[])[] = [
  ['を', '目的', 'として'],
  ['を', '目的', 'に'],
  ['を', '目的', 'と', 'し'],
  ['を', '目的', 'と', 'し', 'て'],
];

/** Where 〜を目的として (PURPOSES) ending at the 読点 tokens[k] starts, or -1. */
function purposeAt(tokens: readonly MorphToken[], k: number): number {
  for (const purpose of PURPOSES) {
    const j = k - purpose.length;
    if (j > 0 && purpose.every((w, i) => tokens[j + i]!.surface === w)) return j;
  }
  return -1;
}

/** The frame ending at the 読点 tokens[k]: where its particle starts and what it is. */
function frameAt(tokens: readonly MorphToken[], k: number) {
  const purpose = purposeAt(tokens, k);
  if (purpose >= 0) return { particle: purpose, kind: '目的' };
  // 業務負担軽減のため、: an aim (AIMS), read as 「業務負担軽減を目指す。そのために、」.
  if (tokens[k - 1]?.surface === 'ため' && tokens[k - 2]?.surface === 'の' && tokens[k - 2]?.pos === '助詞')
    return { particle: k - 2, kind: 'ため' };
  let last = k - 1;
  if (tokens[last]?.surface === 'て' && tokens[last]?.pos === '助詞') last--;
  const word = tokens[last];
  if (!word) return null;
  if (word.pos === '助詞' && FRAMING_PARTICLES.has(word.surface))
    return { particle: last, kind: word.surface.startsWith('に') ? 'により' : 'を通じる' };
  // 人口減少を背景に、: a noun frame, read as 「人口減少がある。これを背景に、」.
  const [wo, haikei, ni] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]];
  if (wo?.surface === 'を' && haikei?.surface === '背景' && ni?.surface === 'に')
    return { particle: k - 3, kind: '背景' };
  const particle = tokens[last - 1];
  // 〜が制度化されたことを受け、: a response to what happened (「…制度化された。これを受け、」); after
  // a noun 受ける is "receive" (補助を受け、), no frame.
  if (word.base === '受ける' && particle?.surface === 'を' && tokens[last - 2]?.surface === 'こと')
    return { particle: last - 1, kind: word.base };
  const wanted = FRAMING_VERBS.get(word.base);
  if (word.pos !== '動詞' || !wanted || particle?.pos !== '助詞' || particle.surface !== wanted) return null;
  return { particle: last - 1, kind: word.base };
}

/** Joined surfaces of tokens[from, to). */
const words = (tokens: readonly MorphToken[], from: number, to: number) =>
  tokens
    .slice(Math.max(0, from), to)
    .map((t) => t.surface)
    .join('');

/**
 * The first token of the clause that tokens[to] is in: after the last 読点 before it that ends a
 * clause (〜てきたが、 〜し、 〜しており、), else `from`. A cut may end the clause before there, so
 * what stands before it (its subject, its verbs) says nothing about this clause.
 */
export function clauseStart(tokens: readonly MorphToken[], from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    const prev = tokens[i - 1]!;
    if (tokens[i]!.surface === '、' && (prev.detail === '接続助詞' || prev.pos === '動詞')) return i + 1;
  }
  return from;
}

/** Topics that only announce what is talked about: what follows them can still be a sentence. */
const ANNOUNCING =
  /(?:について|につきまして|に関して|に関しまして|として|といたしまして|に当たって|にあたって|に当たりまして|にあたりまして)は$/u;

/**
 * True when tokens[from, to) hold no topic or subject (は、が、も) the frame would steal from the
 * main clause, after the last announcing topic or clause end.
 */
function noTopicBefore(tokens: readonly MorphToken[], from: number, to: number, scene = false): boolean {
  for (let i = to - 1; i >= clauseStart(tokens, from, to); i--) {
    const t = tokens[i]!;
    if (t.pos !== '助詞' || !['は', 'が', 'も'].includes(t.surface)) continue;
    if (t.surface === 'が' && inRelativeClause(tokens, i, to)) continue;
    if (tokens[i + 1]?.surface !== '、' || t.surface !== 'は') return false;
    if (ANNOUNCING.test(words(tokens, i - 6, i + 1))) return true;
    // 本市では、: a scene, which 「本市では、Xがあります。」 keeps; not with a time or place of the
    // main clause between it and the frame (本市では、令和2年度にX構想に基づき、).
    return scene && tokens[i - 1]?.surface === 'で' && !placedBetween(tokens, i + 2, to);
  }
  return true;
}

/** Words before a 読点 where a clause cut may end a sentence (…行ったほか、 …困難なため、). */
const CLAUSE_ENDS = new Set(['ほか', 'ため', '一方', '中', 'ものの', 'ところ', 'から', 'つつ', 'ながら']);

/**
 * True when an announcing topic (〜につきましては、 〜といたしましては、) stands in the clause of
 * tokens[from, to): not before a clause a cut may end (…につきましては、…見直しを行ったほか、), else
 * the sentence that cut leaves would be judged otherwise by a second rewrite.
 */
function announced(tokens: readonly MorphToken[], from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const before = tokens[i - 1];
    if (tokens[i]!.surface === '、' && before)
      if (before.detail === '接続助詞' || before.pos === '動詞' || CLAUSE_ENDS.has(before.surface))
        return false;
    if (tokens[i]!.surface === 'は' && ANNOUNCING.test(words(tokens, i - 6, i + 1))) return true;
  }
  return false;
}

/** True when tokens[from, to) hold a に／で phrase followed by a noun (令和2年度に構想…): an adverbial. */
function placedBetween(tokens: readonly MorphToken[], from: number, to: number): boolean {
  for (let m = from; m < to - 1; m++) {
    const t = tokens[m]!;
    const next = tokens[m + 1]!;
    if (t.pos === '助詞' && (t.surface === 'に' || t.surface === 'で') && /^(?:名詞|接頭詞)$/u.test(next.pos))
      return true;
  }
  return false;
}

/**
 * True when the subject tokens[i] (が) belongs to a clause that modifies a noun before tokens[to]
 * (本市が策定した計画に基づき、): the first predicate after it leads into a noun, so the が is no
 * subject of the main clause.
 */
function inRelativeClause(tokens: readonly MorphToken[], i: number, to: number): boolean {
  let k = i + 1;
  while (k < to && tokens[k]!.pos !== '動詞' && tokens[k]!.pos !== '形容詞') {
    if (tokens[k]!.surface === '、' || tokens[k]!.pos === '助詞') return false;
    k++;
  }
  k++;
  while (k < to && (tokens[k]!.pos === '助動詞' || tokens[k]!.detail === '接尾')) k++;
  return k < to && tokens[k]!.pos === '名詞';
}

/** Frames a document says it rests on (本計画は、法律に基づくものである。). */
const RESTS_ON: ReadonlyMap<string, string> = new Map([
  ['基づく', '基づくもの'],
  ['踏まえる', '踏まえたもの'],
]);
/** Documents and undertakings that rest on a law or a plan. */
const DOCUMENTS =
  /^(?:計画|要項|要綱|業務|事業|方針|制度|条例|規程|規則|指針|構想|戦略|プラン|ビジョン|仕様書)$/u;

/**
 * True when the sentence up to tokens[to] is 「本計画は、」 (or 当／この) and one phrase with no
 * 読点 after it: the frame is all that is said about the document before the rest.
 */
function documentTopic(tokens: readonly MorphToken[], from: number, to: number): boolean {
  let i = from;
  // 「第1 趣旨（space）本要項は、」: a heading run into the sentence ends at its last space.
  for (let j = from; j < to; j++) if (tokens[j]!.detail === '空白') i = j + 1;
  if (tokens[i]?.pos === '接続詞' && tokens[i + 1]?.surface === '、') i += 2; // また、
  const [det, noun, wa, comma] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!['本', '当', 'この'].includes(det?.surface ?? '') || !DOCUMENTS.test(noun?.surface ?? ''))
    return false;
  if (wa?.surface !== 'は' || comma?.surface !== '、') return false;
  return tokens.slice(i + 4, to).every((t) => t.surface !== '、' && t.surface !== 'は' && t.surface !== 'が');
}

/** True when the sentence opens with 「本業務では、」 (or 当／この and a DOCUMENTS noun). */
function documentScene(tokens: readonly MorphToken[], from: number): boolean {
  const [det, noun, de, wa, comma] = tokens.slice(from, from + 5);
  return (
    ['本', '当', 'この'].includes(det?.surface ?? '') &&
    DOCUMENTS.test(noun?.surface ?? '') &&
    de?.surface === 'で' &&
    wa?.surface === 'は' &&
    comma?.surface === '、'
  );
}

/** A noun a frame can follow: not a pronoun (これにより、 is the frame a cut already made). */
function frameNoun(tokens: readonly MorphToken[], i: number, kind: string): boolean {
  const t = tokens[i];
  if (kind === '目的') return t?.pos === '名詞' && t.detail !== '代名詞'; // 転換すること、観光振興
  if (t?.pos !== '名詞' || t.detail === '代名詞' || t.detail === '非自立') return false;
  if (kind === '向ける') return t.detail === 'サ変接続'; // 実現に向け, not 市民に向け
  if (kind === 'ため') return AIMS.has(t.surface === '化' ? (tokens[i - 1]?.surface ?? '') : t.surface);
  if (!CAUSAL.has(kind)) return true;
  const c = t.surface === '等' ? i - 1 : i; // 改正等により
  if (tokens[c]?.surface === '化') return CHANGE_STEMS.has(tokens[c - 1]?.surface ?? '');
  return CHANGES.has(tokens[c]?.surface ?? '');
}

/**
 * 「Xについて、提案を求める。」 → 「Xが対象である。これについて、提案を求める。」: what the sentence is
 * about, said first (これらについて after several things). Only after a noun and with no topic
 * before it; a 〜については、 topic is the topic cut's (clauses.ts).
 */
function subjectCut(
  tokens: readonly MorphToken[],
  k: number,
  from: number,
  polite: boolean,
): ClauseCut | null {
  const about = tokens[k - 1];
  const head = tokens[k - 2];
  if (about?.surface !== 'について' || about.pos !== '助詞' || k - 2 <= from) return null;
  if (head?.pos !== '名詞' || head.detail === '代名詞') return null;
  // 「本業務では、X等の手法が対象である。」 says what the undertaking covers; 「本市では、Xが対象である。」
  // would not read so, so only a document's scene is kept.
  const scene = documentScene(tokens, from);
  if (!noTopicBefore(tokens, from, k - 1) && !(scene && noTopicBefore(tokens, from, k - 1, true)))
    return null;
  // 「市といたしましては、…の整備が対象です。」: a topic that announces already says what is talked
  // about, and a second announcement reads wooden.
  if (announced(tokens, from, k - 1)) return null;
  // 効率化し、…分析できる仕組みについて、: the verbs before belong to X's modifier, and 「…仕組みが
  // 対象です。」 would leave them to be cut from it as statements of their own.
  for (let c = from + 1; c < k; c++)
    if (tokens[c]!.surface === '、' && headsNounPhrase(tokens, c)) return null;
  // 〜を踏まえ、Xについて、: the frame is said first (Xがあります。これを踏まえ、), X stays what it hangs on.
  let comma = k - 2;
  while (comma > from && tokens[comma]!.surface !== '、') comma--;
  if (comma > from && frameAt(tokens, comma)) return null;
  // 連携しながら、…選択肢について、検討する: the ながら clause hangs on the verb, not on 「…が対象です」.
  if (comma > from && ['つつ', 'ながら'].includes(tokens[comma - 1]!.surface)) return null;
  return {
    start: about.start,
    end: tokens[k]!.end,
    replacement: `が対象${polite ? 'です' : 'である'}。${several(tokens, from, k - 1) ? 'これら' : 'これ'}について、`,
  };
}

/**
 * True when the noun phrase ending at tokens[to] names several things: joined (A及びB, AやB) or
 * the last of nouns listed with 読点 (A、B、C). A 読点 after 〜ほか or 〜中 ends a clause, not an item.
 */
function several(tokens: readonly MorphToken[], from: number, to: number): boolean {
  let i = to - 1;
  while (i > from && tokens[i]!.surface !== '、') {
    if (JOINED.has(tokens[i]!.surface)) return true;
    i--;
  }
  const item = tokens[i - 1];
  return (
    tokens[i]?.surface === '、' &&
    item?.pos === '名詞' &&
    item.detail !== '副詞可能' &&
    item.detail !== '非自立' &&
    item.detail !== '代名詞'
  );
}
const JOINED = new Set(['及び', '並びに', 'や', 'および', 'ならびに']);

/** Nouns that name a law or a rule (母子保健法, 条例, 規程): no scene 「has」 one. */
const LAWS = /(?:法|法律|条例|規則|規程|政令|省令)$/u;

/** Verbs that close a sentence on a state, not an action (状況にある, 難しくなっている). */
const STATE_ENDS = new Set(['ある', 'ござる', 'なる']);

/**
 * True when the sentence after tokens[k] closes on a state (…を超える状況にある。 …難しくなっている。),
 * not on an action, under way or not (…を進めている。).
 */
function endsInState(tokens: readonly MorphToken[], k: number): boolean {
  let end = k + 1;
  while (end < tokens.length && tokens[end]!.surface !== '。') end++;
  for (let m = end - 1; m > k; m--) {
    const t = tokens[m]!;
    if (t.pos === '形容詞') return true;
    if (t.pos !== '動詞' || t.detail === '非自立') continue; // ている, ております: the verb before
    return STATE_ENDS.has(t.base);
  }
  return false;
}

/**
 * The cut at the 読点 tokens[k] that ends a framing clause, or null. `from` is the first token of
 * the sentence.
 */
export function framingCut(
  tokens: readonly MorphToken[],
  k: number,
  from: number,
  polite: boolean,
): ClauseCut | null {
  const about = subjectCut(tokens, k, from, polite);
  if (about) return about;
  const frame = frameAt(tokens, k);
  if (!frame || frame.particle - 1 <= from) return null;
  const comma = tokens[k]!;
  const particle = tokens[frame.particle]!;
  const head = tokens[frame.particle - 1]!;
  // 「これに基づき、」 as written: the particle, the verb and its て.
  const opener = `これ${words(tokens, frame.particle, k + 1)}`;
  if (frame.kind === '目的') {
    if (!frameNoun(tokens, frame.particle - 1, frame.kind)) return null;
    if (!noTopicBefore(tokens, from, frame.particle) && !documentTopic(tokens, from, frame.particle))
      return null;
    const ending = polite ? 'です' : 'である';
    return { start: particle.start, end: comma.end, replacement: `が目的${ending}。そのために、` };
  }
  if (head.surface === 'こと' && head.pos === '名詞') {
    const end = predicateEnd(tokens, frame.particle - 1, polite);
    return end ? { start: end.start, end: comma.end, replacement: `${end.text}。${opener}` } : null;
  }
  if (!frameNoun(tokens, frame.particle - 1, frame.kind)) return null;
  // 発送に向けて、4月には…超える状況にある: before a state に向けて is "in the run-up to"; 「発送を
  // 目指す。そのために、…状況にある。」 would make the state the means.
  if (frame.kind === '向ける' && endsInState(tokens, k)) return null;
  if (frame.kind === '向ける' || (frame.kind === 'ため' && noTopicBefore(tokens, from, frame.particle, true)))
    return {
      start: particle.start,
      end: comma.end,
      replacement: polite ? 'を目指します。そのために、' : 'を目指す。そのために、',
    };
  const rests = RESTS_ON.get(frame.kind);
  if (rests && documentTopic(tokens, from, frame.particle))
    return {
      start: particle.start,
      end: comma.end,
      replacement: `${particle.surface}${rests}${polite ? 'です' : 'である'}。`,
    };
  if (!noTopicBefore(tokens, from, frame.particle, true)) return null;
  // 本町では、母子保健法に基づき、: 「本町では、母子保健法がある。」 says the town has the law; a scene
  // keeps only what is there (計画, 指針 as its own).
  if (LAWS.test(head.surface) && !noTopicBefore(tokens, from, frame.particle)) return null;
  return {
    start: particle.start,
    end: comma.end,
    replacement: `${polite ? 'があります' : 'がある'}。${opener}`,
  };
}
