/**
 * Abbreviations (国保, 特養, DX …) used before their full form appears. One finding per
 * abbreviation — its first use — because writing the full form once fixes every later use.
 */
import type { Finding, Rule, RuleContext } from '../types';
import { readerKnows } from '../reader';
import { say } from '../messages/message';
import { abbreviationMessages as M } from '../messages/terms';
import { finding } from './helpers';
import { annotation, slotOf } from './jargonSlot';

export const ABBREVIATION_RULE = 'abbreviation-first';

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const hit of ctx.terms) {
    const { entry } = hit;
    if (!entry.full || readerKnows(entry, ctx.options.reader) || done.has(entry.term)) continue;
    done.add(entry.term);
    const fullAt = ctx.masked.indexOf(entry.full);
    if (fullAt !== -1 && fullAt < hit.start) continue;
    // 略語（正式名称）also defines it.
    const after = ctx.masked.slice(hit.end, hit.end + entry.full.length + 1);
    if (after === `（${entry.full}` || after === `(${entry.full}`) continue;
    // Inside a compound (観光DMO) the full form cannot replace the abbreviation: it follows the
    // whole compound as a note instead (観光DMO（DMO：観光地域づくり法人）).
    const slot = slotOf(ctx, hit.start, hit.end, entry.full);
    if (ctx.masked.startsWith(`（${entry.term}：${entry.full}`, slot.end)) continue;
    const whole = slot.start === hit.start && slot.end === hit.end;
    const compound = ctx.text.slice(slot.start, slot.end);
    const replacement = whole
      ? `${entry.full}（${entry.term}）`
      : compound + annotation(entry.term, compound, entry.full);
    const fix = whole
      ? { start: hit.start, end: hit.end, replacement }
      : { start: slot.start, end: slot.end, replacement };
    out.push({
      ...finding(
        ctx,
        ABBREVIATION_RULE,
        hit.start,
        hit.end,
        say(ctx.options, M.firstUse, { term: entry.term, full: entry.full, why: entry.why }),
        replacement,
        fix,
      ),
      term: entry.term,
    });
  }
  return out;
}

export const abbreviationFirstRule: Rule = {
  id: ABBREVIATION_RULE,
  explanation: M.explanation,
  check,
};
