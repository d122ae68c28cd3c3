/**
 * Passive → active: 「計画の見直しが検討されている」 hides who is doing it. The rewrite makes the verb
 * active and leaves the doer as a blank the author must fill: 「計画の見直しを【要記入：主語】が検討している」.
 * The object keeps its place (Japanese allows object-before-subject), so the change stays local:
 * が becomes を, は stays as the topic, and 【要記入：主語】が goes right before the verb.
 * Left alone: a doer already named (市により, 国において, 事業者から …), honorific passives of people
 * (市長が出席される), and intransitive nouns that cannot take an object (人口が減少される).
 */
import { passiveHedgeMessages as M } from '../messages/style';
import { NOUN_CHAR, type PhrasePattern } from './helpers';

/** The blank the author fills with who acts (the municipality, a department, the company …). */
export const SUBJECT_BLANK = '【要記入：主語】';

/** Verb forms after the passive stem, and how each reads in the active voice. */
type Form =
  | 'る'
  | 'ます'
  | 'ている'
  | 'ています'
  | 'ております'
  | 'ていた'
  | 'ていました'
  | 'ておりました'
  | 'た'
  | 'ました';
// ております is ています's humble form (予定されております): a text made plain reads it as ている.
const FORMS = 'ている|ています|ております|ていた|ていました|ておりました|る|ます|た|ました';

interface ActiveVerb {
  plain: string;
  stem: string;
  te: string;
  past: string;
}

function activeForm(v: ActiveVerb, form: Form): string {
  switch (form) {
    case 'る':
      return v.plain;
    case 'ます':
      return `${v.stem}ます`;
    case 'ている':
      return `${v.te}いる`;
    case 'ています':
      return `${v.te}います`;
    case 'ております':
      return `${v.te}おります`;
    case 'ていた':
      return `${v.te}いた`;
    case 'ておりました':
      return `${v.te}おりました`;
    case 'ていました':
      return `${v.te}いました`;
    case 'た':
      return v.past;
    case 'ました':
      return `${v.stem}ました`;
  }
}

const sahen = (noun: string): ActiveVerb => ({
  plain: `${noun}する`,
  stem: `${noun}し`,
  te: `${noun}して`,
  past: `${noun}した`,
});

/** 五段 endings: dictionary form → [passive (未然形), 連用形, て-form ending]. */
const GODAN: Record<string, [string, string, string]> = {
  う: ['わ', 'い', 'って'],
  く: ['か', 'き', 'いて'],
  ぐ: ['が', 'ぎ', 'いで'],
  す: ['さ', 'し', 'して'],
  つ: ['た', 'ち', 'って'],
  ぬ: ['な', 'に', 'んで'],
  ぶ: ['ば', 'び', 'んで'],
  む: ['ま', 'み', 'んで'],
  る: ['ら', 'り', 'って'],
};

/** A verb's passive stem and active forms: 一段 (定める → 定められ) or 五段 (置く → 置かれ). */
function conjugate(plain: string, ichidan: boolean): [string, ActiveVerb] {
  const stemOf = plain.slice(0, -1);
  if (ichidan) return [`${stemOf}られ`, { plain, stem: stemOf, te: `${stemOf}て`, past: `${stemOf}た` }];
  const [mizen, renyo, te] = GODAN[plain.slice(-1)]!;
  const teForm = `${stemOf}${te}`;
  const past = teForm.replace(/て$/u, 'た').replace(/で$/u, 'だ');
  return [`${stemOf}${mizen}れ`, { plain, stem: `${stemOf}${renyo}`, te: teForm, past }];
}

/**
 * 和語 verbs of municipal prose whose passive hides who acts (取組が進められている, 基準が定められた).
 * Listed, not derived from any られ/れ: 生まれる, 含まれる, 限られる, 見られる, 得られる read as
 * passives by their shape but say what is, not what somebody does.
 */
const ICHIDAN_VERBS = [
  '進める',
  '定める',
  '設ける',
  '講じる',
  '認める',
  '位置付ける',
  '位置づける',
  '用いる',
  '掲げる',
  '届ける',
  '集める',
  '整える',
  '取り上げる',
  '支える',
  '委ねる',
  '加える',
  '改める',
  '受け付ける',
  '取りまとめる',
  '決める',
  '伝える',
  '据える',
];
const GODAN_VERBS = [
  '行う',
  '図る',
  '示す',
  '取り組む',
  '置く',
  '開く',
  '選ぶ',
  '作る',
  '配る',
  '組む',
  '守る',
  '結ぶ',
  '使う',
  '扱う',
  '払う',
  '担う',
  '課す',
  '付す',
  '見直す',
  '打ち出す',
  '引き継ぐ',
  '取り扱う',
  '出す',
  '造る',
  '執り行う',
  '繰り越す',
  '洗い出す',
  '話し合う',
];

const VERBS: Record<string, ActiveVerb> = Object.fromEntries([
  ...ICHIDAN_VERBS.map((v) => conjugate(v, true)),
  ...GODAN_VERBS.map((v) => conjugate(v, false)),
]);

/** Nouns that take no object: a passive of these is honorific or an error, not a hidden doer. */
const INTRANSITIVE =
  /(?:出席|参加|到着|発生|増加|減少|移行|定着|成長|進展|低下|上昇|出発|帰国|在籍|所属|存在|活躍|来庁|登庁|就任|退任|参画|協力)$/u;
/**
 * A doer named just before: 市により, 国において, 事業者から, 委員会で. において names one only where
 * the で the redundant rule makes of it does (国において → 国で): 令和5年度において is a time, and a
 * passive left alone beside it would be made active by a second rewrite, after 令和5年度で.
 */
const NAMED_DOER =
  /(?:により|によって|から|にて|(?:国|県|府|都|道|市|町|村|区|省|庁|委員会|協議会|審議会|機構|事業者)(?:で|において))[^。、\n]{0,24}$/u;
/**
 * A doer named further back, across a 読点: 鉄道事業者から…に対し、…意向が示された; 区長会では、…意見が
 * 出された; 振興計画でも、…課題と位置付けられている (the plan's authors). A time or place with から
 * (令和6年度から, 駅から) names none: only a body or a person does, and not before の (市民からの通報); nor a venue (報告会で公表される)
 * unless it is the topic (区長会では) or a meeting (調整会議で).
 */
const NAMED_DOER_AFAR =
  /(?:(?:者|会|団体|住民|市民|国|県|省|庁|企業|法人|機関|組合)から(?!の)|会(?:で|において)(?:は|も)|(?:会議|計画|方針|戦略|指針|大綱)(?:で|において)(?:は|も)?)[^。\n]{0,80}$/u;
/** A law takes effect (認知症基本法が施行された): no doer is hidden, so no blank is wanted. */
const LAW_IN_FORCE = /(?:法|条例|規則|政令|省令)$/u;
/** A time with に (令和6年度に, 3月に, 開催時に): not the doer of the passive after it. */
const TIME_NI = /(?:年度|年|月|日|時|期|際|後|前|中|内|頃|週|[0-9０-９])に$/u;
/** People whose actions are described with honorific れる (市長が出席される, 議員が質問される). */
const PERSON = /(?:長|員|者|様|氏|先生|官)$/u;

function rewriteMatch(m: RegExpExecArray, verb: ActiveVerb, noun: string): string | null {
  const [, particle = '', , form] = m;
  const before = m.input.slice(Math.max(0, m.index - 40), m.index);
  if (NAMED_DOER.test(before) || INTRANSITIVE.test(noun)) return null;
  if (NAMED_DOER_AFAR.test(m.input.slice(Math.max(0, m.index - 100), m.index))) return null;
  if (/^(?:施行|公布)$/u.test(noun) && LAW_IN_FORCE.test(before)) return null;
  if (particle === 'が' && PERSON.test(before)) return null;
  // 地域に支えられている: に before a bare passive may name the doer (or a place); a time
  // (令和6年度に策定された) does not.
  if (particle === '' && before.endsWith('に') && !TIME_NI.test(before)) return null;
  // 共同化が選択肢として示されている: the subject stands apart from the verb, and 【要記入：主語】が
  // would give the clause a second が (not after と: 〜が85歳以上となる年には…を超えると推計される
  // quotes a clause, whose が is its own).
  if (particle === '' && /が[^、。]*$/u.test(before) && !before.endsWith('と')) return null;
  const objectParticle = particle === 'が' ? 'を' : particle;
  return `${objectParticle}${SUBJECT_BLANK}が${activeForm(verb, form as Form)}`;
}

/** The passive patterns the passive-hedge rule adds (each fix turns one passive verb active). */
export const PASSIVE_PATTERNS: readonly PhrasePattern[] = [
  {
    // 取組が進められている, 説明会が行われた, 基準が定められた (first: 見直され is a verb, not a サ変 noun)
    re: new RegExp(
      `(が|は)?(?<![\\p{sc=Han}々ー])(${Object.keys(VERBS).join('|')})(${FORMS})(?=[。、．，\\n]|ところ|$)`,
      'gu',
    ),
    advice: M.passive,
    rewrite: (m) => rewriteMatch(m, VERBS[m[2]!]!, m[2]!),
  },
  {
    // 見直しが検討されている, 計画は策定された, 説明会で周知されます; never from inside a number
    // (年間約140件確認されている is a count, not the noun 40件確認)
    re: new RegExp(
      `(が|は)?(?<![\\p{sc=Han}ー0-9０-９])(${NOUN_CHAR}{2,8})され(${FORMS})(?=[。、．，\\n]|ところ|$)`,
      'gu',
    ),
    advice: M.passive,
    rewrite: (m) => {
      const noun = m[2]!;
      if (!/\p{sc=Han}{2}$/u.test(noun)) return null;
      // 約420か所確認されている: 所 is the counter of か所, not part of the noun.
      if (noun.startsWith('所') && /[かカヶケ]$/u.test(m.input.slice(0, m.index))) return null;
      return rewriteMatch(m, sahen(noun), noun);
    },
  },
];
