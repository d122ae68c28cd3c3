/**
 * Which kind of local government writes a text (市, 町, 村, 区, or a prefecture), and a wording said
 * for it. Pure and free of the glossary, so the message catalogue can speak of the body too.
 */
export type LocalBody = '市' | '町' | '村' | '区' | '県' | '都' | '道' | '府';

/** A prefecture's government: its head is the 知事 and its office the 庁 (県庁, 都庁, 道庁, 府庁). */
const PREFECTURAL: ReadonlySet<LocalBody> = new Set(['県', '都', '道', '府']);

/** The bodies a text names itself as (本町, 県民 …); 都, 道 and 府 only a chosen municipality gives. */
const BODIES: readonly LocalBody[] = ['市', '町', '村', '区', '県'];

/** 本町では、当村は: the text naming itself (本町通り, 本町3丁目 are places). */
const SELF = /(?:本|当)([市町村区県])(?![0-9０-９一二三四五六七八九十]|通|丁目|駅)/gu;
/**
 * 県といたしましては, 市としては: a council answer's speaker naming the body it answers for (a 部長
 * of a 県 says 県 as the subject, never 本県). Not 市町村としては (another body's).
 */
const SPEAKS_AS = /(?<!\p{sc=Han})([市町村区県])と(?:いたしましては|しましては|しては)/gu;
/**
 * 町長, 村役場, 区議会, 県民, 知事 as words of their own — not 市区町村長, 地区長, 美里町長 (another
 * town's) or 区長文書 (a neighbourhood head's circular).
 */
const OFFICE =
  /(?<!\p{sc=Han})(?:([市町村区])(?:長(?!\p{sc=Han})|役所|役場|議会|民)|(知事|県庁|県議会|県民))/gu;

/**
 * 県内の, 県の農業試験場, 県が補助する: a prefecture's plan names itself 県 without 本 (a 市's text
 * names the 県 too, for its grants: counted only when said twice or more, at half a 本県).
 */
const PREFECTURE_SELF = /(?<!\p{sc=Han})県(?:内|の|が|は|では|として)/gu;

/** 「用語とは、…のことです。」 and 「※用語：…」: the rewrite's explanations (rewriteNotes.ts). */
const NOTES = /[^、。\n]{1,40}とは、[^。\n]*(?:です|である)。|^※[^：\n]{1,40}：[^\n]*$/gmu;

/**
 * The body the text is written by: the one it names itself most often (本町 counts double a 町長),
 * 市 when none is named or 市 ties.
 */
export function textBody(text: string): LocalBody {
  // The rewrite's own notes quote glossary wordings (市民ニーズとは、市民が求めること): they name no
  // body, and counting them would read a rewritten 町's text as a 市's on a second rewrite.
  const own = text.replace(NOTES, '');
  const score = new Map<string, number>();
  const add = (body: string, n: number) => score.set(body, (score.get(body) ?? 0) + n);
  for (const m of own.matchAll(SELF)) add(m[1]!, 2);
  for (const m of own.matchAll(SPEAKS_AS)) add(m[1]!, 2);
  for (const m of own.matchAll(OFFICE)) add(m[1] ?? '県', 1);
  const prefecture = [...own.matchAll(PREFECTURE_SELF)].length;
  if (prefecture >= 2) add('県', prefecture / 2);
  let best: LocalBody = '市';
  for (const body of BODIES) if ((score.get(body) ?? 0) > (score.get(best) ?? 0)) best = body;
  return best;
}

/**
 * The body of the municipality (「北海道 森町」 → 町, 「東京都」 → 都, 「東京都 千代田区」 → 区),
 * null when none is chosen or the name ends in no body.
 */
export function municipalityBody(name: string | undefined): LocalBody | null {
  const last = (name ?? '').trim().slice(-1);
  return (['市', '町', '村', '区', '県', '都', '道', '府'] as const).find((b) => b === last) ?? null;
}

/** The body whose words the rewrite and the brief use: the chosen municipality's, else the text's. */
export function bodyFor(text: string, municipality?: string): LocalBody {
  return municipalityBody(municipality) ?? textBody(text);
}

/** The body's assembly, which passes its budget (市議会, 町議会, 県議会, 都議会 …). */
export const councilOf = (body: LocalBody): string => `${body}議会`;

/** The office, head and council of each body: 市役所 is a 町役場, a 村役場, a 区役所 or the 県庁. */
const COMPOUNDS: Readonly<Record<LocalBody, Readonly<Record<string, string>>>> = {
  市: {},
  町: { 市役所: '町役場', 市長: '町長' },
  村: { 市役所: '村役場', 市長: '村長' },
  区: { 市役所: '区役所', 市長: '区長' },
  県: { 市役所: '県庁', 市長: '知事' },
  都: { 市役所: '都庁', 市長: '知事' },
  道: { 市役所: '道庁', 市長: '知事' },
  府: { 市役所: '府庁', 市長: '知事' },
};

/**
 * 市 as the body that writes: before a particle (市の, 市が, 市と …) or a word of its own (市議会,
 * 市民, 市税, 市内, 市立 …), not inside a word (都市, 政令市) or in 市場, 市街, 市町村, 市区町村.
 */
const GENERIC =
  /(?<!\p{sc=Han})市(?!場|街|町村|区町村|販|況)(?=[\p{sc=Hiragana}、]|議会|民|税|債|内|外|立|職員|単独|独自|全体|自身|全域|域|有|営)/gu;

/** `wording` as it reads for `body` (市役所の中 → 町役場の中 in a 町's text). */
export function localWording(wording: string, body: LocalBody): string {
  if (body === '市') return wording;
  // 県から市に渡されるお金: a wording that names the 県 already speaks of a 市 under it; a 都's text
  // says it of the 都 (都道府県 names them all).
  if (PREFECTURAL.has(body) && /(?<!都道府)県/u.test(wording))
    return wording.replace(/(?<!都道府)県/gu, body);
  let out = wording;
  for (const [from, to] of Object.entries(COMPOUNDS[body])) out = out.split(from).join(to);
  return out.replace(GENERIC, body);
}
