/**
 * Three or more items run into one sentence (A、B、C及びD). A company compares items side by side;
 * a bullet list lets them. No automatic fix: turning a clause into a list changes the sentence.
 */
import { isTableRow } from '../tableRows';
import { visibleLength } from '../text';
import type { Finding, Rule, RuleContext } from '../types';
import { say } from '../messages/message';
import { runOnListMessages as M } from '../messages/style';
import { finding } from './helpers';

export const RUN_ON_LIST_RULE = 'run-on-list';

/** A noun item: kanji/katakana/Latin, optionally 「AのB」, never containing a separator word. */
const C =
  '(?:(?!及び|並びに|又は)[\\p{sc=Han}\\p{sc=Katakana}ー々ヶA-Za-z0-9Ａ-Ｚａ-ｚ０-９りみきえけせめれ])';
/** An item starts on kanji/katakana/Latin: okurigana only ever end a noun (見守り), never start one. */
const C0 = '(?:(?!及び|並びに|又は)[\\p{sc=Han}\\p{sc=Katakana}ー々ヶA-Za-z0-9Ａ-Ｚａ-ｚ０-９])';
/** Okurigana that end nouns (見守り, 手続き, 申込み) are allowed; particles other than the joiners are not. */
const ITEM = `${C0}${C}{0,19}(?:(?:への|との|での|の)${C}{1,20})?`;
const SEP = '(?:、|，|及び|および|並びに|ならびに|や|又は|または)';
const LIST = new RegExp(`${ITEM}(?:${SEP}${ITEM}){2,}`, 'gu');
const SPLIT = new RegExp(`(${SEP})`, 'u');
/** Joiners that can join two nouns inside one item (医療機関及び商業施設との連携). */
const JOINER = /^(?:及び|および|並びに|ならびに|又は|または|や)$/u;

/**
 * The items of a list span. A joiner between a bare noun and a phrase whose relation it shares
 * (医療機関及び商業施設との連携, 国及び県への要望) joins two nouns inside one item: both are partners of
 * the 連携. After a phrase that has its own (安否確認の代行及び家族への定期報告) it separates items —
 * unless that phrase ends in a thing, not an action: 既存の路線バス及びタクシー事業者への影響 is the
 * effect on both, as the analyser tells (`endsInAction`: is the word ending at this offset of the
 * span an action noun, 代行 or 報告, or a thing, バス; undefined without it).
 */
export function runOnItems(span: string, endsInAction?: (offset: number) => boolean | undefined): string[] {
  const parts = span.split(SPLIT);
  const items: string[] = [];
  let at = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    const joiner = parts[i - 1] ?? '';
    const previous = items[items.length - 1];
    const ownRelation = previous !== undefined && /(?:の|への|との|での)/u.test(previous);
    const sharesRelation = /^[^の]+?(?:との|への)/u.test(part);
    const bare = previous !== undefined && (!ownRelation || endsInAction?.(at - joiner.length) === false);
    if (JOINER.test(joiner) && bare && sharesRelation) items[items.length - 1] = previous + joiner + part;
    else if (part !== '') items.push(part);
    at += part.length + (parts[i + 1]?.length ?? 0);
  }
  return items;
}
/** Sentence-opening words that a 、 follows but that are not list items (近年、本市では …). */
const OPENER =
  /^(?:近年|昨今|現在|今後|従来|本市|本町|本村|当市|一方|特に|更に|今回|当面|次に|最後に|令和[0-9０-９元]+年度?|平成[0-9０-９]+年度?)$/u;

/** Moves a list start forward to the next morpheme start when it falls inside a word. */
function snapToToken(ctx: RuleContext, start: number, span: string): { span: string; skipped: number } {
  if (!ctx.tokens) return { span, skipped: 0 };
  const inside = ctx.tokens.find((t) => t.start < start && t.end > start);
  if (!inside) return { span, skipped: 0 };
  const skipped = inside.end - start;
  return { span: span.slice(skipped), skipped };
}

/** Whether the noun ending at `end` is an action (サ変接続: 代行, 報告); undefined without the analyser. */
function actionAt(ctx: RuleContext, end: number): boolean | undefined {
  const token = ctx.tokens?.find((t) => t.end === end);
  return token && token.pos === '名詞' ? token.detail === 'サ変接続' : undefined;
}

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sentences) {
    // A row of a ｜-table lists cells, not clauses: its 、 and 及び are inside one cell's name.
    if ((s.kind !== 'para' && s.kind !== 'quote') || isTableRow(s.text)) continue;
    LIST.lastIndex = 0;
    for (let m = LIST.exec(s.masked); m; m = LIST.exec(s.masked)) {
      let span = m[0];
      let offset = m.index;
      const opener = /^[^、，]+、/u.exec(span);
      if (opener && OPENER.test(opener[0].slice(0, -1))) {
        span = span.slice(opener[0].length);
        offset += opener[0].length;
      }
      // With morphemes, a list never starts inside a word (ため|庁内 → 庁内, not め庁内).
      const snapped = snapToToken(ctx, s.start + offset, span);
      offset += snapped.skipped;
      span = snapped.span;
      const spanStart = s.start + offset;
      const items = runOnItems(span, (at) => actionAt(ctx, spanStart + at));
      if (items.length < 3 || items.every((x) => /^[0-9０-９]+$/.test(x))) continue;
      // 「国、県、市」 is a short list that reads fine inline; bullets pay off for longer ones.
      if (visibleLength(span) < 15 && visibleLength(s.masked) <= 40) continue;
      const start = s.start + offset;
      out.push(
        finding(
          ctx,
          RUN_ON_LIST_RULE,
          start,
          start + span.length,
          say(ctx.options, M.packed, { count: items.length }),
          items.map((x) => `- ${x}`).join('\n'),
        ),
      );
    }
  }
  return out;
}

export const runOnListRule: Rule = {
  id: RUN_ON_LIST_RULE,
  explanation: M.explanation,
  check,
};
