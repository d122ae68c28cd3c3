/**
 * A paragraph that opens with background (〜に伴い、〜ため、近年、…) and only later says what the
 * municipality wants (〜したい、〜が課題、〜を求める). A company skims first sentences; the fix moves
 * the conclusion to the front and drops its now-dangling connective (そこで、このため、…).
 */
import type { Finding, Rule, RuleContext, Sentence } from '../types';
import { say } from '../messages/message';
import { conclusionFirstMessages as M } from '../messages/style';
import { finding } from './helpers';

export const CONCLUSION_FIRST_RULE = 'conclusion-first';

const BACKGROUND =
  /(?:ため、|により、|によって、|に伴い|に伴って|を背景に|を受け(?:て)?、|^近年|^昨今|^従来|^これまで|が進む中|が進んでおり|状況にあり|ところであるが|ものの、)/;
const CONCLUSION =
  /(?:したい|たいと考え|たい。|たい$|が課題|を課題と|課題である|課題です|を求め|求めています|を募集|募集します|を目指|必要がある|必要です|提案を)/;
const CONNECTIVE =
  /^(?:そこで|このため|そのため|したがって|よって|以上のことから|以上から|こうしたことから|このことから)、?/;

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.paragraphs) {
    if (p.sentences.length < 2) continue;
    const list = p.sentences.map((i) => ctx.sentences[i]!);
    const first = list[0]!;
    if (!BACKGROUND.test(first.masked) || CONCLUSION.test(first.masked)) continue;
    const k = list.findIndex((s, i) => i > 0 && CONCLUSION.test(s.masked));
    if (k < 1) continue;
    const conclusion = list[k]!;
    out.push(
      finding(
        ctx,
        CONCLUSION_FIRST_RULE,
        conclusion.start,
        conclusion.end,
        say(ctx.options, M.conclusionLast),
        say(ctx.options, M.moveUp),
        moveToFront(ctx, first, list[k - 1]!, conclusion),
      ),
    );
  }
  return out;
}

/** Replaces [first.start, conclusion.end) with: conclusion (minus connective) + gap + background. */
function moveToFront(ctx: RuleContext, first: Sentence, beforeConclusion: Sentence, conclusion: Sentence) {
  const background = ctx.text.slice(first.start, beforeConclusion.end);
  const gap = ctx.text.slice(beforeConclusion.end, conclusion.start);
  const lead = conclusion.text.replace(CONNECTIVE, '');
  const closed = /[。！？]$/.test(lead) ? lead : `${lead}。`;
  return { start: first.start, end: conclusion.end, replacement: closed + gap + background };
}

export const conclusionFirstRule: Rule = {
  id: CONCLUSION_FIRST_RULE,
  explanation: M.explanation,
  check,
};
