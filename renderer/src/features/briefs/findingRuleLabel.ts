import { ja } from '../../i18n/ja';

/** A finding's rule id, as a key of `briefs.rules`. */
export type RuleLabelKey = keyof typeof ja.briefs.rules;

function isRuleLabelKey(rule: string): rule is RuleLabelKey {
  return Object.hasOwn(ja.briefs.rules, rule);
}

/**
 * The i18n key of the label shown beside a finding. Only a rule added without a label falls back to
 * 「その他」, which tells the reader nothing about what to fix.
 */
export function ruleLabelKey(rule: string): `briefs.rules.${RuleLabelKey}` {
  return `briefs.rules.${isRuleLabelKey(rule) ? rule : 'other'}`;
}
