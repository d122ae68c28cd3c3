/**
 * Line breaks a long line needs before any clause cut: a heading run into its text
 * (「4 計画の見直し（全角空白）社会経済情勢の…」), numbered items run into one line
 * (「（1）教材の作成（2）研修の実施（3）効果測定」) and entries of a schedule or an indicator list
 * joined by ／ (「募集締切 6月13日／審査会 6月下旬／…」). Each break only replaces the space or
 * the ／ that already separates the parts with a new line (or adds one before an item number), so
 * no word changes: the parts were written as separate lines run together.
 */
import type { ClauseCut } from './clauses';

/** 「4 計画の見直し」「第1 趣旨」「（2）募集期間」「3. 対象」: a section label, then a full-width space. */
const RUN_IN_HEADING =
  /^(?:第?[0-9０-９]{1,3}[条章節款項]?|[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．])[ \u3000]?[^\s、。「」]{1,20}\u3000/u;

/** An item number （1） or (1). */
const ITEM = /[（(]([0-9０-９]{1,2})[）)]/gu;

/** A separator between entries of a list line, and the shortest entry it may separate. */
const SEPARATOR = '／';
const MIN_ENTRY = 6;

const digit = (s: string) => Number(s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));

/** Breaks before the second and later of items numbered 1, 2, 3 … that open the line at `from`. */
function itemBreaks(line: string, from: number): number[] {
  const numbers = [...line.slice(from).matchAll(ITEM)];
  if (numbers[0]?.index !== 0 || digit(numbers[0][1]!) !== 1) return [];
  const breaks: number[] = [];
  let next = 2;
  for (const m of numbers.slice(1))
    if (digit(m[1]!) === next) {
      breaks.push(from + m.index);
      next++;
    }
  return breaks.length >= 1 ? breaks : [];
}

/** Each ／ of a line with no 。 whose entries are all at least MIN_ENTRY characters long. */
function separatorBreaks(line: string, from: number): number[] {
  const body = line.slice(from);
  if (body.includes('。') || !body.includes(SEPARATOR)) return [];
  const entries = body.split(SEPARATOR);
  if (entries.some((e) => e.trim().length < MIN_ENTRY)) return [];
  const breaks: number[] = [];
  let at = from;
  for (const e of entries.slice(0, -1)) {
    at += e.length;
    breaks.push(at);
    at += SEPARATOR.length;
  }
  return breaks;
}

/**
 * The line breaks of `line` (a sentence or a line without 。) as cuts at offsets `offset + i`: the
 * replaced space or ／ becomes a new line; before an item number a new line is inserted.
 */
export function lineBreaks(line: string, offset: number): ClauseCut[] {
  const cuts: ClauseCut[] = [];
  const heading = RUN_IN_HEADING.exec(line);
  let body = 0;
  if (heading) {
    body = heading[0].length;
    cuts.push({ start: offset + body - 1, end: offset + body, replacement: '\n' });
  }
  for (const at of itemBreaks(line, body))
    cuts.push({ start: offset + at, end: offset + at, replacement: '\n' });
  for (const at of separatorBreaks(line, body))
    cuts.push({ start: offset + at, end: offset + at + SEPARATOR.length, replacement: '\n' });
  return cuts;
}
