import type { Finding } from '../../../../common/brief';

/**
 * The 提案 line under a finding, or null when it would only repeat the message (a hedge's advice
 * is both: 「ぼかした表現です。進み具合が分かりません。…」 then 「提案: 進み具合が分かりません。…」).
 */
export function shownSuggestion(finding: Pick<Finding, 'message' | 'suggestion'>): string | null {
  const suggestion = finding.suggestion?.trim() ?? '';
  if (suggestion === '' || finding.message.includes(suggestion)) return null;
  return suggestion;
}
