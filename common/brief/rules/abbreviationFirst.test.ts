import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';
import { RAW_MIMAMORI } from '../fixtures/issues';

const abbr = (text: string) => analyzeText(text, { rules: ['abbreviation-first'] });

describe('abbreviation-first rule', () => {
  it('flags an abbreviation used before its full form, once', () => {
    const found = abbr(RAW_MIMAMORI);
    expect(found.map((f) => f.text)).toEqual(['国保']);
    expect(found[0]?.message).toContain('国民健康保険');
    expect(RAW_MIMAMORI.slice(found[0]!.start, found[0]!.end)).toBe('国保');
  });

  it('accepts the abbreviation once the full form came first', () => {
    expect(abbr('国民健康保険（以下「国保」という。）の加入者は減少している。国保の財政は厳しい。')).toEqual(
      [],
    );
    expect(abbr('特養（特別養護老人ホーム）の入所待ちは120人である。')).toEqual([]);
  });

  it('notes the full form after a compound instead of cutting it (観光DMO)', () => {
    const text = '地域連携の観光DMOを中心に誘客を進める。';
    const [f] = abbr(text);
    const fixed = applyFix(text, f!);
    expect(fixed).toBe('地域連携の観光DMO（DMO：観光地域づくり法人）を中心に誘客を進める。');
    expect(abbr(fixed)).toEqual([]);
  });

  it('fixes with 正式名称（略語）, after which later uses pass', () => {
    const text = '特養の入所待ちは120人で、特養の整備が課題である。';
    const [f] = abbr(text);
    const fixed = applyFix(text, f!);
    expect(fixed).toBe('特別養護老人ホーム（特養）の入所待ちは120人で、特養の整備が課題である。');
    expect(abbr(fixed)).toEqual([]);
  });

  it('does not match a Latin abbreviation inside a longer word', () => {
    expect(abbr('DXFファイルで図面を受け取る。')).toEqual([]);
    expect(abbr('ＤＭＯと連携する。').map((f) => f.text)).toEqual(['ＤＭＯ']);
  });

  it('leaves abbreviations every company knows alone (BCP, HP)', () => {
    expect(abbr('BCPを作り、HPで公開する。')).toEqual([]);
  });
});
