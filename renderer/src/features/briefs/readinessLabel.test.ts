import { describe, expect, it } from 'vitest';
import { scoreReadiness } from '../../../../common/brief';
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
  const lookupFound = (strings: typeof ja) => (key: string) => {
    const name = key.split('.').at(-1) as keyof typeof ja.briefs.readiness.fromText;
    return strings.briefs.readiness.fromText[name];
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
      expect(foundLabel(item, lookupFound(en)), item.key).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(foundLabel(item, lookupFound(ja)), item.key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(foundLabel(fromText[0]!, lookupFound(ja))).toBe('予算');
  });
});
