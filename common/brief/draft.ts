/**
 * The company brief template (PRODUCT.md job 1), prefilled from the issue. Whatever the issue does
 * not say is left as a 【要記入】 placeholder so the author sees the gap and readiness does not count it.
 */
import type { IssueFields } from '../records/types';
import { plainBullet } from './bulletEnding';
import { politeEndings, withCarriedTopic } from './quotedSentence';
import { CONTACT_LINE, outsideDepartmentNames } from './departmentNames';
import { bodyFor, councilOf, localOptions, type LocalBody } from './locality';
import { glossaryMatcher } from './matcher';
import { isFootnoteLine } from './ownNotes';
import { readerKnows } from './reader';
import { isSectionLabelAt, itemsUnder } from './sectionLabels';
import { maskText, PLACEHOLDER, segment } from './text';
import { findTextCues, type CueField, type TextCues } from './textCues';
import { splitBetween } from './sharedSentence';
import { tableBlock } from './tableRows';
import { VAGUE_CATEGORY } from './rules/jargon';
import type { AnalyzeOptions, GlossaryEntry } from './types';

/**
 * The section headings, in order, for the body that writes (町が提供できるもの in a 町's brief). The
 * UI and the readiness extractor rely on these words.
 */
export function briefSections(body: LocalBody = '市') {
  return [
    'こんなことに困っていませんか',
    '背景と現状（数字とデータ）',
    '解決したい課題',
    '目指す姿と成果指標',
    `${body}が提供できるもの`,
    '企業に求めること・応募資格',
    '予算と費用負担',
    'スケジュール（予算サイクル: 秋に予算要求、3月議会で承認）',
    '選考基準',
    '担当課・連絡先',
    '用語集',
    '関連計画・SDGs',
  ] as const;
}

/** The headings of a 市's brief (the body when neither the issue nor its text names another). */
export const BRIEF_SECTIONS = briefSections();

const PAIN =
  /困|被害|老朽化|混雑|拡大|不足|負担|足りない|できない|できていない|難し[いく]|分からない|わからない|撤退|遅れ|かかる|増加|減少|低迷|深刻|課題|とどま|要して|進まない|困難|支障|追いつか|不十分|ひっ迫|逼迫/;
/** A section that lists problems: 対象となる課題, 現状の課題, 困りごと, 解決したい問題. */
const LISTS_PROBLEMS = /課題|困りごと|問題/u;
const PROBLEM = /課題|したい|たい。|困|できない|できていない|難しい|不足|とどま|進まない|困難|支障/;
const HAS_NUMBER = /[0-9０-９]/;
/**
 * A number that names rather than measures: 第２層協議体, 第3次計画, 第167条の4, 基本目標２, 施策２－３,
 * and a date (令和7年度, 2026年4月1日, 5月15日). None says how big the problem is.
 */
const NAMING_NUMBER = new RegExp(
  [
    '第[0-9０-９]+(?:[条号項章節]の[0-9０-９]+)?',
    '(?:令和|平成|昭和|R)\\s*[0-9０-９元]+\\s*年度?',
    '(?:19|20|１９|２０)[0-9０-９]{2}\\s*年度?',
    '[0-9０-９]{1,2}\\s*月\\s*(?:[0-9０-９]{1,2}\\s*日)?',
    '(?:基本目標|目標|施策|計画|章|節|項|号|条|No\\.?|№)\\s*[0-9０-９]+(?:\\s*[-－ー‐の]\\s*[0-9０-９]+)*',
  ].join('|'),
  'gu',
);
/** Whether a sentence gives a figure of the problem (a URL's, a list count's or a name's digits do not). */
const hasFigure = (s: string) =>
  HAS_NUMBER.test(s.replace(COUNTS_A_LIST, '').replace(ADDRESS, '').replace(NAMING_NUMBER, ''));
/** A URL's or an address's digits (…/kyoso/2027) are no figure of the problem. */
const ADDRESS = /https?:\/\/[^\s）)」]+|[\w.+-]+@[\w-]+\.[\w.-]+/gu;
/** A deadline for proposals (提出期限：令和9年6月30日) is a date of the call, not data about the problem. */
const DEADLINE = /期限|締切|締め切り/u;
/** A rule of the call (〜ものとする。 〜すること。) states no one's pain, even with 負担 in it. */
const RULE_END = /(?:ものとする|ものとします|こととする|こと)。?$/u;
/**
 * 「次の3点を…」: the sentence the rewrite writes before a numbered list. Its number counts the
 * items, it is no data, and quoted alone under 背景と現状 it would point at items that are not there.
 */
const COUNTS_A_LIST = /次の[0-9０-９]+点/gu;
/** 「次に掲げる要件を全て満たす者とする。」: the items under it are what the sentence says. */
const INTRODUCES_ITEMS =
  /次の[0-9０-９]+点|次に掲げる|次の(?:いずれか|各号|要件|条件|事項)|以下の(?:要件|条件|事項)/u;
/**
 * 「経費の上限額は、次のとおりとする。」「次のとおり増加しており、…」: the table under it is what the
 * sentence states, quoted with it (a problem sentence's table goes to 背景と現状: see `background`).
 */
const POINTS_AT_TABLE = /次のとおり|以下のとおり|下表|次表/u;
/** Markers of the items a sentence introduces: ① … ⑳, ア．, （1）, ・. */
const ITEM_MARKER = /^(?:[①-⑳]|[ア-ン][．.]|[(（][0-9０-９]{1,2}[)）]|[・●])\s*/u;

/** 「評価検証とは、結果を評価して確かめることです。」: a definition, which the brief's 用語集 gives. */
const DEFINITION = /^[^、。\s]{1,40}とは、[^。]*(?:です|である)。$/u;

/**
 * A line standing alone between blank lines with no sentence end: a document's title or a section
 * name that has no marker (令和8年度 〇〇提案募集要項（案）, 第3章 施策の展開). Its year or 課題 would
 * otherwise have it quoted as a fact or a problem in three sections of the brief.
 */
function isTitleLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd).trim();
  // A text of one line is the issue itself, however it ends.
  if (line === '' || /[。！？!?]$/u.test(line) || !text.trim().includes('\n')) return false;
  // The rewrite's ※ term lines under a title are no text of the document's.
  const note = (l: string) => /^\s*※/u.test(l);
  const before = text.slice(0, lineStart).replace(/\n$/, '');
  const after = text.slice(lineEnd + 1);
  const blankOrEdge = (s: string | undefined) => s === undefined || s.trim() === '';
  return (
    blankOrEdge(before === '' ? undefined : before.split('\n').findLast((l) => !note(l))) &&
    blankOrEdge(after.split('\n').find((l) => !note(l)))
  );
}

/**
 * Sentences to quote: no headings or section names (５．応募資格), and no term definitions or ※ term
 * lines (out of context they say nothing). A sentence that introduces items (次の3点を…, 次に掲げる要件を…)
 * is quoted with them, one per line; one that points at a table under it (上限額は、次のとおりとする。)
 * with the table.
 */
function sentencesOf(text: string): string[] {
  const masked = maskText(text);
  const out: string[] = [];
  let counting = false;
  let pointing = false;
  let tableEnd = -1;
  const matcher = glossaryMatcher();
  for (const s of segment(text, masked).sentences) {
    // A table is quoted whole, header and rows, as a table: its rows alone are figures without names.
    if (s.start < tableEnd) continue;
    const table = tableBlock(text, s.start);
    if (table) {
      if (pointing) out[out.length - 1] += `\n\n${table.markdown}`;
      else out.push(table.markdown);
      tableEnd = table.end;
      counting = pointing = false;
      continue;
    }
    if (s.kind === 'heading' || DEFINITION.test(s.text.trim())) continue;
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    if (s.kind === 'list' && isFootnoteLine(text.slice(lineStart, s.end), matcher)) continue;
    if (s.kind === 'para' && isTitleLine(text, s.start, s.end)) continue;
    // 「提出先：教育委員会事務局 学校教育課」: a contact line is 担当課・連絡先's, never a problem.
    if (CONTACT_LINE.test(text.slice(lineStart, s.end))) continue;
    if (isSectionLabelAt(text, s.start)) {
      counting = pointing = false;
      continue;
    }
    // A list sentence starts after its marker (①); the marker is on its line before it. ア． is no
    // list marker to the segmenter: it starts the sentence.
    const marker = text.slice(lineStart, s.start).trim();
    const item = s.start === lineStart ? ITEM_MARKER.test(s.text) : ITEM_MARKER.test(`${marker} `);
    if (counting && item) out[out.length - 1] += `\n${marker}${s.text.trim()}`;
    else out.push(s.text);
    counting = (counting && item) || INTRODUCES_ITEMS.test(s.text);
    // A table stays with the sentence that introduces it (「次のとおり増加しており、…」), whichever
    // section quotes the sentence.
    pointing = !counting && POINTS_AT_TABLE.test(s.text);
  }
  return out;
}

function wishTitle(title: string | undefined): string {
  const t = (title ?? '').trim().replace(/[！!。]+$/, '');
  if (!t) return `${PLACEHOLDER}〜したい！`;
  if (/たい$/.test(t)) return `${t}！`;
  return `「${t}」を企業と一緒に解決したい！`;
}

/** The issue text a company reads: the accepted company rewrite when there is one, else the original. */
function sourceText(issue: Partial<IssueFields>): string {
  return issue.companyText?.trim() ? issue.companyText : (issue.rawText ?? '');
}

/**
 * A connective that points back (しかし、 そのため、 — the rewrite writes them when it cuts a sentence):
 * a sentence quoted alone, as a bullet or under a section of its own, has nothing before it to point at.
 */
const LEADING_CONNECTIVE =
  /^\s*(?:しかしながら|しかし|そのため|このため|また|一方で?|なお|さらに|あわせて|その結果|その中で|このこともあり|つきましては|そこで|したがって|これにより|これを受けて?)、/u;

/** A sentence as quoted apart from the sentences around it. */
const alone = (s: string) => s.replace(LEADING_CONNECTIVE, '');

/** A table quoted by `sentencesOf` (a markdown table): data for 背景と現状, never a bullet or the problem. */
const isTable = (quoted: string) => quoted.startsWith('|');
/** A sentence quoted with the table it introduces: no bullet, and a paragraph of its own. */
const holdsTable = (quoted: string) => quoted.includes('\n\n|');
/** The table in what `sentencesOf` quotes, alone or after the sentence that introduces it. */
const tableIn = (quoted: string) => (isTable(quoted) ? quoted : quoted.split('\n\n').find(isTable));

/** 「…が課題である。」「…を図りたい。」: a sentence that states the problem to solve, not only a pain. */
const STATES_PROBLEM = /課題|したい|たい。/u;

/**
 * Up to three pain points, none quoted in another section (a sentence twice on one page reads as
 * padding): the pains that name no problem first, then the items a call lists under 対象となる課題,
 * then pains among the problems that do not state one, as long as 解決したい課題 keeps a sentence.
 */
function painPoints(issue: Partial<IssueFields>, used: ReadonlySet<string>): string[] {
  const pool = [...sentencesOf(sourceText(issue)), ...sentencesOf(issue.affected ?? '')];
  const pains = pool.filter(
    (s) =>
      !isTable(s) &&
      !holdsTable(s) &&
      !usedIn(used, s) &&
      PAIN.test(s) &&
      !RULE_END.test(s.split('\n')[0]!.trim()),
  );
  const problems = problemSentences(issue, used);
  // The problems a call lists under a section of their own (（１）対象となる課題 / ・…) are pains by place.
  const listed = itemsUnder(sourceText(issue), LISTS_PROBLEMS).filter(
    (s) => !usedIn(used, s) && !RULE_END.test(s) && !problems.some((p) => p.includes(s)),
  );
  const picked = [...new Set([...pains.filter((s) => !problems.includes(s)), ...listed])].slice(0, 3);
  for (const s of pains.filter((p) => problems.includes(p) && !STATES_PROBLEM.test(p))) {
    if (picked.length >= 3) break;
    const left = problems.filter((p) => p !== s && !picked.includes(p));
    if (left.length) picked.push(s);
  }
  return picked;
}

function painBullets(pains: readonly string[]): string {
  // A council answer's 「…見受けられるところでございます」 is said plainly in a bullet (bulletEnding.ts).
  const bullets = pains.map((s) => `- ${plainBullet(alone(s).replace(/。$/, ''))}`);
  while (bullets.length < 3)
    bullets.push(`- ${PLACEHOLDER}現場の困りごと（誰が・何に・どのくらい困っているか）`);
  return bullets.join('\n');
}

/** Sentences with figures (and tables), none quoted under a field's section. */
function figureSentences(issue: Partial<IssueFields>, used: ReadonlySet<string>): string[] {
  // A sentence quoted under 予算 or スケジュール is not repeated: the budget is no size of the problem.
  return sentencesOf(sourceText(issue)).filter((s) => !usedIn(used, s) && !DEADLINE.test(s) && hasFigure(s));
}

const problemSentences = (issue: Partial<IssueFields>, used: ReadonlySet<string>) =>
  sentencesOf(sourceText(issue)).filter((s) => !isTable(s) && !usedIn(used, s) && PROBLEM.test(s));

/**
 * What 背景と現状 quotes: the sentences with figures that name no problem; when every figure is in a
 * problem sentence, those, as long as 解決したい課題 keeps a sentence of its own (each sentence is
 * quoted once, and the problem statement is what a brief cannot do without).
 */
function background(issue: Partial<IssueFields>, used: ReadonlySet<string>): string[] {
  const numbered = figureSentences(issue, used);
  // A problem sentence's table (「次のとおり増加しており、…不足が深刻化している。」) is data: 背景
  // quotes the table, 解決したい課題 the sentence with a pointer to it (see `problem`).
  const apart = numbered.flatMap((s) =>
    isTable(s) || !PROBLEM.test(s.split('\n')[0]!) ? [s] : holdsTable(s) ? [tableIn(s)!] : [],
  );
  if (apart.length) return apart;
  return problemSentences(issue, used).some((s) => !numbered.includes(s)) ? numbered : [];
}

function backgroundText(issue: Partial<IssueFields>, quoted: readonly string[]): string {
  if (issue.evidence?.trim()) return issue.evidence.trim();
  // A table stands apart from the lines around it, or Markdown would read it as part of a paragraph.
  return quoted.length
    ? quoted
        .map((s) => (isTable(s) || holdsTable(s) ? `\n${alone(s)}\n` : alone(s)))
        .join('\n')
        .trim()
    : `${PLACEHOLDER}課題の規模を示す数字（人数・件数・時間・金額）と出典（オープンデータのリンク）`;
}

/** Where 解決したい課題 points for the table of a problem sentence that 背景と現状 quotes. */
const TABLE_POINTER = '（数字は「背景と現状（数字とデータ）」の表）';

function problem(issue: Partial<IssueFields>, used: ReadonlySet<string>, figures: readonly string[]): string {
  const found = problemSentences(issue, used).map((s) => {
    const table = holdsTable(s) ? tableIn(s) : undefined;
    return table && figures.includes(table) ? `${s.split('\n\n')[0]}${TABLE_POINTER}` : s;
  });
  if (found.length)
    return found
      .map(alone)
      .join('\n')
      .replace(/(\|[^\n]*)\n(?!\||\n)/gu, '$1\n\n');
  // No sentence names a problem: the first few say what the text is about (never all of it, with its
  // tables and term definitions, pasted under one heading).
  const quoted = sentencesOf(sourceText(issue)).filter((s) => !isTable(s) && !usedIn(used, s));
  if (quoted.length) return quoted.slice(0, 3).map(alone).join('\n');
  return `${PLACEHOLDER}解決したいこと（仕様ではなく、困っていること）`;
}

/** Whether `quoted` (a sentence, or one that counts a list with its items) is quoted in a field's section. */
const usedIn = (used: ReadonlySet<string>, quoted: string) => used.has(quoted.split('\n')[0]!.trim());

/**
 * The field as the author wrote it, else the sentence of the text that states it (with the items it
 * counts: 「次の3点を…上限とする。①… ②…」), else a gap to fill.
 */
function fieldOrText(issue: Partial<IssueFields>, cues: TextCues, field: CueField, hint: string): string {
  const v = (issue[field] ?? '').trim();
  if (v) return v;
  const cue = cues[field];
  if (!cue) return `${PLACEHOLDER}${hint}`;
  return alone(sentencesOf(sourceText(issue)).find((s) => s.split('\n')[0]!.trim() === cue) ?? cue);
}

/** A table whose header names targets: 指標名｜現状値｜目標値, KPI, 成果指標. */
const TARGETS_HEADER = /目標値|目標|成果指標|KPI|ＫＰＩ/u;

function measureTable(issue: Partial<IssueFields>): string | undefined {
  const table = sentencesOf(sourceText(issue))
    .map(tableIn)
    .find((t) => t !== undefined && TARGETS_HEADER.test(t.split('\n')[0]!));
  return table;
}

/** An amount in 円 and a word for money in one table: 区分｜令和8年度 / 導入支援補助金｜120,000千円. */
const TABLE_AMOUNT = /[0-9０-９][0-9０-９,，.]*\s*(?:千円|万円|億円|円)/u;
const TABLE_MONEY = /事業費|予算|経費|費用|補助金|委託料|金額|上限/u;

function moneyTable(issue: Partial<IssueFields>): string | undefined {
  const source = sourceText(issue);
  return sentencesOf(source).find(
    (s) =>
      isTable(s) &&
      TABLE_AMOUNT.test(s) &&
      (TABLE_MONEY.test(s) || TABLE_MONEY.test(headingAbove(source, s))) &&
      !TARGETS_HEADER.test(s.split('\n')[0]!),
  );
}

/**
 * The short line right above a table's header row in `source` (（３）事業費), or '': a plan names its
 * money table in a heading, its rows only the items (基本計画策定｜12,000千円).
 */
function headingAbove(source: string, table: string): string {
  const header = table
    .split('\n')[0]!
    .replace(/^\|\s*|\s*\|$/gu, '')
    .split(/\s*\|\s*/u)
    .join('|');
  const lines = source.split('\n');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^[｜|]|[｜|]$/gu, '')
      .split(/[｜|\t]|[ \u3000]{2,}/u)
      .map((c) => c.trim())
      .join('|');
  let at = lines.findIndex((line) => cells(line) === header);
  while (at > 0 && lines[at - 1]!.trim() === '') at--;
  const above = at > 0 ? lines[at - 1]!.trim() : '';
  return above.length <= 20 ? above : '';
}

/** 目指す姿と成果指標: the field, else the text's sentence that states it, and its table of targets. */
function successMeasure(issue: Partial<IssueFields>, cues: TextCues, targets: string | undefined): string {
  const hint = '目指す姿と、成功を測る指標（例：見守りの訪問時間を月40時間減らす）';
  const stated = fieldOrText(issue, cues, 'successMeasure', hint);
  if (!targets || stated.includes(targets)) return stated;
  return cues.successMeasure ? `${stated}\n\n${targets}` : targets;
}

/**
 * 担当課・連絡先: the field, else the sentence of the text that gives a phone or an address with the
 * contact lines around it (提出先：山辺町 企画政策課 / 電子メール：…), which name whom it reaches.
 */
/** A line of department names alone, without a label: 区民部 戸籍住民課 窓口改善係. */
const DEPARTMENT_LINE =
  /^[\s\u3000]*(?:[\p{sc=Han}\p{sc=Katakana}ー・々]+(?:課|係|室|部|局|センター|グループ)[\s\u3000]*)+$/u;

function contactBlock(issue: Partial<IssueFields>, cues: TextCues): string {
  const quoted = fieldOrText(issue, cues, 'contact', '担当者名・電話・メール・導入を決める人（課長など）');
  const cue = cues.contact;
  if (issue.contact?.trim()) return quoted;
  const lines = sourceText(issue).split('\n');
  // Without a phone or an address, a 所管 or 担当 line still names whom to ask (所管：農林水産部 …).
  const at = cue ? lines.findIndex((l) => l.includes(cue)) : lines.findIndex((l) => CONTACT_LINE.test(l));
  if (at === -1 || !CONTACT_LINE.test(lines[at]!)) return quoted;
  const gap = cue ? '' : `\n${PLACEHOLDER}電話・メール・導入を決める人（課長など）`;
  let from = at;
  let to = at;
  while (from > 0 && CONTACT_LINE.test(lines[from - 1]!)) from--;
  while (to < lines.length - 1 && CONTACT_LINE.test(lines[to + 1]!)) to++;
  // 「区民部 戸籍住民課 窓口改善係」 over 「電話：…」: the names say whom the number reaches.
  while (from > 0 && DEPARTMENT_LINE.test(lines[from - 1]!)) from--;
  return (
    lines
      .slice(from, to + 1)
      .map((l) => l.trim())
      .join('\n') + gap
  );
}

// Template text is written without sentence endings (体言止め) so it never tips the です／である
// balance of what the author writes, and without 行政用語 so the red pen has nothing to say about it.
const selectionCriteria = (body: LocalBody) => `（例。${body}の選び方に合わせて修正）
- 課題の理解：現場の困りごとを正しく捉えているか
- 実現性：期間内に実証できる体制と実績
- 効果の示し方：成果を測る数字で効果を示せるか
- 継続性：実証の後も続けられる見通しと費用負担
- 住民への配慮：個人情報・安全・使いやすさ`;

/** Quoted so readiness does not mistake the cycle's months for the project's schedule. */
const budgetCycle = (body: LocalBody) =>
  `> ${body}の予算の流れ：秋（9〜11月ごろ）に次の年度の分を求める → 3月の${councilOf(body)}で決まる → 4月から使える。
> 実証の結果を翌年度の予算につなげるには、夏ごろまでに効果の見通しが必要。`;

/**
 * The text's cues; a budget sentence whose other clause states the period (「委託料は上限250万円とし、
 * 実証期間は…までとする。」) answers the schedule too, before a date elsewhere (「令和7年度から5路線に
 * 増えた」 is a fact of the past): `moneyAndTime` then cuts it in two.
 */
function textCuesFor(issue: Partial<IssueFields>): TextCues {
  const cues = findTextCues(sourceText(issue));
  if (cues.budget && !issue.schedule?.trim() && splitBetween(cues.budget, 'budget', 'schedule'))
    return { ...cues, schedule: cues.budget };
  return cues;
}

/** Entries the brief's 用語集 explains in full; the rest are named in one line (see `companyGlossary`). */
export const GLOSSARY_CAP = 12;

/**
 * What the brief quotes from the issue, without the template's own words: they are written without
 * 行政用語, and a scan of them only finds a term inside a word (目指す → 目, a budget item).
 */
function quotedWords(
  issue: Partial<IssueFields>,
  sections: readonly [string, string][],
  body: LocalBody,
): string {
  const quoted = sections.map(([, text]) => text.replace(selectionCriteria(body), ''));
  return [issue.title ?? '', ...quoted]
    .join('\n')
    .split('\n')
    .filter((line) => !line.includes(PLACEHOLDER) && !line.startsWith('>'))
    .join('\n');
}

/** 「言い換え（用語）」「用語（用語：説明）」「用語（説明）」: the brief's own text already explains it. */
function explainedInline(text: string, term: string): boolean {
  if (text.includes(`（${term}）`) || text.includes(`（${term}：`)) return true;
  const at = text.indexOf(`${term}（`);
  return at !== -1 && /^[^）]*[\p{sc=Hiragana}][^）]*）/u.test(text.slice(at + term.length + 1));
}

/**
 * The 用語集 a company reader will read: the terms of what the brief quotes (not of the whole text),
 * that its reader does not know and its text does not explain in place, in order of first use; past
 * `GLOSSARY_CAP` the rest are named in one line, so a long text does not end in 40 definitions.
 */
function companyGlossary(
  issue: Partial<IssueFields>,
  sections: readonly [string, string][],
  options: AnalyzeOptions,
  body: LocalBody,
): string {
  const quoted = quotedWords(issue, sections, body);
  const reader = options.reader ?? issue.reader;
  const terms = glossaryForText(quoted, options).filter(
    // A vague phrase's entry tells the author what to write (一定の →（具体的な数値・条件を書く）):
    // in the company's 用語集 it would read as an instruction, not as a meaning.
    // A one-kanji budget term (款, 項, 目, 節) is found inside everyday words by a scan for text —
    // 目指す, 目的, 項目, 節約, and the rewrite's own 「〜を目指します。」 —, never reliably alone.
    (e) =>
      e.category !== VAGUE_CATEGORY &&
      [...e.term].length > 1 &&
      !readerKnows(e, reader) &&
      !explainedInline(quoted, e.term),
  );
  if (!terms.length) return '（このブリーフに説明の要る行政用語はありません）';
  const lines = terms
    .slice(0, GLOSSARY_CAP)
    .map((e) => `- **${e.term}**（${e.reading}）：${e.full ?? e.plain}。${e.why}。`);
  const rest = terms.slice(GLOSSARY_CAP);
  if (rest.length) lines.push(`- ほか${rest.length}語：${rest.map((e) => e.term).join('、')}`);
  return lines.join('\n');
}

/**
 * 予算と費用負担 and スケジュール. A sentence of the text that states both is quoted once: cut into its
 * budget clause and its period clause when a clause boundary parts them, else under 予算, with
 * スケジュール pointing at it.
 */
function moneyAndTime(
  issue: Partial<IssueFields>,
  cues: TextCues,
  budgetHeading: string,
  cycle: string,
  table?: string,
): [string, string][] {
  const headings = [budgetHeading, BRIEF_SECTIONS[7]] as const;
  const hint = '予算の上限と費用負担（委託料・協力費・企業版ふるさと納税・実証期間は企業負担 など）';
  const stated = fieldOrText(issue, cues, 'budget', hint);
  const budget = table ? (cues.budget ? `${table}\n\n${stated}` : table) : stated;
  const schedule = fieldOrText(issue, cues, 'schedule', '実証の時期と期間（例：令和8年6月〜12月）');
  const shared =
    !issue.budget?.trim() &&
    !issue.schedule?.trim() &&
    cues.budget !== undefined &&
    cues.budget === cues.schedule;
  if (!shared)
    return [
      [headings[0], budget],
      [headings[1], `${schedule}\n\n${cycle}`],
    ];
  const parts = splitBetween(budget, 'budget', 'schedule');
  if (parts)
    return [
      [headings[0], parts[0]],
      [headings[1], `${parts[1]}\n\n${cycle}`],
    ];
  return [
    [headings[0], budget],
    [headings[1], `（期間は「${budgetHeading}」の文のとおり）\n\n${cycle}`],
  ];
}

/** A section's quoted lines as read apart from the text; tables, quotes and gaps as they are. */
function quotedInBrief(section: string, issue: Partial<IssueFields>): string {
  const source = sourceText(issue);
  return section
    .split('\n')
    .map((line) =>
      /^\s*[|>（-]/u.test(line) || line.includes(PLACEHOLDER)
        ? line
        : politeEndings(withCarriedTopic(line, source, issue.rawText ?? '')),
    )
    .join('\n');
}

/** Markdown brief with the PRODUCT.md sections, prefilled from `issue`. */
export function draftBrief(issue: Partial<IssueFields>, options: AnalyzeOptions = {}): string {
  // The body that writes: the issue's municipality, else how its text names itself (locality.ts).
  const municipality = issue.municipalityName || options.municipality;
  const body = bodyFor(sourceText(issue), municipality);
  const headings = briefSections(body);
  const contact = [issue.municipalityName, issue.department].filter((s) => s?.trim()).join(' ');
  // Sentences of the text that state a field the author left empty fill that field's section.
  const cues = textCuesFor(issue);
  const used = new Set(
    (['budget', 'schedule', 'offer', 'successMeasure', 'contact', 'constraints'] as const)
      .filter((field) => !issue[field]?.trim() && cues[field])
      .map((field) => cues[field]!),
  );
  // A table of targets (指標名｜現状値｜目標値) is the text's outcome indicator, not data for 背景.
  const targets = issue.successMeasure?.trim() ? undefined : measureTable(issue);
  if (targets) used.add(targets.split('\n')[0]!.trim());
  // A plan's 事業費 table (区分｜令和8年度 / 導入支援補助金｜120,000千円) is its budget when no sentence states one.
  // A sentence that only says who bears what share (補助率2分の1以内で補助する) goes with the table.
  const amountStated = cues.budget !== undefined && TABLE_AMOUNT.test(cues.budget);
  const money = issue.budget?.trim() || amountStated ? undefined : moneyTable(issue);
  if (money) used.add(money.split('\n')[0]!.trim());
  // Who chooses the company is what a proposer asks about the selection first.
  const decides = cues.decisionMaker;
  if (decides) used.add(decides);
  // Each sentence is quoted once, in the section it serves best: a figure in 背景, a pain as a bullet,
  // the statement of the problem under 解決したい課題 (see `painPoints`).
  const figures = issue.evidence?.trim() ? [] : background(issue, used);
  const inBackground = new Set([...used, ...figures.map((s) => s.split('\n')[0]!.trim())]);
  const pains = painPoints(issue, inBackground);
  const problemText = problem(
    issue,
    new Set([...inBackground, ...pains.map((s) => s.split('\n')[0]!.trim())]),
    figures,
  );
  const sections: [string, string][] = [
    [headings[0], painBullets(pains)],
    [headings[1], backgroundText(issue, figures)],
    [headings[2], problemText],
    [headings[3], successMeasure(issue, cues, targets)],
    [headings[4], fieldOrText(issue, cues, 'offer', '実証の場・データ・職員の協力・住民モニター・広報など')],
    [headings[5], fieldOrText(issue, cues, 'constraints', '企業に求めること・応募資格・守ってほしい条件')],
    ...moneyAndTime(issue, cues, headings[6], budgetCycle(body), money),
    [headings[8], decides ? `${alone(decides)}\n\n${selectionCriteria(body)}` : selectionCriteria(body)],
    [headings[9], [contact, contactBlock(issue, cues)].filter(Boolean).join('\n')],
  ];
  // What 背景 to スケジュール quote reads apart from its text: a cut sentence keeps its topic, and a
  // council answer's endings read as the です・ます around them (quotedSentence.ts).
  for (const section of sections.slice(1, 8)) section[1] = quotedInBrief(section[1], issue);
  const markdown = `# ${wishTitle(issue.title)}\n\n${sections.map(([h, text]) => `## ${h}\n\n${text}\n`).join('\n')}`;
  // The 用語集 says its wordings for the body that writes (町役場の中 in a 町's brief).
  const glossary = companyGlossary(
    issue,
    sections,
    localOptions(sourceText(issue), { ...options, ...(municipality ? { municipality } : {}) }),
    body,
  );
  const plans = `${PLACEHOLDER}総合計画・分野別計画の名前と、関係するSDGsの目標（例：目標3 すべての人に健康と福祉を）`;
  return `${markdown}\n## ${headings[10]}\n\n${glossary}\n\n## ${headings[11]}\n\n${plans}\n`;
}

/**
 * 供する inside 提供する, 資する inside 投資する: a verb entry that a kanji runs into is the tail of
 * another verb, which the company reads as the everyday word it is.
 */
function insideVerb(masked: string, start: number, term: string): boolean {
  return (
    /[\p{sc=Hiragana}]$/u.test(term) &&
    /^\p{sc=Han}/u.test(term) &&
    /\p{sc=Han}/u.test(masked[start - 1] ?? '')
  );
}

/** Glossary entries used in `text`, in order of first use (for the brief's 用語集 section). */
export function glossaryForText(text: string, options: AnalyzeOptions = {}): GlossaryEntry[] {
  const seen = new Map<string, GlossaryEntry>();
  const masked = maskText(text);
  // 学務 in 学校教育課 学務係 on a contact line, 企画課 in 総務企画課: names (departmentNames.ts).
  const hits = outsideDepartmentNames(masked, glossaryMatcher(options.userGlossary).scan(masked));
  for (const hit of hits) {
    if (insideVerb(masked, hit.start, hit.entry.term)) continue;
    if (!seen.has(hit.entry.term)) seen.set(hit.entry.term, hit.entry);
  }
  return [...seen.values()];
}
