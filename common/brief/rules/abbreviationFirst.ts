/**
 * Abbreviations (国保, 特養, DX …) used before their full form appears. One finding per
 * abbreviation — its first use — because writing the full form once fixes every later use.
 */
import type { Finding, Rule, RuleContext } from '../types';
import { finding } from './helpers';

export const ABBREVIATION_RULE = 'abbreviation-first';

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const hit of ctx.terms) {
    const { entry } = hit;
    if (!entry.full || entry.everyday || done.has(entry.term)) continue;
    done.add(entry.term);
    const fullAt = ctx.masked.indexOf(entry.full);
    if (fullAt !== -1 && fullAt < hit.start) continue;
    // 略語（正式名称）also defines it.
    const after = ctx.masked.slice(hit.end, hit.end + entry.full.length + 1);
    if (after === `（${entry.full}` || after === `(${entry.full}`) continue;
    const replacement = `${entry.full}（${entry.term}）`;
    out.push(
      finding(
        ctx,
        ABBREVIATION_RULE,
        hit.start,
        hit.end,
        `「${entry.term}」は略語です。初めて使う所では正式名称「${entry.full}」を書きましょう。${entry.why}。`,
        replacement,
        { start: hit.start, end: hit.end, replacement },
      ),
    );
  }
  return out;
}

export const abbreviationFirstRule: Rule = {
  id: ABBREVIATION_RULE,
  explanation:
    '略語（国保・特養・DX など）が正式名称より先に出てくる箇所を見つけます。庁内では通じる略語も、企業には何の制度・施設かが分かりません。最初に「正式名称（略語）」と書けば、以後は略語で構いません。',
  check,
};
