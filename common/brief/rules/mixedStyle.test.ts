import { describe, expect, it } from 'vitest';
import { analyzeText, applyFixes } from '../analyze';
import { RAW_HOIKU } from '../fixtures/issues';

const mixed = (text: string) => analyzeText(text, { rules: ['mixed-style'] });

describe('mixed-style rule', () => {
  it('flags the minority style and converts known endings', () => {
    const text = '見守りの担い手が足りない。訪問は月1回である。センサーの設置を希望します。';
    const found = mixed(text);
    expect(found.map((f) => f.text)).toEqual(['します']);
    expect(found[0]!.fix?.replacement).toBe('する');
    expect(applyFixes(text, found)).toBe(
      '見守りの担い手が足りない。訪問は月1回である。センサーの設置を希望する。',
    );
  });

  it('on a tie follows the first sentence, and fixing clears the findings', () => {
    const found = mixed(RAW_HOIKU);
    expect(found.map((f) => f.text)).toEqual(['です', 'ています']);
    const fixed = applyFixes(RAW_HOIKU, found);
    expect(fixed).toContain('待機児童は令和6年4月時点で18人である。');
    expect(fixed).toContain('早めたいと考えている。');
    expect(mixed(fixed)).toEqual([]);
  });

  it('makes a humble いたします plain as する, never as いたする', () => {
    const text = '費用は企業の負担である。質問にお答えいたします。期間は1年である。調査を実施いたしました。';
    expect(applyFixes(text, mixed(text))).toBe(
      '費用は企業の負担である。質問にお答えする。期間は1年である。調査を実施した。',
    );
  });

  it('makes a humble ております plain as ている', () => {
    const text =
      '窓口は平日のみ開いている。相談は増えている。費用が負担となっております。課題は人材でございます。';
    expect(applyFixes(text, mixed(text))).toBe(
      '窓口は平日のみ開いている。相談は増えている。費用が負担となっている。課題は人材である。',
    );
  });

  it('converts into です・ます when that is the majority', () => {
    const text = '実証の場を提供します。データも提供します。費用は企業の負担である。';
    const found = mixed(text);
    expect(applyFixes(text, found)).toBe('実証の場を提供します。データも提供します。費用は企業の負担です。');
  });

  it('ignores headings and list fragments, and a consistent text', () => {
    expect(mixed('# 予算と費用負担\n- 上限300万円\n- 協力費は不要\n費用は市が負担します。')).toEqual([]);
    expect(mixed('費用は市が負担する。期間は6か月である。')).toEqual([]);
  });
});
