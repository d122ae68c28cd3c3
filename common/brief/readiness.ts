/**
 * Readiness: what a company still cannot know from the issue (and brief). Each check has a weight;
 * the weights sum to 100 and follow what companies ask first in co-creation calls: what is the
 * problem and how big is it, is there money, when, and who decides.
 *
 *   problem 15 · numbers 15 · budget 15 · affected 10 · schedule 10 · successMeasure 10 · offer 10
 *   contact 5 · decisionMaker 5 · eligibility 5
 */
import type { IssueFields } from '../records/types';
import { extractIssueFields, stripPlaceholders, type TextField } from './extract';
import { DEFAULT_LOCALE, say, type BriefLocale, type Message } from './messages/message';
import { readinessMessages as M } from './messages/readiness';
import { bodyFor, type LocalBody } from './localBody';
import { findTextCues, type CueKey, type TextCues } from './textCues';

/** Something a company cannot yet know, and the issue field that fixes it. */
export interface MissingItem {
  /** Stable key (`budget`, `schedule` …) — what the headless checker prints. */
  key: string;
  /** Shown to the user, in the locale asked for (Japanese by default). */
  label: string;
  field: keyof IssueFields;
}

/**
 * A check the issue's fields leave open but a sentence of the text answers: credited, and shown
 * with the sentence so the author can see what was read and still fill the field.
 */
export interface FoundInText {
  key: string;
  field: keyof IssueFields;
  sentence: string;
}

export interface Readiness {
  /** 0..100 */
  score: number;
  missing: MissingItem[];
  /** Checks credited from the text rather than from their field, in check order. */
  fromText: FoundInText[];
  /** The body the issue is written by (its municipality's, else the text's): what a UI names it. */
  body: LocalBody;
}

/** A number with a unit a company can size a market with (2,340世帯, 400時間, 34.2%, 4,800万円). */
const NUMBER_WITH_UNIT =
  /[0-9０-９][0-9０-９,，.．]*\s*(?:%|％|割|倍|人|名|件|世帯|戸|円|万円|億円|千円|万|時間|分|日|か月|ヶ月|カ月|年|歳|校|施設|台|回|km|ｋｍ|ha|t|トン|ポイント|箇所|か所|頭)/;
const DATE =
  /(?:令和|平成|R)\s*[0-9０-９元]+\s*年|[0-9０-９]{4}\s*[年/-]|[0-9０-９]{1,2}\s*月|年度(?:内|末|中)|上半期|下半期|四半期|[0-9０-９]+\s*(?:か月|ヶ月|カ月|週間)/;
const UNDECIDED = /^(?:未定|検討中|調整中|不明|未確定|なし|特になし|-|ー)[。.\s]*$/;
const DECISION_MAKER = /課長|部長|局長|市長|町長|村長|区長|知事|首長|決裁|責任者|意思決定|決定権/;

interface Check {
  key: string;
  field: TextField;
  weight: number;
  label: Message<never>;
  ok(f: Record<TextField, string>): boolean;
  /** The text cue that also answers this check when its field is empty. */
  cue?: CueKey;
}

const filled = (s: string) => s.trim() !== '' && !UNDECIDED.test(s.trim());

const CHECKS: readonly Check[] = [
  {
    key: 'problem',
    field: 'rawText',
    weight: 15,
    label: M.problem,
    ok: (f) => f.rawText.replace(/\s/g, '').length >= 20,
  },
  {
    key: 'numbers',
    field: 'evidence',
    weight: 15,
    label: M.numbers,
    ok: (f) => NUMBER_WITH_UNIT.test(f.evidence) || NUMBER_WITH_UNIT.test(f.rawText),
  },
  {
    key: 'budget',
    field: 'budget',
    weight: 15,
    label: M.budget,
    ok: (f) => filled(f.budget),
    cue: 'budget',
  },
  {
    key: 'affected',
    field: 'affected',
    weight: 10,
    label: M.affected,
    ok: (f) => filled(f.affected),
    cue: 'affected',
  },
  {
    key: 'schedule',
    field: 'schedule',
    weight: 10,
    label: M.schedule,
    ok: (f) => DATE.test(f.schedule),
    cue: 'schedule',
  },
  {
    key: 'successMeasure',
    field: 'successMeasure',
    weight: 10,
    label: M.successMeasure,
    ok: (f) => filled(f.successMeasure),
    cue: 'successMeasure',
  },
  {
    key: 'offer',
    field: 'offer',
    weight: 10,
    label: M.offer,
    ok: (f) => filled(f.offer),
    cue: 'offer',
  },
  {
    key: 'contact',
    field: 'contact',
    weight: 5,
    label: M.contact,
    ok: (f) => filled(f.contact) || filled(f.department),
    cue: 'contact',
  },
  {
    key: 'decisionMaker',
    field: 'contact',
    weight: 5,
    label: M.decisionMaker,
    ok: (f) => DECISION_MAKER.test(f.contact) || DECISION_MAKER.test(f.constraints),
    cue: 'decisionMaker',
  },
  {
    key: 'eligibility',
    field: 'constraints',
    weight: 5,
    label: M.eligibility,
    ok: (f) => filled(f.constraints),
    cue: 'constraints',
  },
];

const TEXT_FIELDS: readonly TextField[] = [
  'title',
  'department',
  'municipalityName',
  'rawText',
  'affected',
  'evidence',
  'offer',
  'constraints',
  'budget',
  'schedule',
  'contact',
  'successMeasure',
];

/** Issue fields first; what the brief body says fills what they leave out. Placeholders never count. */
function mergeFields(issue: Partial<IssueFields>, briefBody: string | undefined): Record<TextField, string> {
  const fromBody = briefBody ? extractIssueFields(briefBody) : {};
  const out = {} as Record<TextField, string>;
  for (const key of TEXT_FIELDS) {
    const parts = [issue[key], fromBody[key]].map((v) => stripPlaceholders(typeof v === 'string' ? v : ''));
    out[key] = parts.filter((p) => p !== '').join('\n');
  }
  return out;
}

/** The text a company reads: the accepted rewrite when there is one, else the original (and the brief's). */
function textCues(issue: Partial<IssueFields>, fields: Record<TextField, string>): TextCues {
  return findTextCues(issue.companyText?.trim() ? issue.companyText : fields.rawText);
}

/**
 * Scores how much a company can already know (0..100) and lists what is missing, heaviest first
 * (labelled in `locale`, of the issue's body: 「町が提供できるもの」 for a 町's issue).
 * A check whose field is empty is still met when a sentence of the text answers it (`fromText`).
 */
export function scoreReadiness(
  issue: Partial<IssueFields>,
  briefBody?: string,
  locale: BriefLocale = DEFAULT_LOCALE,
): Readiness {
  const fields = mergeFields(issue, briefBody);
  const cues = textCues(issue, fields);
  const municipality = issue.municipalityName || fields.municipalityName.split('\n')[0];
  const voice = { locale, body: bodyFor(fields.rawText, municipality) };
  let score = 0;
  const missing: MissingItem[] = [];
  const fromText: FoundInText[] = [];
  for (const check of CHECKS) {
    const sentence = check.cue ? cues[check.cue] : undefined;
    if (check.ok(fields)) score += check.weight;
    else if (sentence !== undefined) {
      score += check.weight;
      fromText.push({ key: check.key, field: check.field, sentence });
    } else missing.push({ key: check.key, label: say(voice, check.label), field: check.field });
  }
  return { score, missing, fromText, body: voice.body };
}

/** The checks' keys and weights, for a UI legend and for docs. */
export const READINESS_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  CHECKS.map((c) => [c.key, c.weight]),
);
