/**
 * What the municipality's own text already says about the fields a company decides on: the budget,
 * the period, what the city offers, how success is measured, whom to contact, who has the problem
 * and who decides. A call for proposals
 * states these in its prose (「委託上限額は12,800千円とする。」) more often than in separate fields, so
 * readiness credits them and the brief quotes them. Cues are general shapes of such sentences — an
 * amount in 円 beside a word for a limit or a cost, a date beside から・まで・期間 — not phrases of one text.
 */
import type { TextField } from './extract';
import { glossaryMatcher } from './matcher';
import { isFootnoteLine } from './ownNotes';
import { isSectionLabelAt } from './sectionLabels';
import { isTableRow } from './tableRows';
import { maskText, segment } from './text';

/** Fields a sentence of the text can answer. */
export type CueField = Extract<
  TextField,
  'budget' | 'schedule' | 'offer' | 'successMeasure' | 'contact' | 'constraints' | 'affected'
>;

/** What a sentence can answer: a field, or who decides (which has no field of its own). */
export type CueKey = CueField | 'decisionMaker';

/** The first sentence of the text that answers each field it answers. */
export type TextCues = Partial<Record<CueKey, string>>;

/** An amount of money: 12,800千円, 150万円, 1.2億円, ５００円. */
const AMOUNT = /[0-9０-９][0-9０-９,，.．]*\s*(?:円|千円|万円|億円)/u;
/**
 * What makes an amount the project's money, not a figure of the background: a limit, a budget, a
 * price or a plan (繰出金として8,000万円を支出, 費用は年3,000万円に上る are what the city spends today).
 */
const BUDGET_WORD =
  /上限|限度|予算|委託料|事業費|見積|提案額|契約金額|報酬|対価|税込|税抜|消費税を含|を想定|を見込/u;
/**
 * Who bears the cost, even without an amount (実証期間中の費用は企業負担とする), or in what share
 * (補助率2分の1以内で補助する: a plan's offer of money, never data on the problem).
 */
const COST_BEARING =
  /(?:補助率|負担率|負担割合)[^。]{0,6}(?:[0-9０-９一二三四五六七八九十]+分の|[0-9０-９]+\s*(?:[％%]|割))|(?:費用|経費|委託料|実費)[^。]{0,30}負担|(?:企業|事業者|提案者|受託者|市|町|村)の?負担(?:と|で|に)|無償で(?:実施|行|協力)/u;

/** A point in time a company can plan with: 令和9年7月1日, 2027年9月, 9月, 4か月間, 年度内. */
const WHEN =
  /(?:令和|平成|R)\s*[0-9０-９元]+\s*年|[0-9０-９]{4}\s*[年/-]|[0-9０-９]{1,2}\s*月|[0-9０-９]+\s*(?:か月|ヶ月|カ月|箇月|週間|日間)|年度(?:内|末|中)/u;
/**
 * What makes a date the project's time, not a fact of the past (令和7年度において11件): a range from or
 * to a date, or a word for a period, a deadline or a plan.
 */
// No figure between the date and から: 「令和2年の18,400人から」 is a change in numbers, not a period.
const RANGE = new RegExp(`(?:${WHEN.source})[^。、0-9０-９]{0,12}?(?:から|まで|[〜～])`, 'u');
const PERIOD_WORD =
  /期間(?:は|中|：|:)|[か箇ヶカ]月間|期限|締切|締め切り|予定|開始|を目途|目処|スケジュール/u;

/**
 * The city giving or lending something (データを提供する, 公用車を貸与する, 職員が同行する) as a
 * predicate — not a company's 提供するサービス, which is a noun phrase's modifier.
 */
const OFFER_VERB =
  /(?:提供|貸与|貸し出|貸出|無償貸付|紹介|同行|開放|便宜を図)(?:し|する|します|いたし|いたす|できる|できます|を予定|予定)(?!(?:る|ます)?(?:事業者|企業|者|サービス|もの|こと))/u;
/** A sentence about what the company provides is no offer of the city. */
const COMPANY_DOES = /(?:事業者|企業|受託者|提案者|応募者|民間)(?:が|は|の側で)/u;

/** Named measures of success, or a target the project aims at. */
const MEASURE =
  /成果指標|評価指標|成果目標|数値目標|目標値|KPI|ＫＰＩ|を目標とする|を目標とします|を目指す|を目指します/u;

/** A phone number or an e-mail address: the text says whom to ask. */
const CONTACT = /[0-9０-９]{2,5}[-－‐ー][0-9０-９]{1,4}[-－‐ー][0-9０-９]{3,4}|[\w.+-]+@[\w-]+\.[\w.-]+/u;

/**
 * Who may apply, or what the company must meet (応募資格, 〜を有する者, 〜に該当する法人, 〜に該当しない
 * 者であることを応募の条件とする).
 */
const ELIGIBILITY =
  /応募資格|参加資格|応募要件|参加要件|(?:応募|参加)の?条件|に該当しない(?:者|事業者|法人|こと)|応募できる(?:者|のは|事業者)|提案できる(?:者|のは)|(?:を有する|に該当する|を(?:全て|すべて)?満たす)(?:者|事業者|法人|こと)/u;

/** People a municipal problem happens to: residents, users, producers, staff … */
const PEOPLE =
  /高齢者|障害者|障がい者|利用者|児童|生徒|学生|保護者|子ども|こども|乳幼児|妊産婦|子育て世帯|世帯|住民|市民|町民|村民|農家|農業者|漁業者|生産者|事業者|中小企業|商店|来訪者|観光客|患者|要介護|ひとり暮らし|外国人|通勤|通学|職員|運転手|ドライバー|担い手|乗客|家族|介護者|若者|所有者|入居者|従業員|就業者|求職者|教員|保育士/u;
/** What having a problem looks like in a sentence. */
const HARDSHIP =
  /困って|困難|負担(?:が|感|となって|を感じ|の増)|不安|不便|不足|苦慮|悩|できない|できず|できていない|難しい|支障|孤立|足りない|届かない|深刻|追いつかない|ひっ迫|逼迫|減少|高齢化|離職|待機/u;
/** A requirement or a request to the company (〜を含めること。〜を歓迎する。) states no one's problem. */
const ASKS =
  /(?:こと|とする|ものとする|を求める|を求めます|を歓迎する|を歓迎します|を募集する|を募集します)。?$/u;

/**
 * Who decides: a body or the city choosing a company, a proposal or the adoption (市は…実施事業者を
 * 選定し, 審査委員会において採択者を決定する, 本格導入の可否は市が判断する) — all three in one sentence,
 * because 市が判断する alone is as often the danger level of a flood as the project.
 */
const DECIDER = /委員会|市長|町長|村長|区長|庁議|議会の議決|[市町村区県](?:は|が|で|において)/u;
const DECISION_OBJECT = /事業者|提案者|受託者|採択者|相手方|提案|導入|採用|本格実施|実施の可否|継続の可否/u;
/** The choosing itself (選定する, 決定し, 審査の上), not a past choice (採択された提案者と…). */
const DECIDES = /(?:選定|採択|決定|判断|決裁|選考|特定)(?:し|する|します|いたし|を行)/u;
/** 「…判断するための情報提供についても提案を歓迎する」 asks for a proposal; it names no decider. */
const REQUEST = /を歓迎|を求め|を募集/u;

/** A sentence that points at a table under it: 「経費の上限額は、次のとおりとする。」 */
const POINTS_AT_TABLE = /次のとおり|以下のとおり|下表|次表|別表/u;

/**
 * A sentence as read for cues: its words, and what it states with the table it points at (the amounts
 * of 「上限額は、次のとおりとする。」 are in the table's rows).
 */
interface CueSentence {
  text: string;
  states: string;
}

const states = (s: CueSentence) => s.states;

const CUES: readonly { field: CueKey; test: (sentence: CueSentence) => boolean }[] = [
  { field: 'budget', test: (s) => statesAmount(s) || COST_BEARING.test(s.text) },
  { field: 'schedule', test: (s) => RANGE.test(s.text) || (WHEN.test(s.text) && PERIOD_WORD.test(s.text)) },
  { field: 'offer', test: (s) => OFFER_VERB.test(s.text) && !COMPANY_DOES.test(s.text) },
  { field: 'successMeasure', test: (s) => MEASURE.test(s.text) },
  { field: 'contact', test: (s) => CONTACT.test(s.text) },
  { field: 'constraints', test: (s) => ELIGIBILITY.test(s.text) },
  { field: 'affected', test: (s) => PEOPLE.test(s.text) && HARDSHIP.test(s.text) && !ASKS.test(s.text) },
  {
    field: 'decisionMaker',
    test: ({ text: s }) => DECIDER.test(s) && DECISION_OBJECT.test(s) && DECIDES.test(s) && !REQUEST.test(s),
  },
];

/** Whether `sentence` (alone, no table under it) answers `field` as findTextCues reads it. */
export function answers(field: CueKey, sentence: string): boolean {
  return CUES.find((c) => c.field === field)!.test({ text: sentence, states: sentence });
}

/** An amount beside a budget word: the project's money, in the sentence or the table it points at. */
function statesAmount(s: CueSentence): boolean {
  return AMOUNT.test(states(s)) && BUDGET_WORD.test(s.text);
}

/**
 * The text's sentences (a 。 inside brackets ends none). Headings say nothing yet, nor do section
 * names written without Markdown (５．応募資格); a row of a table is no sentence (its figures are no
 * budget or period, except for the sentence that points at it); a term's explanation (「計上とは、…」,
 * 「※計上：…」) neither.
 */
function sentencesOf(text: string): CueSentence[] {
  const matcher = glossaryMatcher();
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const line = (start: number, end: number) => text.slice(lineStart(start), end);
  return segment(text, maskText(text))
    .sentences.filter(
      (s) =>
        s.kind !== 'heading' &&
        !isFootnoteLine(line(s.start, s.end), matcher) &&
        !isSectionLabelAt(text, s.start),
    )
    .map((s) => ({ text: s.text.trim(), states: s.text.trim() + tableAfter(text, s.text, s.end) }))
    .filter((s) => s.text !== '' && !isTableRow(s.text) && !/^[^、。]{1,40}とは、/u.test(s.text));
}

/** The rows of the table right under a sentence that points at one, else ''. */
function tableAfter(text: string, sentence: string, end: number): string {
  if (!POINTS_AT_TABLE.test(sentence)) return '';
  const rows: string[] = [];
  for (const row of text
    .slice(end)
    .replace(/^[^\n]*\n/, '')
    .split('\n')) {
    if (!isTableRow(row)) break;
    rows.push(row);
  }
  return rows.length ? `\n${rows.join('\n')}` : '';
}

/**
 * How much of the text is read for cues. Readiness is scored on the main thread as the author types;
 * a call states its terms in its first pages, and a 240,000-character paste took 140–430 ms here.
 */
export const MAX_CUE_CHARS = 20_000;

/** For each field the text answers, the first sentence that answers it (within `MAX_CUE_CHARS`). */
export function findTextCues(text: string): TextCues {
  const found: TextCues = {};
  let open = CUES.length;
  // Who bears the cost (「予算の範囲内において町が負担する」) answers the budget only when no sentence
  // states the amount: a company asks how much first.
  let bearing: string | undefined;
  for (const sentence of sentencesOf(text.slice(0, MAX_CUE_CHARS))) {
    for (const { field, test } of CUES) {
      if (found[field] !== undefined || !test(sentence)) continue;
      if (field === 'budget' && !statesAmount(sentence)) {
        bearing ??= sentence.text;
        continue;
      }
      found[field] = sentence.text;
      open--;
    }
    if (open === 0) break;
  }
  if (found.budget === undefined && bearing !== undefined) found.budget = bearing;
  return found;
}
