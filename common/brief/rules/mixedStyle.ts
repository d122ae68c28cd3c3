/**
 * Mixed です・ます and である・だ endings. The minority style is flagged; where the ending is one
 * of a known set (である↔です, している↔しています …) the fix converts it.
 */
import type { Finding, Rule, RuleContext, Sentence } from '../types';
import { say } from '../messages/message';
import { mixedStyleMessages as M } from '../messages/style';
import { finding } from './helpers';

export const MIXED_STYLE_RULE = 'mixed-style';

export type Style = 'polite' | 'plain';

const POLITE_END = /(?:です|ます|ました|でした|ません|でしょう|ましょう|ください|ございます)[かねよ]?$/;
const PLAIN_END = /(?:である|であった|であろう|だ|だった|だろう|ない|なかった|る|た|う|く|い|ず|ぬ)$/;

/** [ending, rewrite, required preceding pattern]; longest first within each direction. */
type Conversion = readonly [string, string, RegExp?];
const TO_POLITE: readonly Conversion[] = [
  ['ではない', 'ではありません'],
  ['でない', 'ではありません'],
  ['であった', 'でした'],
  ['であろう', 'でしょう'],
  ['である', 'です'],
  ['していない', 'していません'],
  ['していた', 'していました'],
  ['している', 'しています'],
  ['ていない', 'ていません'],
  ['ている', 'ています'],
  ['できない', 'できません'],
  ['できる', 'できます'],
  ['がない', 'がありません'],
  ['がある', 'があります'],
  ['なった', 'なりました'],
  ['なる', 'なります'],
  ['られる', 'られます'],
  ['される', 'されます'],
  ['した', 'しました'],
  ['する', 'します'],
  ['だった', 'でした', /[\p{sc=Han}\p{sc=Katakana}ーのん]$/u],
  ['だ', 'です', /[\p{sc=Han}\p{sc=Katakana}ーのん]$/u],
];
const TO_PLAIN: readonly Conversion[] = [
  ['ではありません', 'ではない'],
  ['でした', 'であった'],
  ['でしょう', 'であろう'],
  ['です', '', /い$/], // 多いです → 多い
  ['です', 'である'],
  // となっております → となっている: おります is います's humble form.
  ['ておりません', 'ていない'],
  ['ておりました', 'ていた'],
  ['ております', 'ている'],
  ['でございます', 'である'],
  ['していません', 'していない'],
  ['していました', 'していた'],
  ['しています', 'している'],
  ['ていません', 'ていない'],
  ['ています', 'ている'],
  ['できません', 'できない'],
  ['できます', 'できる'],
  ['ありません', 'ない'],
  ['ありました', 'あった'],
  ['あります', 'ある'],
  ['なりました', 'なった'],
  ['なります', 'なる'],
  ['られます', 'られる'],
  ['されます', 'される'],
  // お答えいたします → お答えする: いたします is します's humble form, and いたする is no word.
  ['いたしました', 'した'],
  ['いたします', 'する'],
  ['しました', 'した'],
  ['します', 'する'],
];

interface Ending {
  sentence: Sentence;
  style: Style;
  /** Offset just past the last word (before 。 and closing brackets). */
  bodyEnd: number;
}

function ending(s: Sentence): Ending | null {
  if (s.kind === 'heading' || s.kind === 'table') return null;
  const body = s.masked.replace(/[。！？!?」』）)\s]+$/u, '');
  if (s.kind === 'list' && body.length === s.masked.length) return null; // a fragment, not a sentence
  const bodyEnd = s.start + body.length;
  if (POLITE_END.test(body)) return { sentence: s, style: 'polite', bodyEnd };
  if (PLAIN_END.test(body)) return { sentence: s, style: 'plain', bodyEnd };
  return null;
}

/** The style most sentences end in (on a tie, the first sentence's); null when none has an ending. */
function majority(endings: readonly Ending[]): Style | null {
  const polite = endings.filter((e) => e.style === 'polite').length;
  const plain = endings.length - polite;
  if (endings.length === 0) return null;
  return polite > plain ? 'polite' : plain > polite ? 'plain' : endings[0]!.style;
}

/**
 * The text's register as this rule judges it (headings and list fragments have no say). The
 * rewrite writes its new endings in it, so a second rewrite finds nothing to unify.
 */
export function mainStyle(sentences: readonly Sentence[]): Style | null {
  return majority(sentences.map(ending).filter((e): e is Ending => e !== null));
}

/**
 * How to end `body` in `style` (している → しています in a です・ます text): the number of characters
 * at its end to replace and what replaces them; null when its ending is not one the tables know.
 * An い-adjective (少ない, 多い) takes です after it.
 */
export function endingInStyle(body: string, style: Style): { length: number; replacement: string } | null {
  const table = style === 'polite' ? TO_POLITE : TO_PLAIN;
  const hit = table.find(([from, , before]) => {
    if (!body.endsWith(from)) return false;
    return !before || before.test(body.slice(0, -from.length));
  });
  if (hit) return { length: hit[0].length, replacement: hit[1] };
  if (style === 'polite' && /[\p{sc=Han}]い$|ない$/u.test(body)) return { length: 0, replacement: 'です' };
  return null;
}

function check(ctx: RuleContext): Finding[] {
  const endings = ctx.sentences.map(ending).filter((e): e is Ending => e !== null);
  const main = majority(endings);
  if (!main || endings.every((e) => e.style === main)) return [];
  const table = main === 'polite' ? TO_POLITE : TO_PLAIN;
  const label = main === 'polite' ? 'です・ます' : 'である';
  const out: Finding[] = [];
  for (const e of endings) {
    if (e.style === main) continue;
    const body = ctx.masked.slice(e.sentence.start, e.bodyEnd);
    const hit = table.find(([from, , before]) => {
      if (!body.endsWith(from)) return false;
      return !before || before.test(body.slice(0, -from.length));
    });
    const message = say(ctx.options, M.mixed, { style: label });
    if (hit) {
      const start = e.bodyEnd - hit[0].length;
      const replacement = hit[1];
      out.push(
        finding(ctx, MIXED_STYLE_RULE, start, e.bodyEnd, message, `「${hit[0]}」→「${replacement}」`, {
          start,
          end: e.bodyEnd,
          replacement,
        }),
      );
    } else {
      out.push(
        finding(
          ctx,
          MIXED_STYLE_RULE,
          e.sentence.start,
          e.sentence.end,
          message,
          say(ctx.options, M.endIn, { style: label }),
        ),
      );
    }
  }
  return out;
}

export const mixedStyleRule: Rule = {
  id: MIXED_STYLE_RULE,
  explanation: M.explanation,
  check,
};
