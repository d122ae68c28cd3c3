import { describe, expect, it } from 'vitest';
import { scoreReadiness } from '../../../../common/brief';
import { bodyWord } from '../../../../common/brief/messages/message';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { foundLabel } from './readinessLabel';

describe('foundLabel', () => {
  const fromText = scoreReadiness({
    rawText: [
      '委託料は500万円を上限とする。',
      '実証は令和9年9月から12月までとする。',
      '成果指標は登録者数とする。',
      '市は公用車を貸与する。',
      '問い合わせは電話 012-345-6789 へ。',
      '応募資格は、市内に事業所を有すること。',
    ].join('\n'),
  }).fromText;
  const lookupFound = (strings: typeof ja) => (key: string, options: { body: string }) => {
    const name = key.split('.').at(-1) as keyof typeof ja.briefs.readiness.fromText;
    return strings.briefs.readiness.fromText[name].replace('{{body}}', options.body);
  };

  it('names every check the text can answer, in English and in Japanese', () => {
    expect(fromText.map((f) => f.key)).toEqual([
      'budget',
      'schedule',
      'successMeasure',
      'offer',
      'contact',
      'eligibility',
    ]);
    for (const item of fromText) {
      expect(foundLabel(item, lookupFound(en), 'city'), item.key).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(foundLabel(item, lookupFound(ja), '市'), item.key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(foundLabel(fromText[0]!, lookupFound(ja), '市')).toBe('予算');
  });

  it('names the issue’s own body: a 村 is a village, a 県 a prefecture', () => {
    const offered = (rawText: string, municipalityName?: string) => {
      const readiness = scoreReadiness(
        { rawText, ...(municipalityName ? { municipalityName } : {}) },
        undefined,
        'en',
      );
      const item = readiness.fromText.find((f) => f.key === 'offer')!;
      return [
        foundLabel(item, lookupFound(en), bodyWord(readiness.body, 'en')),
        foundLabel(item, lookupFound(ja), bodyWord(readiness.body, 'ja')),
      ];
    };
    expect(offered('本村は公用車を貸与する。')).toEqual(['What the village provides', '村が提供できるもの']);
    expect(offered('本町は公用車を貸与する。')).toEqual(['What the town provides', '町が提供できるもの']);
    expect(offered('本県は公用車を貸与する。')).toEqual([
      'What the prefecture provides',
      '県が提供できるもの',
    ]);
    expect(offered('公用車を貸与する。', '長野県 阿智村')).toEqual([
      'What the village provides',
      '村が提供できるもの',
    ]);
    expect(offered('市は公用車を貸与する。')).toEqual(['What the city provides', '市が提供できるもの']);
  });
});
