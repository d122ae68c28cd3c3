import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';
import type { LocalBody } from '../localBody';
import { scoreReadiness } from '../readiness';
import { BRIEF_LOCALES, READINESS_MESSAGES, RULE_MESSAGES, say, type Message } from './index';

const BODIES: readonly LocalBody[] = ['町', '村', '区', '県', '都', '道', '府'];
/** A 市 the catalogue speaks of as the body that writes (not 都市, 市場, 市町村). */
const CITY = /(?<!都)市(?!場|町村|区町村)|\bcity\b/iu;

const everyMessage: readonly { id: string; m: Message }[] = [
  ...Object.entries(RULE_MESSAGES).flatMap(([rule, messages]) =>
    Object.entries(messages).map(([name, m]) => ({ id: `${rule}.${name}`, m })),
  ),
  ...Object.entries(READINESS_MESSAGES).map(([key, m]) => ({ id: `readiness.${key}`, m })),
];

describe('messages said for the issue’s body', () => {
  it.each(BODIES)('speak of a %s, never of a 市, in both languages', (body) => {
    for (const { id, m } of everyMessage) {
      const params = Object.fromEntries(m.params.map((p) => [p, `⟦${p}⟧`]));
      for (const locale of BRIEF_LOCALES) {
        const text = say({ locale, body }, m, params);
        expect(text, `${id} ${locale}`).not.toMatch(CITY);
        for (const value of Object.values(params)) expect(text, id).toContain(value);
      }
    }
  });

  it('name each body in its own words', () => {
    const offer = READINESS_MESSAGES.offer!;
    expect(say({ locale: 'ja', body: '町' }, offer)).toMatch(/^町が提供できるもの/u);
    expect(say({ locale: 'ja', body: '県' }, offer)).toMatch(/^県が提供できるもの/u);
    expect(say({ locale: 'en', body: '村' }, offer)).toMatch(/^What the village provides/u);
    expect(say({ locale: 'en', body: '都' }, offer)).toMatch(/^What the metropolis provides/u);
    const jargon = RULE_MESSAGES.jargon!.explanation!;
    expect(say({ locale: 'en', body: '区' }, jargon)).toContain('inside the ward office');
    const niOite = RULE_MESSAGES.redundant!.niOite!;
    expect(say({ locale: 'ja', body: '村' }, niOite)).toContain('本村においては→本村では');
  });

  it('leave what a parameter quotes from the text as written', () => {
    const m = RULE_MESSAGES['vague-tou']!.noExample!;
    const text = say({ locale: 'ja', body: '町' }, m, { word: '等', shown: '市の施設' });
    expect(text).toContain('「市の施設」以外');
  });

  it('speak of a 市 without a body, as before', () => {
    expect(say('ja', READINESS_MESSAGES.offer!)).toMatch(/^市が提供できるもの/u);
    expect(say({ locale: 'en' }, READINESS_MESSAGES.offer!)).toMatch(/^What the city provides/u);
  });
});

describe('the pen and readiness speak of the issue’s body', () => {
  const text = '人手の確保が課題と考えられる。新たな仕組みの導入が必要と考えております。';

  it.each(BODIES)('a %s issue’s findings never say 市', (body) => {
    const findings = analyzeText(text, { municipality: `どこか${body}` });
    const said = findings.flatMap((f) => [f.message, f.suggestion ?? '']).join('\n');
    expect(findings.some((f) => f.rule === 'passive-hedge')).toBe(true);
    expect(said).not.toMatch(CITY);
    expect(said).toContain(`${body}の見解なら`);
  });

  it('a 市 issue’s findings still say 市', () => {
    const said = analyzeText(text, { municipality: '札幌市' }).map((f) => f.message);
    expect(said.join('\n')).toContain('市の見解なら');
  });

  it('readiness names the chosen municipality’s body, else the one the text names', () => {
    const label = (issue: Parameters<typeof scoreReadiness>[0], locale: 'ja' | 'en' = 'ja') =>
      scoreReadiness(issue, undefined, locale).missing.find((m) => m.key === 'offer')?.label;
    expect(label({ municipalityName: '北海道 森町' })).toMatch(/^町が提供できるもの/u);
    expect(label({ municipalityName: '長野県 南牧村' }, 'en')).toMatch(/^What the village provides/u);
    expect(label({ municipalityName: '', rawText: '本県では人手が足りない。' })).toMatch(/^県が/u);
    expect(label({})).toMatch(/^市が提供できるもの/u);
  });
});
