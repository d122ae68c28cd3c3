import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';
import { RAW_CHOJU } from '../fixtures/issues';

const cf = (text: string) => analyzeText(text, { rules: ['conclusion-first'] });

describe('conclusion-first rule', () => {
  it('flags a conclusion that comes after background', () => {
    const found = cf(RAW_CHOJU);
    expect(found.map((f) => f.text)).toEqual(['このため、ICTを活用したわなの遠隔監視の導入を図りたい。']);
  });

  it('moves the conclusion to the front, dropping its connective', () => {
    const text =
      '近年、空き家の相談が増えている。所有者が遠方に住んでいる例が多い。そこで、空き家の管理を遠隔で支援する仕組みをつくりたい。';
    const [f] = cf(text);
    const fixed = applyFix(text, f!);
    expect(fixed).toBe(
      '空き家の管理を遠隔で支援する仕組みをつくりたい。近年、空き家の相談が増えている。所有者が遠方に住んでいる例が多い。',
    );
    expect(cf(fixed)).toEqual([]);
  });

  it('keeps line breaks when the paragraph spans lines', () => {
    const text = '高齢化の進展に伴い、通院の足が不足している。\nこのため、予約型の乗合交通を試したい。\n';
    const fixed = applyFix(text, cf(text)[0]!);
    expect(fixed).toBe('予約型の乗合交通を試したい。\n高齢化の進展に伴い、通院の足が不足している。\n');
  });

  it('passes paragraphs that already lead with the conclusion', () => {
    expect(cf('通院の足を確保したい。高齢化の進展に伴い、バスの利用者が減っている。')).toEqual([]);
    expect(cf('高齢化の進展に伴い、通院の足を確保したい。バスの本数は1日3本である。')).toEqual([]);
  });
});
