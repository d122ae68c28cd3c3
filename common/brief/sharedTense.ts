/**
 * A verb in its continuative form (増加し、 進め、 行い、) has no tense of its own: it takes the tense
 * and aspect of the predicate that closes its clause. 「相談件数は約1.4倍に増加し、対応が増えています。」
 * says the count has risen; cut as 「増加します。」 it would say it will. The cut gives the verb the
 * closing predicate's tense: 増加しています (under way), 増加しました (past), 増加します (otherwise).
 */
import type { MorphToken } from './morph';
import { politeVerb } from './morph';

/** planned: the clause closes on a plan (〜する予定です): what is joined to it is planned too. */
export type Tense = 'present' | 'progressive' | 'past' | 'planned';

/** The noun that closes a predicate as a plan (定める予定です); 見込み is an estimate, no plan. */
const PLANS = new Set(['予定']);

const isTe = (t: MorphToken | undefined) => t?.pos === '助詞' && (t.surface === 'て' || t.surface === 'で');

/** Verbs that state what is (ある): 「課題があっています」 is no Japanese, so no progressive. */
const STATES = new Set(['ある', 'ござる']);
/**
 * Verbs that say what something is or has, whatever the tense after them (町並みを有し、…回復した is
 * no past having), and ている／ておる, whose state is the present one (協議が継続されており、…示された).
 */
const TIMELESS = new Set(['有す', '有する', '持つ', '異なる', 'いる', 'おる']);
/** サ変 nouns that say where or what something is (市の北部に位置し、 海に面し、). */
const TIMELESS_SAHEN = new Set(['位置', '面', '接', '隣接', '該当', '相当', '存在', '所在', '所属']);

/** 五段 endings → the te-form ending (行う → 行って, 進む → 進んで, 置く → 置いて). */
const GODAN_TE: Record<string, string> = {
  う: 'って',
  つ: 'って',
  る: 'って',
  く: 'いて',
  ぐ: 'いで',
  す: 'して',
  ぬ: 'んで',
  ぶ: 'んで',
  む: 'んで',
};

/** The te-form of a verb in its dictionary form (増加する → 増加して, 行く → 行って); null if unsure. */
export function teForm(base: string, conjugation: string): string | null {
  if (conjugation.startsWith('サ変')) return base.endsWith('する') ? `${base.slice(0, -2)}して` : null;
  if (conjugation.startsWith('一段')) return base.endsWith('る') ? `${base.slice(0, -1)}て` : null;
  if (!conjugation.startsWith('五段')) return null;
  if (base.endsWith('行く')) return `${base.slice(0, -1)}って`;
  const te = GODAN_TE[base.slice(-1)];
  return te ? `${base.slice(0, -1)}${te}` : null;
}

/** What may follow a predicate's verb to its 。 (ところ, です, でございます, ます): no tense of its own. */
const CLOSERS = new Set(['ところ', 'です', 'で', 'ござい', 'ござる', 'ます', 'ある', 'あり']);

/**
 * The tense of the predicate that closes the clause after the 読点 tokens[k]: the next 。, or a 読点
 * after a conjunctive particle that ends a clause (〜ているが、 〜したので、; not the て of a chain).
 * Past when it ends in た (した, しました, したところです), progressive in ている／ております.
 */
export function closingTense(tokens: readonly MorphToken[], k: number): Tense {
  let m = k + 1;
  for (; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.surface === '。') break;
    const before = tokens[m - 1]!;
    if (t.surface === '、' && before.detail === '接続助詞' && !['て', 'で'].includes(before.surface)) {
      m--; // the particle is no part of the predicate
      break;
    }
    // 設置しており、: the state the clause ends in is the tense of what was joined to it.
    if (t.surface === '、' && ['おる', 'いる'].includes(before.base) && isTe(tokens[m - 2]))
      return 'progressive';
    // 〜ておりますことから、 〜ているため、: a joint ends the clause as a conjunctive particle does.
    if (t.surface === '、' && isJointEnd(tokens, m)) {
      m -= before.surface === 'から' && tokens[m - 2]?.surface === 'こと' ? 2 : 1;
      break;
    }
  }
  let i = m - 1;
  while (i > k && CLOSERS.has(tokens[i]!.surface) && tokens[i]!.pos !== '名詞') i--;
  if (tokens[i]?.surface === 'ところ') i--; // 〜したところでございます
  const last = tokens[i];
  if (last?.pos === '名詞' && PLANS.has(last.surface) && i < m - 1) return 'planned';
  if (last?.pos === '助動詞' && last.base === 'た') return 'past';
  // 相次いだ: IPADIC may read the past after an 音便 as the copula だ.
  if (last?.surface === 'だ' && tokens[i - 1]?.pos === '動詞') return 'past';
  const te = tokens[i - 1]?.surface;
  return ['いる', 'おる'].includes(last?.base ?? '') && (te === 'て' || te === 'で')
    ? 'progressive'
    : 'present';
}

/** True when the 読点 tokens[m] follows a joint after a predicate (〜ますことから、 〜ているため、). */
function isJointEnd(tokens: readonly MorphToken[], m: number): boolean {
  const before = tokens[m - 1]!;
  const joint =
    (before.surface === 'から' && tokens[m - 2]?.surface === 'こと') ||
    (before.surface === 'ため' && before.pos === '名詞');
  if (!joint) return false;
  const p = tokens[m - (before.surface === 'から' ? 3 : 2)];
  return p?.pos === '動詞' || p?.pos === '助動詞';
}

/**
 * How the continuative verb `verb` (増加し, 進め, 行い) ends a sentence in a past, progressive or
 * planned `tense`, in the text's register; null for the present (the caller's dictionary form) and
 * for a state under way (ある stays ある). With `dictionaryForm` the verb is one before とともに／ほか
 * (見直す|とともに), which has no tense of its own either.
 */
export function verbInTense(
  verb: MorphToken,
  polite: boolean,
  tense: Tense,
  noun?: MorphToken,
  dictionaryForm = false,
): string | null {
  if (verb.pos !== '動詞' || TIMELESS.has(verb.base)) return null;
  if ((verb.surface === verb.base) !== dictionaryForm) return null;
  // The noun of a サ変 verb is a token of its own (増加|し): only する's form is built here.
  const base = verb.conjugation.startsWith('サ変') && verb.surface === 'し' ? 'する' : verb.base;
  if (base === 'する' && TIMELESS_SAHEN.has(noun?.surface ?? '')) return null;
  // 移行することとし、 上限を50万円とし、: a decision or a rule, stated in the present whatever follows.
  if (base === 'する' && noun?.surface === 'と') return null;
  const dictionary = politeVerb(base, verb.conjugation);
  if (tense === 'present' || !dictionary) return null;
  // 指定し、あわせて…定める予定です: the plan covers both actions, so the first is planned too. Only
  // a サ変 action (指定し): a state or a passive (486橋に及び、 試算され、) is no part of the plan.
  if (tense === 'planned')
    return base === 'する' && noun?.detail === 'サ変接続' ? `する予定${polite ? 'です' : 'である'}` : null;
  if (tense === 'past') return polite ? `${dictionary.slice(0, -1)}した` : pastOf(base, verb.conjugation);
  if (STATES.has(base)) return null;
  const te = teForm(base, verb.conjugation);
  return te ? `${te}${polite ? 'います' : 'いる'}` : null;
}

function pastOf(base: string, conjugation: string): string | null {
  const te = teForm(base, conjugation);
  return te ? te.replace(/て$/u, 'た').replace(/で$/u, 'だ') : null;
}
