import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../../common/brief/rules';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { ruleLabelKey } from './findingRuleLabel';

describe('ruleLabelKey', () => {
  it('gives every rule of the checker its own label, never 「その他」', () => {
    for (const rule of ALL_RULES) {
      expect(ruleLabelKey(rule.id), rule.id).toBe(`briefs.rules.${rule.id}`);
    }
  });

  it('labels the kanji rules in Japanese and English', () => {
    expect(ja.briefs.rules['kanji-ratio']).toBe('漢字が多い');
    expect(en.briefs.rules['kanji-ratio']).toBe('Too many kanji');
    expect(ja.briefs.rules['kanji-compound']).toBe('長い漢字の複合語');
  });

  it('falls back to 「その他」 for a rule it does not know', () => {
    expect(ruleLabelKey('a-rule-from-a-newer-version')).toBe('briefs.rules.other');
    expect(ruleLabelKey('toString')).toBe('briefs.rules.other');
  });
});
