/**
 * The section names of a municipal document written without Markdown: 「５．応募資格」「（１）対象となる
 * 課題」「第３章 施策の展開」「施策２－３ 地域包括ケアシステムの深化・推進」. The segmenter reads the
 * numbered ones as list items and the others as prose, so the brief quoted 「対象となる課題」 as a pain
 * point and 「応募資格」 as the whole of what a company must meet. A section name has no sentence end,
 * no comma and no label colon, is short, and has text under it: the next line is not one of its
 * siblings (「① 市民会館」 over 「② 中央公民館」 is a list of items, not of sections).
 */

/** Numbered marker families: a line's siblings carry the same kind of number. */
const FAMILIES: readonly RegExp[] = [
  /^[0-9０-９]{1,2}[．.]/u,
  /^[(（][0-9０-９]{1,2}[)）]/u,
  /^[(（][一二三四五六七八九十]{1,3}[)）]/u,
  /^[(（][ア-ン][)）]/u,
  /^[⑴-⒇]/u,
  /^[①-⑳]/u,
  /^[ア-ン][．.]/u,
  /^第[0-9０-９一二三四五六七八九十]+[章節款]/u,
  // 「１ 現状と課題」: a plan's number and a (full-width) space, no period (the 市 plan of session 17's walk).
  /^[0-9０-９]{1,2}[ \u3000]+(?=[^\s\u3000\d０-９])/u,
];

/** 「基本目標２ 」「施策２－３ 」「第1 」: a name and a number before the section's title. */
const NAMED_NUMBER = /^[^\s\u3000\d０-９]{1,6}[0-9０-９]+(?:[-－ー―‐][0-9０-９]+)*[\s\u3000]/u;

function familyOf(line: string): number {
  const trimmed = line.trim();
  return FAMILIES.findIndex((re) => re.test(trimmed));
}

/** Short, with no sentence end, comma, label colon, tab or ※: it can name a section. */
function labelShaped(line: string): boolean {
  const t = line.trim();
  return t !== '' && [...t].length <= 30 && !/[。！？!?、，,：:\t※]/u.test(t);
}

/** Whether `line`, between `previous` and the first non-blank line after it (`next`), names a section. */
function namesSection(previous: string, line: string, next: string | undefined): boolean {
  if (!labelShaped(line) || next === undefined) return false;
  const family = familyOf(line);
  if (family === -1) return NAMED_NUMBER.test(line.trim());
  return familyOf(next) !== family && familyOf(previous) !== family;
}

/** Whether the line around `offset` of `text` names a section. */
export function isSectionLabelAt(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const endAt = text.indexOf('\n', offset);
  const end = endAt === -1 ? text.length : endAt;
  // A long line is prose; it is not copied or measured (a 20,000-character paste is one line).
  if (end - start > 60) return false;
  const previous = start === 0 ? '' : text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
  let next: string | undefined;
  for (let at = end; at < text.length && next === undefined;) {
    const stop = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, stop === -1 ? text.length : stop);
    if (line.trim() !== '') next = line;
    at = stop === -1 ? text.length : stop;
  }
  return namesSection(previous, text.slice(start, end), next);
}

/** A line that is an item of a list: its marker, then its text. */
const ITEM =
  /^[\s\u3000]*(?:[・●○\-*]|[①-⑳]|[⑴-⒇]|[ア-ン][．.]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[．.])[\s\u3000]*/u;

/**
 * The items listed right under a section name that `name` matches (（１）対象となる課題 / ・通院のための
 * 移動手段の確保 / ・…), without their markers: a call lists its problems so, in no sentence.
 */
export function itemsUnder(text: string, name: RegExp): string[] {
  const out: string[] = [];
  let under = false;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (under && ITEM.test(line) && !isSectionLabelAt(text, start)) {
      const item = line.replace(ITEM, '').trim();
      if (item) out.push(item);
      continue;
    }
    under = line.trim() !== '' && name.test(line) && isSectionLabelAt(text, start);
  }
  return out;
}
