import { describe, expect, it } from 'vitest';
import { scoreReadiness } from '../../../../common/brief';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { foundLabel, missingLabel } from './readinessLabel';

const lookup = (strings: typeof ja) => (key: string) => {
  const name = key.split('.').at(-1) as keyof typeof ja.briefs.readiness.missing;
  return strings.briefs.readiness.missing[name];
};

describe('missingLabel', () => {
  const everyCheck = scoreReadiness({}).missing;

  it('says every readiness gap in English when the app is in English', () => {
    expect(everyCheck.length).toBeGreaterThan(5);
    for (const item of everyCheck) {
      const label = missingLabel(item, lookup(en));
      expect(label, item.key).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(
      missingLabel(
        everyCheck.find((m) => m.key === 'budget')!,
        lookup(en),
      ),
    ).toBe('The budget (ceiling, cost sharing) is not written');
  });

  it('says in Japanese exactly what the checker says', () => {
    for (const item of everyCheck) expect(missingLabel(item, lookup(ja)), item.key).toBe(item.label);
  });

  it('falls back to the checker’s label for a gap it has no translation for', () => {
    const item = { key: 'newCheck', label: '新しい項目が書かれていません', field: 'constraints' } as const;
    expect(missingLabel(item, lookup(en))).toBe('新しい項目が書かれていません');
  });
});

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
