/**
 * Cuts after the continuative forms that are no verb in 連用形: a negative state 〜ず、 (至っておらず、
 * → 至っていない。), an adjective predicate 〜く、 (仕組みがなく、 → 仕組みがない。, 実施率が低く、 →
 * 低いです。) and a plan 〜方向で、 (移管する方向で、 → 移管する方向です。).
 * The negation is kept in the ending (ず → ない／ません), so a cut never turns a "not" into a "do".
 */
import type { ClauseCut } from './clauses';
import type { MorphToken } from './morph';

/**
 * 至っておら|ず → 至っていない／至っておりません, 確保でき|ず → 確保できない／できません: states only.
 * After an action 〜ず、 says how the next one is done (予約せず、来館できる: "without booking"), and
 * two sentences would say it is not done at all.
 */
function negativeEnd(verb: MorphToken, polite: boolean): string | null {
  if (verb.pos !== '動詞') return null;
  if (verb.base === 'おる') return polite ? 'おりません' : 'いない';
  if (verb.base === 'できる' && verb.surface === 'でき') return polite ? 'できません' : 'できない';
  return null;
}

/** The particles that make an adjective a predicate (仕組みがなく、 実施率が低く、), not an adverb (広く、). */
const SUBJECT = new Set(['が', 'は', 'も']);

/** Nouns that end a plan stated with で、 (移管する方向で、 開始する予定で、): the copula's continuative. */
const PLANS = new Set(['方向', '予定', '見込み', '方針']);

/** The cut at the 読点 tokens[k] after 〜ず, an adjective's 〜く or a plan's 〜で, or null. */
export function continuativeCut(tokens: readonly MorphToken[], k: number, polite: boolean): ClauseCut | null {
  const p = tokens[k - 1];
  const verb = tokens[k - 2];
  const comma = tokens[k]!;
  if (p?.pos === '助動詞' && p.surface === 'ず' && verb) {
    const end = negativeEnd(verb, polite);
    return end ? { start: verb.start, end: comma.end, replacement: `${end}。` } : null;
  }
  const subject = tokens[k - 2]?.pos === '副詞' ? tokens[k - 3] : tokens[k - 2]; // が特に多く、
  const predicate = subject?.pos === '助詞' && SUBJECT.has(subject.surface);
  if (p?.pos === '形容詞' && predicate && p.surface === `${p.base.slice(0, -1)}く`) {
    const end = polite ? (p.base === 'ない' ? 'ありません' : `${p.base}です`) : p.base;
    return { start: p.start, end: comma.end, replacement: `${end}。` };
  }
  // 移管する方向で、現在… → 移管する方向です。現在…: the plan after a verb is a statement of its own.
  if (
    p?.surface === 'で' &&
    p.pos === '助詞' &&
    PLANS.has(verb?.surface ?? '') &&
    tokens[k - 3]?.pos === '動詞'
  )
    return { start: p.start, end: comma.end, replacement: polite ? 'です。' : 'である。' };
  return null;
}
