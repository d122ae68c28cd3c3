/** Small helpers shared by rules: building findings and a few Japanese heuristics. */
import { say, type Message } from '../messages/message';
import type { Finding, Fix, RuleContext } from '../types';

/** Builds a finding whose `text` is exactly the source span (the contract consumers rely on). */
export function finding(
  ctx: RuleContext,
  rule: string,
  start: number,
  end: number,
  message: string,
  suggestion: string | null,
  fix?: Fix,
): Finding {
  const f: Finding = { rule, start, end, text: ctx.text.slice(start, end), message, suggestion };
  if (fix) f.fix = fix;
  return f;
}

/** A character that can be part of a noun written in kanji/katakana/Latin (no hiragana). */
export const NOUN_CHAR = '[\\p{sc=Han}\\p{sc=Katakana}ー々〆ヶA-Za-z0-9Ａ-Ｚａ-ｚ０-９]';

/**
 * Final characters of kanji nouns that do not take する (事業する, 対策する, 計画する are wrong or change
 * meaning). Without a morphological dictionary this denylist keeps the 〜を実施する → 〜する fix safe.
 */
const NOT_SAHEN_END =
  /[会業策書票表室座祭度画務事式制費金所場館品物料案版帳類群網期率者員課局部体法省庁園校院性力額数量]$/u;
/** Katakana nouns that read naturally with する; the rest (イベントする, アンケートする) do not. */
const SAHEN_KATAKANA =
  /(?:ヒアリング|ヒヤリング|モニタリング|テスト|サポート|マッチング|チェック|フォロー|フォローアップ|トライアル|シミュレーション|レビュー|リサーチ|マネジメント|プレゼン|ヒアリング調査)$/u;

/** True when `noun + する` is a natural verb (調査する, 周知する, ヒアリングする). */
export function isSahenNoun(noun: string): boolean {
  if (/\p{sc=Katakana}ー?$/u.test(noun)) return SAHEN_KATAKANA.test(noun);
  if (!/\p{sc=Han}$/u.test(noun)) return false;
  // Single-kanji nouns take する irregularly (愛する) and are rare in these phrases: skip them.
  const kanjiTail = /\p{sc=Han}+$/u.exec(noun)?.[0] ?? '';
  if (kanjiTail.length < 2) return false;
  return !NOT_SAHEN_END.test(noun);
}

/** A particle that may precede a サ変 noun (関係課との調整を行う); captured so fixes stay grammatical. */
export const PARTICLE_BEFORE = '((?:からの|との|への|での|の)?)';

/**
 * Hiragana that may end the word before a bare サ変 noun (説明会で説明を行う, 市が調査を実施): particles,
 * and the て of a te-form or a compound particle (協力して調査を行う, 部会において意見聴取を行う), which
 * qualifies the verb, not the noun. Any other kana ends a modifier of the noun (効率的な運営, 翻訳機に
 * よる対応, 含めた検討, 調査や分析).
 */
const PARTICLE_END = /[でにとはもがへらをて]/u;

/**
 * True when the noun a match starts with carries a modifier (丁寧な説明に努める, 効率的な運営を行う):
 * made a verb (丁寧な説明する) it would leave the modifier ungrammatical, so no fix is offered.
 */
export function nounIsModified(m: RegExpExecArray, particle: string): boolean {
  const before = m.input[m.index - 1] ?? '';
  return particle === '' && /\p{sc=Hiragana}/u.test(before) && !PARTICLE_END.test(before);
}

/**
 * 関係課との調整を行う → 関係課と調整する: the particle changes with the verb. For a bare 「の」 the right
 * particle depends on meaning (制度の周知 → 制度を周知, 市の調査 → 市が調査), so no automatic fix.
 */
export function verbalParticle(particle: string): string | null {
  const map: Record<string, string> = { '': '', との: 'と', への: 'に', での: 'で', からの: 'から' };
  return map[particle] ?? null;
}

/** A phrase a rule looks for, the advice shown, and (when certain) the exact rewording. */
export interface PhrasePattern {
  re: RegExp;
  advice: Message<never>;
  rewrite?: (m: RegExpExecArray) => string | null;
}

/**
 * Runs a table of global phrase patterns over the masked text: one finding per match, with a
 * one-click fix only where `rewrite` is sure of the wording.
 */
export function phraseFindings(
  ctx: RuleContext,
  rule: string,
  patterns: readonly PhrasePattern[],
  message: Message<'advice'>,
): Finding[] {
  const out: Finding[] = [];
  const voice = ctx.options;
  for (const pattern of patterns) {
    const { re, rewrite } = pattern;
    const advice = say(voice, pattern.advice);
    re.lastIndex = 0;
    for (let m = re.exec(ctx.masked); m; m = re.exec(ctx.masked)) {
      const start = m.index;
      const end = start + m[0].length;
      const replacement = rewrite?.(m) ?? null;
      out.push(
        finding(
          ctx,
          rule,
          start,
          end,
          say(voice, message, { advice }),
          replacement ?? advice,
          replacement ? { start, end, replacement } : undefined,
        ),
      );
    }
  }
  return out;
}
