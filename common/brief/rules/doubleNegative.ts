/**
 * Double negatives (ないわけではない, なくはない, ざるを得ない …). A company reads them as hedging:
 * is it yes or no? Fixes are offered only where the positive form is certain.
 */
import type { Finding, Rule, RuleContext } from '../types';
import { say } from '../messages/message';
import { doubleNegativeMessages as M } from '../messages/style';
import { finding, phraseFindings, type PhrasePattern } from './helpers';

export const DOUBLE_NEGATIVE_RULE = 'double-negative';

/** 未然形 → 終止形 for godan verbs (見直さ → 見直す), used to turn ざるを得ない into 必要がある. */
const A_TO_U: Record<string, string> = {
  さ: 'す',
  か: 'く',
  が: 'ぐ',
  た: 'つ',
  な: 'ぬ',
  ば: 'ぶ',
  ま: 'む',
  ら: 'る',
  わ: 'う',
};
const E_OR_I_ROW = new Set([...'えけげせてでねべめれいきぎしちにびみり']);

/** 見直さざる → 見直す, 検討せざる → 検討する, 認めざる → 認める; null when unsure. */
function dictionaryForm(stem: string): string | null {
  const last = stem.slice(-1);
  const head = stem.slice(0, -1);
  if (/\p{sc=Han}/u.test(last)) return `${stem}る`; // 見ざる → 見る
  if (last === 'せ' && /\p{sc=Han}{2}$/u.test(head)) return `${head}する`; // サ変
  if (A_TO_U[last]) return head + A_TO_U[last];
  if (E_OR_I_ROW.has(last)) return `${stem}る`;
  return null;
}

/**
 * 〜ざるを得ない: the verb stem is kanji (見直さ, 認め) or a サ変 せ after a noun or を (検討せ, 見直しをせ).
 * The stem never swallows a particle, so the fix cannot start mid-phrase (事業の|見直さ).
 */
// ませんでした before ません: 頼らざるを得ませんでした is a past (必要がありました), not 必要がありますでした.
const ZARU = /((?:[\p{sc=Han}々]{1,6}[ぁ-ん]?)|せ)ざる(?:を得|をえ)(ませんでした|ない|ません|なかった)/gu;

const PATTERNS: readonly PhrasePattern[] = [
  {
    re: /ない(?:わけ|訳)(?:では|でも)(?:ない|ありません)/g,
    advice: M.partly,
  },
  {
    re: /なく(?:は|も)(?:ない|ありません)/g,
    advice: M.can,
  },
  {
    re: /ない(?:こと|事)(?:は|も)(?:ない|ありません)/g,
    advice: M.withConditions,
  },
  { re: /ないとは(?:言え|いえ)(?:ない|ません)/g, advice: M.possibly },
  { re: /ないではない/g, advice: M.positive },
  {
    re: /(不可能|無関係|無理)では(ない|ありません)/g,
    advice: M.positive,
    rewrite: (m) => {
      const polite = m[2] === 'ありません';
      if (m[1] === '不可能') return polite ? '可能です' : '可能である';
      if (m[1] === '無関係') return polite ? '関係があります' : '関係がある';
      return null;
    },
  },
];

/**
 * 「見直さざるを得ない」→「見直す必要がある」. A verb after the attributive の (事業の見直さざる…, a
 * common slip) takes を once it becomes a plain verb: 「事業を見直す必要がある」, so the fix covers the の.
 */
function zaruFindings(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ZARU.lastIndex = 0;
  for (let m = ZARU.exec(ctx.masked); m; m = ZARU.exec(ctx.masked)) {
    const stem = m[1]!;
    const verb = stem === 'せ' ? 'する' : dictionaryForm(stem);
    let start = m.index;
    const end = start + m[0].length;
    const tails: Record<string, string> = {
      ません: '必要があります',
      ませんでした: '必要がありました',
      なかった: '必要があった',
    };
    const tail = tails[m[2]!] ?? '必要がある';
    let replacement = verb ? `${verb}${tail}` : null;
    if (replacement && ctx.masked[start - 1] === 'の' && stem !== 'せ') {
      start -= 1;
      replacement = `を${replacement}`;
    }
    const voice = ctx.options;
    const message = say(voice, M.doubleNegative, { advice: say(voice, M.zaru) });
    const fix = replacement ? { start, end, replacement } : undefined;
    out.push(
      finding(ctx, DOUBLE_NEGATIVE_RULE, m.index, end, message, replacement ?? say(voice, M.zaruFix), fix),
    );
  }
  return out;
}

function check(ctx: RuleContext): Finding[] {
  return [...zaruFindings(ctx), ...phraseFindings(ctx, DOUBLE_NEGATIVE_RULE, PATTERNS, M.doubleNegative)];
}

export const doubleNegativeRule: Rule = {
  id: DOUBLE_NEGATIVE_RULE,
  explanation: M.explanation,
  check,
};
