/**
 * Numbered stages and classes (第1次調査, 第2種漁港, 第1号被保険者, 第二次スクリーニング): a scheme's own
 * division, defined in a law or a programme's rules. A company reader sees that there is a first and a
 * second, not what sets them apart. Plan generations (第3次地域福祉計画, 第2期〜計画) only count editions
 * and are left: in the tuning part's older texts 1 of 8 touched a label (the plan's own name), against
 * 2 of 3 stages and classes.
 */
import type { TermHit } from '../types';

export interface OrdinalClass {
  start: number;
  end: number;
}

/**
 * 第 + a number + 次・種・号・類 + the noun it divides. Not inside a citation (条の2第1項第2号: a
 * kanji, digit or の before 第), not 第三者 (no counter).
 */
const ORDINAL_CLASS =
  /(?<![\p{sc=Han}0-9０-９の])第(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[次種号類][\p{sc=Han}\p{sc=Katakana}ー・々]{1,12}/gu;
/** An edition of a plan or strategy, not a division of a scheme. */
const EDITION = /計画|プラン|ビジョン|戦略|構想|指針|方針/u;

/**
 * The numbered classes in `masked` the glossary does not already handle: a marked (not everyday)
 * entry overlapping it is the jargon rule's (第1号被保険者 is explained there), and an entry that
 * covers it is the glossary's.
 */
export function ordinalClasses(masked: string, terms: readonly TermHit[]): OrdinalClass[] {
  const out: OrdinalClass[] = [];
  for (const m of masked.matchAll(ORDINAL_CLASS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (EDITION.test(m[0])) continue;
    if (
      terms.some(
        (t) => t.start < end && start < t.end && (!t.entry.everyday || (t.start <= start && end <= t.end)),
      )
    )
      continue;
    out.push({ start, end });
  }
  return out;
}
