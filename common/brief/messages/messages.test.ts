import { describe, expect, it } from 'vitest';
import { scoreReadiness } from '../readiness';
import { ALL_RULES } from '../rules';
import { BRIEF_LOCALES, READINESS_MESSAGES, RULE_MESSAGES, say, type Message } from './index';
import { unquotedJapanese } from './unquotedJapanese.testkit';

/** Each parameter filled with a marker that must come back in the sentence. */
const markers = (m: Message) => Object.fromEntries(m.params.map((p) => [p, `⟦${p}⟧`]));

const everyMessage = [
  ...Object.entries(RULE_MESSAGES).flatMap(([rule, messages]) =>
    Object.entries(messages).map(([name, m]) => ({ id: `${rule}.${name}`, m })),
  ),
  ...Object.entries(READINESS_MESSAGES).map(([key, m]) => ({ id: `readiness.${key}`, m })),
];

describe('the catalogue of the rules’ messages', () => {
  it('has messages for every rule, and for no rule that does not exist', () => {
    expect(Object.keys(RULE_MESSAGES).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
    for (const rule of ALL_RULES) expect(Object.keys(RULE_MESSAGES[rule.id]!).length).toBeGreaterThan(0);
  });

  it.each(everyMessage)('$id is written in both languages with every parameter filled', ({ m }) => {
    const params = markers(m);
    for (const locale of BRIEF_LOCALES) {
      const text = say(locale, m, params);
      expect(text.trim()).not.toBe('');
      for (const value of Object.values(params)) expect(text).toContain(value);
      expect(text).not.toMatch(/undefined|NaN|\$\{|\{\{/u);
    }
    expect(say('en', m, params)).not.toBe(say('ja', m, params));
  });

  it.each(everyMessage)('$id in English quotes Japanese but is not written in it', ({ m }) => {
    const params = markers(m);
    const en = say('en', m, params);
    expect(unquotedJapanese(en)).toBe('');
    expect(en).not.toMatch(/^\s|\s$|\s{2}/u);
    expect(unquotedJapanese(say('ja', m, params))).not.toBe('');
  });

  it('leaves out what an empty parameter would say, without stray spaces', () => {
    const { jargon, 'vague-phrase': vague, 'abbreviation-first': abbreviation } = RULE_MESSAGES;
    expect(say('en', jargon!.term!, { term: '所管課', plain: '担当する課', view: '' })).toBe(
      '「所管課」 is municipal jargon; companies understand 「担当する課」.',
    );
    expect(say('en', vague!.vague!, { term: '一定の', meaning: '', view: '' })).toBe('「一定の」 is vague.');
    expect(say('en', abbreviation!.firstUse!, { term: '国保', full: '国民健康保険', why: '' })).toBe(
      '「国保」 is an abbreviation. Write the full name 「国民健康保険」 where it first appears.',
    );
  });

  it('says every readiness gap in the locale asked for, Japanese by default', () => {
    const ja = scoreReadiness({}).missing;
    const en = scoreReadiness({}, undefined, 'en').missing;
    expect(ja.map((m) => m.key).sort()).toEqual(Object.keys(READINESS_MESSAGES).sort());
    expect(en.map(({ key, field }) => ({ key, field }))).toEqual(
      ja.map(({ key, field }) => ({ key, field })),
    );
    for (const item of en) expect(unquotedJapanese(item.label), item.key).toBe('');
    expect(ja.find((m) => m.key === 'budget')?.label).toBe('予算（上限・費用負担）が書かれていません');
    expect(en.find((m) => m.key === 'budget')?.label).toBe(
      'The budget (ceiling, cost sharing) is not written',
    );
  });
});
