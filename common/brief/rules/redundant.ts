/**
 * Redundant and stiff forms with exact rewrites: することができる→できる, 調査を実施した→調査した,
 * 説明を行う→説明する, ことが可能である→できる, 〜という形で→〜で, 〜の方向で検討→〜を検討 …
 * Every pattern carries its fix, so a finding here is always one click away from gone.
 */
import { say, type Message } from '../messages/message';
import { redundantMessages as M } from '../messages/style';
import type { Finding, Rule, RuleContext } from '../types';
import { finding, isSahenNoun, NOUN_CHAR, nounIsModified, PARTICLE_BEFORE, verbalParticle } from './helpers';

export const REDUNDANT_RULE = 'redundant';

interface Pattern {
  re: RegExp;
  /** The rewrite of the whole match; null skips the match; `undefined` flags it without a fix. */
  rewrite(m: RegExpExecArray): string | null | undefined;
  why: Message<never>;
}

/**
 * Rewrites 〔particle〕noun + verb-part, or flags without a fix when the particle is a bare 「の」
 * or the noun has a modifier (the verb form would need the modifier reworded).
 */
function sahen(m: RegExpExecArray, verb: string): string | null | undefined {
  const [, particle = '', noun = ''] = m;
  if (!isSahenNoun(noun)) return null;
  if (nounIsModified(m, particle)) return undefined;
  const p = verbalParticle(particle);
  return p === null ? undefined : p + noun + verb;
}

const N = NOUN_CHAR;

/** 行う's inflections → する's, longest first so 行います is not read as 行い. */
const OKONAU: Record<string, string> = {
  行います: 'します',
  行いました: 'しました',
  行い: 'し',
  行う: 'する',
  行った: 'した',
  行って: 'して',
  行われ: 'され',
  行わせ: 'させ',
  行わな: 'しな',
  行わず: 'せず',
  行える: 'できる',
  行えま: 'できま',
  行えな: 'できな',
  行お: 'しよ',
};
const HAKARU: Record<string, string> = {
  図ります: 'します',
  図りました: 'しました',
  図り: 'し',
  図る: 'する',
  図った: 'した',
  図って: 'して',
  図られ: 'され',
  図れる: 'できる',
};
const KANOU: Record<string, string> = {
  である: 'できる',
  です: 'できます',
  だ: 'できる',
  となる: 'できるようになる',
  となります: 'できるようになります',
  になる: 'できるようになる',
  になります: 'できるようになります',
  な: 'できる',
};
const alternation = (table: Record<string, string>) =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');

const PATTERNS: readonly Pattern[] = [
  {
    re: /することができ/g,
    rewrite: () => 'でき',
    why: M.canDo,
  },
  {
    re: new RegExp(`することが可能(${alternation(KANOU)})`, 'g'),
    rewrite: (m) => KANOU[m[1]!] ?? null,
    why: M.possible,
  },
  {
    re: new RegExp(`${PARTICLE_BEFORE}(${N}{1,16})を実施(?=[しすさせで])`, 'gu'),
    rewrite: (m) => sahen(m, ''),
    why: M.jisshi,
  },
  {
    re: new RegExp(`${PARTICLE_BEFORE}(${N}{1,16})を(${alternation(OKONAU)})`, 'gu'),
    rewrite: (m) => sahen(m, OKONAU[m[3]!]!),
    why: M.okonau,
  },
  {
    re: new RegExp(`${PARTICLE_BEFORE}(${N}{1,16})を(${alternation(HAKARU)})`, 'gu'),
    rewrite: (m) => sahen(m, HAKARU[m[3]!]!),
    why: M.hakaru,
  },
  {
    re: /といった形で|という形で/g,
    rewrite: () => 'で',
    why: M.katachi,
  },
  {
    re: /の方向で検討/g,
    rewrite: () => 'を検討',
    why: M.houkou,
  },
  {
    re: /することと(する|します)/g,
    rewrite: (m) => (m[1] === 'する' ? 'する' : 'します'),
    why: M.kotoToSuru,
  },
  {
    re: new RegExp(`(?<=\\p{sc=Han})させていただ(きます|く|いております|いています)`, 'gu'),
    rewrite: (m) =>
      ({ きます: 'します', く: 'する', いております: 'しています', いています: 'しています' })[m[1]!] ?? null,
    why: M.itadaku,
  },
  {
    re: /においては|において|における/g,
    rewrite: (m) => ({ においては: 'では', において: 'で', における: 'の' })[m[0]] ?? null,
    why: M.niOite,
  },
  {
    re: /約([0-9０-９][0-9０-９,，.．]*(?:万|千|百|億)?[^\s。、0-9]{0,3}?)程度/g,
    rewrite: (m) => `約${m[1]}`,
    why: M.yakuTeido,
  },
  {
    re: /まず最初に|一番最初|必要不可欠|今現在|従来から|あらかじめ予約/g,
    rewrite: (m) =>
      ({
        まず最初に: '最初に',
        一番最初: '最初',
        必要不可欠: '不可欠',
        今現在: '現在',
        従来から: '従来',
        あらかじめ予約: '予約',
      })[m[0]] ?? null,
    why: M.doubled,
  },
];

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const { re, rewrite, why } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.masked); m; m = re.exec(ctx.masked)) {
      const replacement = rewrite(m);
      if (replacement === null) continue;
      const start = m.index;
      const end = start + m[0].length;
      const message = say(ctx.options, M.roundabout, { why: say(ctx.options, why) });
      if (replacement === undefined) {
        out.push(finding(ctx, REDUNDANT_RULE, start, end, message, say(ctx.options, M.verbForm)));
        continue;
      }
      out.push(finding(ctx, REDUNDANT_RULE, start, end, message, replacement, { start, end, replacement }));
    }
  }
  return out;
}

export const redundantRule: Rule = {
  id: REDUNDANT_RULE,
  explanation: M.explanation,
  check,
};
