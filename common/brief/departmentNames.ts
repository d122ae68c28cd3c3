/**
 * Department names (総務企画課, 企画係, 地域包括ケア推進課, こども家庭センター) are names, not jargon. The
 * glossary explains a section by its usual name (企画課: 市全体の計画や政策をまとめる課); inside a
 * longer name (総務企画課) that part says what another section does, and in a contact line
 * (問合せ先：総務企画課 企画係) an explanation in place breaks the address a company copies.
 */
import type { TermHit } from './types';

/** 「提出先：…」「TEL：…」「所管課：…」: a line of a call's contact block, a label and a colon. */
export const CONTACT_LINE =
  /^[\s\u3000]*(?:[・⑴-⒇]|[(（]?[0-9０-９]{1,2}[)）．.])?[\s\u3000]*(?:提出先|問い?合わ?せ先?|担当(?:課|者|部署)?|連絡先|所管課?|電話|TEL|ＴＥＬ|FAX|ＦＡＸ|E-?mail|Ｅ－?ｍａｉｌ|電子メール|メール|住所|所在地)[^：:\n]{0,6}[：:]/u;

/** A unit of an office's organisation with the words before it: 総務企画課, 企画係, 福祉総合センター. */
const DEPARTMENT =
  /[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー・々]*(?:課|係|室|部|局|センター|グループ|担当)/gu;

/** A section of an office by its usual name (企画課, 財政課), not a word ending in 課 (賦課, 重課). */
const SECTION_TERM = /(?:課|係|室)$/u;
const SECTION_MEANING = /(?:課|部署|係|室)$/u;

/** 八王子市企画課, 県財政課: the body's own section, the same name with its body before it. */
const BODY_PREFIX = /[市町村県区都道府庁]$/u;

/**
 * Whether `hit` names a section by a part of a longer section name (企画課 in 総務企画課): the
 * prefix makes it another section, whose job the part's explanation does not say.
 */
export function isPartOfSectionName(masked: string, hit: TermHit): boolean {
  const { term, plain } = hit.entry;
  if (!SECTION_TERM.test(term) || !SECTION_MEANING.test(plain.replace(/（[^）]*）/gu, '').trim()))
    return false;
  const prefix = /[\p{sc=Han}\p{sc=Katakana}ー々]+$/u.exec(
    masked.slice(Math.max(0, hit.start - 12), hit.start),
  );
  return prefix !== null && !BODY_PREFIX.test(prefix[0]);
}

/** The spans of department names on contact lines (問合せ先：総務企画課 企画係), in text order. */
export function contactNameSpans(masked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (const line of masked.split('\n')) {
    const label = CONTACT_LINE.exec(line);
    if (label) {
      for (const m of line.slice(label[0].length).matchAll(DEPARTMENT)) {
        const start = lineStart + label[0].length + m.index;
        spans.push({ start, end: start + m[0].length });
      }
    }
    lineStart += line.length + 1;
  }
  return spans;
}

/**
 * The hits that are not read inside a department's name: no part of a longer section name, and
 * nothing inside a name on a contact line.
 */
export function outsideDepartmentNames(masked: string, hits: readonly TermHit[]): TermHit[] {
  const spans = contactNameSpans(masked);
  const inName = (h: TermHit) => spans.some((s) => s.start <= h.start && h.end <= s.end);
  return hits.filter((h) => !isPartOfSectionName(masked, h) && !inName(h));
}
