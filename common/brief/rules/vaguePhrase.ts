/**
 * Vague phrases from the glossary's 曖昧表現 list (一定の, 適宜, 必要に応じて, 各種): words a company
 * understands but cannot act on, because they stand where a number, a condition or a list belongs.
 * Each use is marked (each hides a different number); the fix drops in a plain word only where the
 * entry has one (所要の → 必要な), otherwise the suggestion says what to write.
 */
import type { Finding, Rule, RuleContext } from '../types';
import { say } from '../messages/message';
import { vaguePhraseMessages as M } from '../messages/terms';
import { finding } from './helpers';
import { companyView, plainCore, VAGUE_CATEGORY } from './jargon';

export const VAGUE_PHRASE_RULE = 'vague-phrase';

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const hit of ctx.terms) {
    const { entry } = hit;
    if (entry.category !== VAGUE_CATEGORY) continue;
    const core = plainCore(entry);
    // An entry's plain form is a meaning (所要の → 必要な) or, in parentheses, what to write
    // instead (一定の →（具体的な数値・条件を書く）): that goes in the suggestion, not mid-message.
    const voice = ctx.options;
    const view = companyView(entry, voice);
    const message = say(voice, M.vague, { term: entry.term, meaning: core, view });
    const dropIn = core !== '' && core === entry.plain;
    const fix = dropIn ? { start: hit.start, end: hit.end, replacement: core } : undefined;
    out.push(finding(ctx, VAGUE_PHRASE_RULE, hit.start, hit.end, message, dropIn ? core : entry.plain, fix));
  }
  return out;
}

export const vaguePhraseRule: Rule = {
  id: VAGUE_PHRASE_RULE,
  explanation: M.explanation,
  check,
};
