/**
 * Statute citations a company reader cannot resolve: a law named with its article (学校教育法第19条,
 * 同法第34条第12号) and a law's full 「〜に関する法律」 name. The corpus's writers label them in 18
 * of the 20 places they occur in the tuning part, also where the law's short name is an everyday
 * word (学校教育法): the article number, not the name, is what the reader cannot look into.
 */
import type { TermHit } from '../types';

export interface LawCitation {
  start: number;
  end: number;
  /** Where the law's name ends (the article, if any, follows). */
  nameEnd: number;
  article: boolean;
}

/** Names are bounded (30–40 characters) so a long run of kanji costs linear time, not quadratic. */
const NAME_CHAR = '[\\p{sc=Han}\\p{sc=Katakana}ー・々]';
const LAW_HEAD = '(?:法律|法|条例|政令|施行令|施行規則|規則)';
const ARTICLE =
  '第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)?(?:第[0-9０-９一二三四五六七八九十]+(?:項|号))*';
/** 学校教育法第19条, 同法第34条第12号, 地方自治法施行令第167条の2第1項第2号. */
const CITED = new RegExp(
  `((?:[\\p{sc=Han}\\p{sc=Katakana}]${NAME_CHAR}{0,30}?${LAW_HEAD})|同法|同令|同条例)${ARTICLE}`,
  'gu',
);
/** 建築物の耐震改修の促進に関する法律 (の, 及び, 並びに inside; its first character a kanji or katakana). */
const FULL_NAME = new RegExp(
  `[\\p{sc=Han}\\p{sc=Katakana}](?:${NAME_CHAR}|の|及び|並びに){0,40}?に関する法律`,
  'gu',
);

const covers = (hit: TermHit, start: number, end: number) => hit.start <= start && end <= hit.end;

/**
 * The citations in `masked` the glossary does not already explain: a cited law whose name a marked
 * (not everyday) entry overlaps is the jargon rule's (地方自治法 is explained there), and a full name
 * an entry covers is the glossary's (everyday or not) — only the article number is new.
 */
export function lawCitations(masked: string, terms: readonly TermHit[]): LawCitation[] {
  const out: LawCitation[] = [];
  for (const m of masked.matchAll(CITED)) {
    const nameEnd = m.index + m[1]!.length;
    if (terms.some((t) => !t.entry.everyday && t.start < nameEnd && m.index < t.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, nameEnd, article: true });
  }
  for (const m of masked.matchAll(FULL_NAME)) {
    const end = m.index + m[0].length;
    if (out.some((c) => c.start < end && m.index < c.end)) continue;
    if (terms.some((t) => covers(t, m.index, end))) continue;
    out.push({ start: m.index, end, nameEnd: end, article: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
