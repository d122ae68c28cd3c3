/**
 * Sentences past the limit (60 characters by default). When the sentence has a clean seam
 * (〜ており、 〜であり、 〜ですが、 …) near its middle, the fix cuts it there into two sentences,
 * ending the first in the text's register (ている。 in a である text, ています。 in a です・ます one).
 */
import { visibleLength } from '../text';
import type { Finding, Fix, Rule, RuleContext, Sentence } from '../types';
import { say } from '../messages/message';
import { sentenceLengthMessages as M } from '../messages/style';
import { finding } from './helpers';
import { endingInStyle, mainStyle, type Style } from './mixedStyle';

export const SENTENCE_LENGTH_RULE = 'sentence-length';

/**
 * Seams where a sentence can end without rewording: `end` is the clause's ending as a plain
 * sentence end, and `next` opens the sentence after it.
 */
const SEAMS: readonly { re: RegExp; end: (m: RegExpExecArray) => string; next: string }[] = [
  { re: /ており、/g, end: () => 'ている', next: '' },
  { re: /であり、/g, end: () => 'である', next: '' },
  { re: /(です|ます)が、/g, end: (m) => m[1]!, next: 'しかし、' },
  { re: /(ている|ていた|である|あった|ない|なかった|だった|ある)が、/g, end: (m) => m[1]!, next: 'しかし、' },
  { re: /(ない|ている|いる|ある)ので、/g, end: (m) => m[1]!, next: 'そのため、' },
];

/**
 * 「地域交通についてですが、」「補助の件であるが、」: a が that only opens the topic (前置き), not a
 * contrast. The sentence after it goes on with that topic, so no しかし joins them.
 */
const TOPIC_OPENER = /(?:について|に関して|につきまして|の件|に関する件)(?:です|である)$/u;

/**
 * The fix that ends the sentence at seam `m` in `style`: its replacement may reach back before the
 * seam (していない → していません). Null when the clause's ending has no form in that style the
 * tables know: the advice never suggests a plain ending in a です・ます text.
 */
function cutAt(s: Sentence, m: RegExpExecArray, end: string, next: string, style: Style): Fix | null {
  const before = s.masked.slice(0, m.index);
  const body = before + end;
  const opensTopic = next === 'しかし、' && TOPIC_OPENER.test(body);
  const sentenceEnd = `。${opensTopic ? '' : next}`;
  const polite = /(?:です|ます)$/u.test(end);
  const converted =
    polite === (style === 'polite') ? { length: 0, replacement: '' } : endingInStyle(body, style);
  if (!converted) return null;
  const reach = Math.max(0, converted.length - end.length);
  const start = s.start + m.index - reach;
  const kept = end.slice(0, Math.max(0, end.length - converted.length));
  return {
    start,
    end: s.start + m.index + m[0].length,
    replacement: kept + converted.replacement + sentenceEnd,
  };
}

/** The seam closest to the middle that leaves at least 15 characters on each side. */
function bestSeam(s: Sentence, style: Style): Fix | null {
  const total = visibleLength(s.masked);
  let best: { fix: Fix; distance: number } | null = null;
  for (const { re, end, next } of SEAMS) {
    re.lastIndex = 0;
    for (let m = re.exec(s.masked); m; m = re.exec(s.masked)) {
      const left = visibleLength(s.masked.slice(0, m.index + m[0].length));
      if (left < 15 || total - left < 15) continue;
      const distance = Math.abs(left - total / 2);
      if (best && distance >= best.distance) continue;
      const fix = cutAt(s, m, end(m), next, style);
      if (fix) best = { fix, distance };
    }
  }
  return best?.fix ?? null;
}

function check(ctx: RuleContext): Finding[] {
  const limit = ctx.options.maxSentenceLength;
  // A text with no sentence end yet (a heading, a fragment) is treated as written in である.
  const style = mainStyle(ctx.sentences) ?? 'plain';
  const out: Finding[] = [];
  for (const s of ctx.sentences) {
    if (s.kind === 'heading' || s.kind === 'table') continue;
    const length = visibleLength(s.masked);
    if (length <= limit) continue;
    const fix = bestSeam(s, style);
    const seam = fix ? ctx.text.slice(fix.start, fix.end) : null;
    const voice = ctx.options;
    const suggestion =
      fix && seam !== null
        ? say(voice, M.cutAt, { seam, replacement: fix.replacement })
        : say(voice, M.split);
    out.push(
      finding(
        ctx,
        SENTENCE_LENGTH_RULE,
        s.start,
        s.end,
        say(voice, M.tooLong, { length, limit }),
        suggestion,
        fix ?? undefined,
      ),
    );
  }
  return out;
}

export const sentenceLengthRule: Rule = {
  id: SENTENCE_LENGTH_RULE,
  explanation: M.explanation,
  check,
};
