/**
 * 「等」「など」 with no example in front of them (関係機関等, 各種団体など). A company cannot tell
 * what is included. 「高齢者、障害者等」 lists examples and passes.
 */
import type { Finding, Rule, RuleContext } from '../types';
import { say } from '../messages/message';
import { vagueTouMessages as M } from '../messages/style';
import { finding, NOUN_CHAR } from './helpers';

export const VAGUE_TOU_RULE = 'vague-tou';

const N = NOUN_CHAR;
const SEP = '(?:、|，|・|や|と|及び|および|並びに|ならびに|又は|または|もしくは)';
/** A noun phrase (optionally 「AのB」) and a run of them joined by list separators, anchored at the end. */
const PHRASE = new RegExp(`${N}+(?:の${N}+)?(?:${SEP}${N}+(?:の${N}+)?)*$`, 'u');
const HAS_SEP = new RegExp(`${N}${SEP}${N}`, 'u');

/** 等 inside ordinary words: 平等, 同等, 高等, 等級, 等しい, 彼等 (かれら) … */
const TOU_BEFORE = new Set([...'平均同対高上中初劣優特一二三彼我此其之何']);
const TOU_AFTER = new Set([...'級分価身閑高間圧速比差式号辺し']);

/**
 * `start` moved back to the start of the word it cuts: the phrase pattern sees only kanji and
 * katakana, so 在り方等 would begin at 方 (a morpheme or glossary term holding 在り方 knows better).
 */
function wordStart(ctx: RuleContext, start: number): number {
  const straddles = (w: { start: number; end: number }) => w.start < start && start < w.end;
  const token = ctx.tokens?.find(straddles);
  const term = ctx.terms.find(straddles);
  return Math.min(token?.start ?? start, term?.start ?? start);
}

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sentences) {
    const re = /等|など/g;
    for (let m = re.exec(s.masked); m; m = re.exec(s.masked)) {
      const at = m.index;
      const word = m[0];
      const prev = s.masked[at - 1] ?? '';
      const next = s.masked[at + word.length] ?? '';
      if (word === '等' && (TOU_BEFORE.has(prev) || TOU_AFTER.has(next))) continue;
      if (next === '（' || next === '(') continue; // 関係機関等（警察・消防）: examples follow
      const before = s.masked.slice(Math.max(0, at - 40), at);
      if (/例えば|例：|たとえば/.test(before)) continue;
      const phrase = PHRASE.exec(before)?.[0];
      if (!phrase) continue; // after a verb (〜するなど): not a list of nouns, leave it
      if (HAS_SEP.test(phrase)) continue;
      const start = wordStart(ctx, s.start + at - phrase.length);
      const shown = ctx.text.slice(start, s.start + at);
      out.push(
        finding(
          ctx,
          VAGUE_TOU_RULE,
          start,
          s.start + at + word.length,
          say(ctx.options, M.noExample, { word, shown }),
          say(ctx.options, M.giveExamples, { word, shown }),
        ),
      );
    }
  }
  return out;
}

export const vagueTouRule: Rule = {
  id: VAGUE_TOU_RULE,
  explanation: M.explanation,
  check,
};
