/**
 * Passive → active: 「計画の見直しが検討されている」 hides who is doing it. The rewrite makes the verb
 * active and leaves the doer as a blank the author must fill: 「計画の見直しを【要記入：主語】が検討している」.
 * The object keeps its place (Japanese allows object-before-subject), so the change stays local:
 * が becomes を, は stays as the topic, and 【要記入：主語】が goes right before the verb.
 * Left alone: a doer already named (市により, 国において, 事業者から …), honorific passives of people
 * (市長が出席される), and intransitive nouns that cannot take an object (人口が減少される).
 */
import { NOUN_CHAR, type PhrasePattern } from './helpers';

/** The blank the author fills with who acts (the municipality, a department, the company …). */
export const SUBJECT_BLANK = '【要記入：主語】';

/** Verb forms after the passive stem, and how each reads in the active voice. */
type Form = 'る' | 'ます' | 'ている' | 'ています' | 'ていた' | 'ていました' | 'た' | 'ました';
const FORMS = 'ている|ています|ていた|ていました|る|ます|た|ました';

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
    case 'ていた':
      return `${v.te}いた`;
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

/** Common 和語 verbs of municipal prose in their passive stem (行われ …) and active forms. */
const VERBS: Record<string, ActiveVerb> = {
  行われ: { plain: '行う', stem: '行い', te: '行って', past: '行った' },
  進められ: { plain: '進める', stem: '進め', te: '進めて', past: '進めた' },
  図られ: { plain: '図る', stem: '図り', te: '図って', past: '図った' },
  設けられ: { plain: '設ける', stem: '設け', te: '設けて', past: '設けた' },
  示され: { plain: '示す', stem: '示し', te: '示して', past: '示した' },
  定められ: { plain: '定める', stem: '定め', te: '定めて', past: '定めた' },
  講じられ: { plain: '講じる', stem: '講じ', te: '講じて', past: '講じた' },
  取り組まれ: { plain: '取り組む', stem: '取り組み', te: '取り組んで', past: '取り組んだ' },
};

/** Nouns that take no object: a passive of these is honorific or an error, not a hidden doer. */
const INTRANSITIVE =
  /(?:出席|参加|到着|発生|増加|減少|移行|定着|成長|進展|低下|上昇|出発|帰国|在籍|所属|存在|活躍|来庁|登庁|就任|退任|参画|協力)$/u;
/** A doer named just before: 市により, 国において, 事業者から, 委員会で. */
const NAMED_DOER = /(?:により|によって|において|から|にて)[^。、\n]{0,24}$/u;
/** People whose actions are described with honorific れる (市長が出席される, 議員が質問される). */
const PERSON = /(?:長|員|者|様|氏|先生|官)$/u;

function rewriteMatch(m: RegExpExecArray, verb: ActiveVerb, noun: string): string | null {
  const [, particle = '', , form] = m;
  const before = m.input.slice(Math.max(0, m.index - 40), m.index);
  if (NAMED_DOER.test(before) || INTRANSITIVE.test(noun)) return null;
  if (particle === 'が' && PERSON.test(before)) return null;
  const objectParticle = particle === 'が' ? 'を' : particle;
  return `${objectParticle}${SUBJECT_BLANK}が${activeForm(verb, form as Form)}`;
}

/** The passive patterns the passive-hedge rule adds (each fix turns one passive verb active). */
export const PASSIVE_PATTERNS: readonly PhrasePattern[] = [
  {
    // 見直しが検討されている, 計画は策定された, 説明会で周知されます
    re: new RegExp(
      `(が|は)?(?<![\\p{sc=Han}ー])(${NOUN_CHAR}{2,8})され(${FORMS})(?=[。、．，\\n]|ところ|$)`,
      'gu',
    ),
    advice: '誰がするのか分かりません。「（誰）が〜する」と能動の形で書きましょう。',
    rewrite: (m) => {
      const noun = m[2]!;
      if (!/\p{sc=Han}{2}$/u.test(noun)) return null;
      return rewriteMatch(m, sahen(noun), noun);
    },
  },
  {
    // 取組が進められている, 説明会が行われた
    re: new RegExp(`(が|は)?(${Object.keys(VERBS).join('|')})(${FORMS})(?=[。、．，\\n]|ところ|$)`, 'gu'),
    advice: '誰がするのか分かりません。「（誰）が〜する」と能動の形で書きましょう。',
    rewrite: (m) => rewriteMatch(m, VERBS[m[2]!]!, m[2]!),
  },
];
