/**
 * Dates typed into the search box. A word that reads as a calendar day — 12月3日, 12/3, 2026-12-03,
 * 2026/12/3, 2026年12月3日, 令和8年12月3日, 昨日 — becomes a date condition (the user's local day, as
 * the date filter compares it: dateRange.ts), and the other words are searched as before:
 * 「12月3日 交通」 finds records of that day holding 交通. A number that is not a day (2026, 12/34,
 * 2月30日) stays a word, and so does a day in quotes (「12月3日」, "12/3"): the way to search for the
 * text itself. Several days make a span from the earliest to the latest.
 */

export interface QueryDate {
  /** The word as typed (to show it and to take it out of the box). */
  token: string;
  /** The calendar day, YYYY-MM-DD. */
  day: string;
}

export interface ReadQuery {
  /** The query without its date words (quotes taken off a quoted day), words separated by a space. */
  words: string;
  dates: QueryDate[];
  /** The span the dates make ('' when none). */
  from: string;
  to: string;
}

/** Today as the user's calendar knows it. */
export interface Today {
  year: number;
  month: number;
  day: number;
}

export function todayOf(now: Date): Today {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

const RELATIVE: Readonly<Record<string, number>> = {
  今日: 0,
  本日: 0,
  きょう: 0,
  昨日: -1,
  きのう: -1,
  一昨日: -2,
  おととい: -2,
  明日: 1,
  あした: 1,
  today: 0,
  yesterday: -1,
  tomorrow: 1,
};

/** First year of each era, less one: 令和1年 = 2019. */
const ERAS: Readonly<Record<string, number>> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };

const QUOTES: readonly (readonly [string, string])[] = [
  ['「', '」'],
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD when y-m-d is a real day of the Gregorian calendar, else null (2月30日, 13月). */
function dayOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function shifted(today: Today, days: number): string {
  const d = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** How far ahead a day without a year may lie: a workshop planned next month, not one a year away. */
const AHEAD_DAYS = 92;

/**
 * A month and day without a year: the latest such day at most ~3 months ahead of today. Records
 * are mostly looked up after the fact, yet a meeting planned soon is searched too: 12月3日 typed
 * in December is this year's, 1月15日 typed in late December next month's, 6/1 typed in December
 * the June gone by. The chip shows the year chosen; typing the year says otherwise.
 */
function nearest(today: Today, month: number, day: number): string | null {
  const limit = Date.UTC(today.year, today.month - 1, today.day + AHEAD_DAYS);
  for (const year of [today.year + 1, today.year, today.year - 1]) {
    const candidate = dayOf(year, month, day);
    if (candidate && Date.UTC(year, month - 1, day) <= limit) return candidate;
  }
  return null;
}

/** The day a single word names, or null when it is not a day. */
export function readDay(word: string, today: Today): string | null {
  // NFKC: full-width digits and marks (１２／３, １２月３日) read like half-width ones.
  const w = word.normalize('NFKC').trim();
  const relative = RELATIVE[w.toLowerCase()];
  if (relative !== undefined) return shifted(today, relative);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(w) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(w);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(令和|平成|R|H)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?$/i.exec(w);
  if (m) {
    const era = ERAS[m[1]!.toUpperCase()] ?? ERAS[m[1]!]!;
    // 令和8.12.3 needs its dots; 令和8年12月3日 its 年月日: a mix (令和8年12.3) is not a day.
    const marks =
      /^(令和|平成|R|H)(\d{1,2}|元)年\d{1,2}月\d{1,2}日$|^(令和|平成|R|H)(\d{1,2}|元)\.\d{1,2}\.\d{1,2}$/i;
    if (!marks.test(w)) return null;
    return dayOf(era + (m[2] === '元' ? 1 : Number(m[2])), Number(m[3]), Number(m[4]));
  }
  m = /^(\d{1,2})月(\d{1,2})日$/.exec(w) ?? /^(\d{1,2})\/(\d{1,2})$/.exec(w);
  if (m) return nearest(today, Number(m[1]), Number(m[2]));
  return null;
}

/** A word in quotes, without them (null when it is not quoted). */
function unquoted(word: string): string | null {
  for (const [open, close] of QUOTES) {
    if (word.length > 2 && word.startsWith(open) && word.endsWith(close)) return word.slice(1, -1);
  }
  return null;
}

/** Splits the query into its date words (each read as a day) and the words searched as text. */
export function readQueryDates(query: string, today: Today): ReadQuery {
  const words: string[] = [];
  const dates: QueryDate[] = [];
  for (const token of query.split(/[\s\u3000]+/).filter(Boolean)) {
    const inner = unquoted(token);
    if (inner !== null && readDay(inner, today)) {
      words.push(inner);
      continue;
    }
    const day = readDay(token, today);
    if (day) dates.push({ token, day });
    else words.push(token);
  }
  const days = dates.map((d) => d.day).sort();
  return { words: words.join(' '), dates, from: days[0] ?? '', to: days.at(-1) ?? '' };
}

/** The query with one date word taken out (the chip's ×), the rest as typed. */
export function withoutToken(query: string, token: string): string {
  const parts = query.split(/([\s\u3000]+)/);
  const at = parts.indexOf(token);
  if (at < 0) return query;
  parts.splice(at, 1);
  return parts
    .join('')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** The narrower of two spans of days ('' = open): the date filter and the dates typed both hold. */
export function intersectDays(
  a: { from: string; to: string },
  b: { from: string; to: string },
): { from: string; to: string } {
  const from = [a.from, b.from].filter(Boolean).sort().at(-1) ?? '';
  const to = [a.to, b.to].filter(Boolean).sort()[0] ?? '';
  return { from, to };
}
