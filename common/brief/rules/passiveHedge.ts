/**
 * Hedged and passive forms (〜と考えられる, 〜が見込まれる, 〜とされている, 〜に努める, 〜が検討されて
 * いる). They hide who judges or who acts; a company needs to know what the municipality itself
 * will do. Fixes make the verb active and mark the missing doer as 【要記入：主語】 for the author.
 */
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
    advice: '「もの」は不要です。',
    rewrite: () => 'と考え',
  },
  {
    re: /と(?:考えられ|思われ)(る|ます|ている|ています)/g,
    advice: '誰の判断か分かりません。根拠があれば言い切り、市の見解なら「と考える」と書きましょう。',
    rewrite: (m) => `と${SUBJECT_BLANK}は考え${m[1]}`,
  },
  {
    re: /が見込まれ(る|ます|ている|ています)/g,
    advice: '誰の見込みか分かりません。「〜を見込む」と書き、根拠の数字も添えましょう。',
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
    advice: '誰が求めているのか分かりません。「〜が必要である」と書きましょう。',
    rewrite: (m) =>
      ({ る: 'が必要である', ます: 'が必要です', ている: 'が必要である', ています: 'が必要です' })[m[1]!] ??
      null,
  },
  {
    re: /とされてい(る|ます)/g,
    advice: '出典が分かりません。「（出典）によると〜」と根拠を示しましょう。',
  },
  {
    re: new RegExp(
      `${PARTICLE_BEFORE}(${NOUN_CHAR}{1,16})に努め(てまいります|ていきます|ていく|ます|る)`,
      'gu',
    ),
    advice: '「努める」では何をするのか分かりません。「〜を〇〇する」と言い切りましょう。',
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
    advice:
      '「〜したいと考えております」は意向で、約束ではありません。いつまでに何をするかを書き、「〜します」と言い切りましょう。',
  },
  {
    re: /(?:する|される)?こととなって(?:おります|おる|います|いる)/g,
    advice:
      '決まったことなのか、誰が決めたのかが分かりません。決定なら「〜します（〇〇で決定）」、未定なら「未定（〇月に決定予定）」と書きましょう。',
  },
  {
    re: /必要があると(?:考えて|思って)(?:おります|おる|います|いる)/g,
    advice:
      '必要と考えるだけでは、市がするのかどうか分かりません。するなら「〜します」、まだなら決める時期を書きましょう。',
  },
  {
    // Not after れ: a passive (検討されているところ) is the passive pattern's, which has a fix.
    re: /(?<!れ)(?:ている|ておる|て(?:お|い)ります)ところ(?:です|でございます|であります|である)?/g,
    advice: '進み具合が分かりません。何がどこまで済み、いつ終わる見込みかを書きましょう。',
  },
  {
    re: /方向で(?:調整|検討|協議)/g,
    advice: 'まだ決まっていません。決まる時期と、決めるのが誰かを書きましょう。',
  },
];

function check(ctx: RuleContext): Finding[] {
  return phraseFindings(ctx, PASSIVE_HEDGE_RULE, PATTERNS, (advice) => `ぼかした表現です。${advice}`);
}

export const passiveHedgeRule: Rule = {
  id: PASSIVE_HEDGE_RULE,
  explanation:
    '受け身や推量でぼかした表現（〜と考えられる、〜が見込まれる、〜とされている、〜に努める、〜が検討されている）と、約束にならない答弁の言い回し（〜したいと考えております、〜こととなっております、〜しているところです、〜の方向で調整）を見つけます。誰が判断し、誰が何をするのかが分からないと、企業は市の本気度を測れません。',
  check,
};
