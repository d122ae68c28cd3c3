/**
 * Sentences past the limit (60 characters by default). When the sentence has a clean seam
 * (〜ており、 〜であり、 〜ですが、 …) near its middle, the fix cuts it there into two sentences.
 */
import { visibleLength } from '../text';
import type { Finding, Fix, Rule, RuleContext, Sentence } from '../types';
import { finding } from './helpers';

export const SENTENCE_LENGTH_RULE = 'sentence-length';

/** Seams where a sentence can end without rewording; `to` replaces the matched text. */
const SEAMS: readonly { re: RegExp; to: (m: RegExpExecArray) => string }[] = [
  { re: /ており、/g, to: () => 'ている。' },
  { re: /であり、/g, to: () => 'である。' },
  { re: /ですが、/g, to: () => 'です。しかし、' },
  { re: /ますが、/g, to: () => 'ます。しかし、' },
  { re: /(ている|ていた|である|あった|ない|なかった|だった|ある)が、/g, to: (m) => `${m[1]}。しかし、` },
  { re: /(ない|ている|いる|ある)ので、/g, to: (m) => `${m[1]}。そのため、` },
];

/** The seam closest to the middle that leaves at least 15 characters on each side. */
function bestSeam(s: Sentence): Fix | null {
  const total = visibleLength(s.masked);
  let best: { fix: Fix; distance: number } | null = null;
  for (const { re, to } of SEAMS) {
    re.lastIndex = 0;
    for (let m = re.exec(s.masked); m; m = re.exec(s.masked)) {
      const left = visibleLength(s.masked.slice(0, m.index + m[0].length));
      if (left < 15 || total - left < 15) continue;
      const distance = Math.abs(left - total / 2);
      if (!best || distance < best.distance) {
        const start = s.start + m.index;
        best = { fix: { start, end: start + m[0].length, replacement: to(m) }, distance };
      }
    }
  }
  return best?.fix ?? null;
}

function check(ctx: RuleContext): Finding[] {
  const limit = ctx.options.maxSentenceLength;
  const out: Finding[] = [];
  for (const s of ctx.sentences) {
    if (s.kind === 'heading' || s.kind === 'table') continue;
    const length = visibleLength(s.masked);
    if (length <= limit) continue;
    const fix = bestSeam(s);
    const seam = fix ? ctx.text.slice(fix.start, fix.end) : null;
    const suggestion = fix
      ? `「${seam}」を「${fix.replacement}」にして2文に分けましょう。`
      : '言いたいことを1文に1つにして、2〜3文に分けましょう。';
    out.push(
      finding(
        ctx,
        SENTENCE_LENGTH_RULE,
        s.start,
        s.end,
        `1文が${length}文字あります（目安は${limit}文字以内）。長い文は企業の担当者が読み違えやすく、要点が伝わりません。`,
        suggestion,
        fix ?? undefined,
      ),
    );
  }
  return out;
}

export const sentenceLengthRule: Rule = {
  id: SENTENCE_LENGTH_RULE,
  explanation:
    '60文字を超える文を見つけます（公用文作成の考え方：一文を短くする）。「〜ており、」「〜であり、」など切れ目があれば、そこで2文に分ける修正を提案します。見出し・表は対象外です。',
  check,
};
