/**
 * Hedged and passive forms (〜と考えられる, 〜が見込まれる, 〜とされている, 〜に努める, 〜が検討されて
 * いる). They hide who judges or who acts; a company needs to know what the municipality itself
 * will do. Fixes make the verb active and mark the missing doer as 【要記入：主語】 for the author.
 */
import { passiveHedgeMessages as M } from '../messages/style';
import type { Finding, Rule, RuleContext } from '../types';
import {
  isSahenNoun,
  NOUN_CHAR,
  nounIsModified,
  PARTICLE_BEFORE,
  phraseFindings,
  verbalParticle,
  type PhrasePattern,
} from './helpers';
import { PASSIVE_PATTERNS, SUBJECT_BLANK } from './passiveActive';

export const PASSIVE_HEDGE_RULE = 'passive-hedge';

const PATTERNS: readonly PhrasePattern[] = [
  {
    re: /ものと考え(?=[るらまて])/g,
    advice: M.mono,
    rewrite: () => 'と考え',
  },
  {
    re: /と(?:考えられ|思われ)(る|ます|ている|ています)/g,
    advice: M.whoseJudgement,
    rewrite: (m) => `と${SUBJECT_BLANK}は考え${m[1]}`,
  },
  {
    re: /が見込まれ(る|ます|ている|ています)/g,
    advice: M.whoseEstimate,
    rewrite: (m) => {
      const active: Record<string, string> = {
        る: '見込む',
        ます: '見込みます',
        ている: '見込んでいる',
        ています: '見込んでいます',
      };
      const verb = active[m[1]!];
      return verb ? `を${SUBJECT_BLANK}が${verb}` : null;
    },
  },
  {
    re: /が求められ(る|ます|ている|ています)/g,
    advice: M.whoRequires,
    rewrite: (m) =>
      // 求められることとなった, 求められているところです: 必要である before こと／ところ is no Japanese.
      /^(?:こと|ところ|もの)/u.test(m.input.slice(m.index + m[0].length))
        ? null
        : ({ る: 'が必要である', ます: 'が必要です', ている: 'が必要である', ています: 'が必要です' }[
            m[1]!
          ] ?? null),
  },
  {
    re: /とされてい(る|ます)/g,
    advice: M.source,
  },
  {
    re: new RegExp(
      `${PARTICLE_BEFORE}(${NOUN_CHAR}{1,16})に努め(てまいります|ていきます|ていく|ます|る)`,
      'gu',
    ),
    advice: M.tsutomeru,
    rewrite: (m) => {
      const particle = verbalParticle(m[1] ?? '');
      // 丁寧な説明に努めて → 丁寧な説明して is not Japanese: flagged, not fixed.
      if (particle === null || !isSahenNoun(m[2]!) || nounIsModified(m, m[1] ?? '')) return null;
      const verb = {
        てまいります: 'していきます',
        ていきます: 'していきます',
        ていく: 'していく',
        ます: 'します',
        る: 'する',
      };
      return particle + m[2]! + (verb[m[3] as keyof typeof verb] ?? '');
    },
  },
  ...PASSIVE_PATTERNS,
  // The council-answer register: an intention, a plan or a process stated without a commitment.
  {
    re: /(?:て(?:まいり|いき))?たいと(?:考えて|思って)(?:おります|おる|います|いる)|たいと存じ(?:ます|ております)/g,
    advice: M.intention,
  },
  {
    re: /(?:する|される)?こととなって(?:おります|おる|います|いる)/g,
    advice: M.decided,
  },
  {
    re: /必要があると(?:考えて|思って)(?:おります|おる|います|いる)/g,
    advice: M.needed,
  },
  {
    // Not after れ: a passive (検討されているところ) is the passive pattern's, which has a fix.
    re: /(?<!れ)(?:ている|ておる|て(?:お|い)ります)ところ(?:です|でございます|であります|である)?/g,
    advice: M.progress,
  },
  {
    re: /方向で(?:調整|検討|協議)/g,
    advice: M.undecided,
  },
];

function check(ctx: RuleContext): Finding[] {
  return phraseFindings(ctx, PASSIVE_HEDGE_RULE, PATTERNS, M.hedged);
}

export const passiveHedgeRule: Rule = {
  id: PASSIVE_HEDGE_RULE,
  explanation: M.explanation,
  check,
};
