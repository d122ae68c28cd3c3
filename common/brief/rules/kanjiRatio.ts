/**
 * Sentences whose share of kanji is far above plain writing. Plain Japanese for the public runs
 * at about 30 % kanji; municipal documents often pass 50 %, which reads as a wall of jargon.
 */
import type { Finding, Rule, RuleContext } from '../types';
import { say } from '../messages/message';
import { kanjiRatioMessages as M } from '../messages/style';
import { finding } from './helpers';

export const KANJI_RATIO_RULE = 'kanji-ratio';

/** Share of kanji above which a sentence is flagged (plain writing is about 0.3). */
export const KANJI_RATIO_LIMIT = 0.5;
/** Short sentences and labels (「担当：企画課」) swing too much to judge. */
const MIN_LETTERS = 20;

/** Kanji share among letters (kanji, kana, Latin); digits, spaces and punctuation are left out. */
export function kanjiRatio(s: string): { ratio: number; letters: number } {
  let kanji = 0;
  let letters = 0;
  for (const ch of s) {
    if (/[\p{sc=Han}々〆ヶ]/u.test(ch)) {
      kanji++;
      letters++;
    } else if (/[\p{sc=Hiragana}\p{sc=Katakana}ーA-Za-zＡ-Ｚａ-ｚ]/u.test(ch)) letters++;
  }
  return { ratio: letters === 0 ? 0 : kanji / letters, letters };
}

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sentences) {
    // Headings and list items are labels (「継続性：本格導入の見通し」); only prose is judged.
    if (s.kind !== 'para' && s.kind !== 'quote') continue;
    const { ratio, letters } = kanjiRatio(s.masked);
    if (letters < MIN_LETTERS || ratio <= KANJI_RATIO_LIMIT) continue;
    const percent = Math.round(ratio * 100);
    out.push(
      finding(
        ctx,
        KANJI_RATIO_RULE,
        s.start,
        s.end,
        say(ctx.options, M.tooManyKanji, { percent }),
        say(ctx.options, M.fewerKanji),
      ),
    );
  }
  return out;
}

export const kanjiRatioRule: Rule = {
  id: KANJI_RATIO_RULE,
  explanation: M.explanation,
  check,
};
