import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';
import type { MorphAnalyser } from '../morph';
import { fakeAnalyser } from './fakeTokens.testkit';

const rule = (text: string, analyser?: MorphAnalyser) =>
  analyzeText(text, { rules: ['kanji-compound', 'kanji-ratio'], ...(analyser ? { analyser } : {}) });

describe('kanji-compound rule', () => {
  it('flags a long compound nobody put in the glossary', () => {
    const found = rule('地域見守体制強化事業を始める。').filter((f) => f.rule === 'kanji-compound');
    expect(found.map((f) => f.text)).toEqual(['地域見守体制強化事業']);
  });

  it('does not count suffixes, and never starts on one (第4期…)', () => {
    const analyser = fakeAnalyser([
      ['第', '接頭詞'],
      ['4', '名詞', '数'],
      ['期', '名詞', '接尾'],
      ['見守', '名詞'],
      ['体制', '名詞'],
      ['強化', '名詞'],
      ['計画', '名詞'],
      ['を', '助詞'],
      ['作る', '動詞'],
      ['。', '記号'],
    ]);
    const [f] = rule('第4期見守体制強化計画を作る。', analyser);
    expect(f?.text).toBe('見守体制強化計画');
  });

  it('leaves a compound to the jargon rule when a glossary term is inside it', () => {
    expect(rule('支援業務委託を発注する。生活支援体制整備事業を始める。')).toEqual([]);
  });

  it('leaves descriptive compounds of everyday words alone unless very long', () => {
    expect(rule('保育士の業務負担軽減を図る。')).toEqual([]);
    expect(rule('地域商店街空店舗活用促進支援を行う。').map((f) => f.text)).toEqual([
      '地域商店街空店舗活用促進支援',
    ]);
  });

  it('leaves a 6-kanji name alone unless a number cuts it out of a longer one', () => {
    expect(rule('市内金融機関と連携する。')).toEqual([]);
    const analyser = fakeAnalyser([
      ['見守', '名詞'],
      ['体制', '名詞'],
      ['事業', '名詞'],
      ['十', '名詞', '数'],
      ['箇年', '名詞', '接尾'],
      ['計画', '名詞'],
      ['を', '助詞'],
      ['作る', '動詞'],
      ['。', '記号'],
    ]);
    expect(rule('見守体制事業十箇年計画を作る。', analyser).map((f) => f.text)).toEqual(['見守体制事業']);
  });

  it('leaves a body’s own name alone: a legal form before it, or a section under its department', () => {
    const marks = (text: string) =>
      rule(text)
        .filter((f) => f.rule === 'kanji-compound')
        .map((f) => f.text);
    expect(marks('公益財団法人山里町観光振興事業団が運営する。')).toEqual([]);
    expect(marks('問題は建設部道路維持管理課が扱う。')).toEqual([]);
    expect(marks('山里町観光振興事業団が運営する。')).toEqual(['山里町観光振興事業団']);
  });

  it('leaves dates and short compounds alone', () => {
    expect(rule('令和八年度予算で実施する。')).toEqual([]);
    expect(rule('事業終了後に報告する。')).toEqual([]);
  });
});

describe('kanji-ratio rule', () => {
  it('flags prose sentences that are mostly kanji, not plain ones', () => {
    const dense = '本市総合計画基本構想実現為各種施策着実推進及効果検証実施予定。';
    expect(rule(dense).some((f) => f.rule === 'kanji-ratio')).toBe(true);
    expect(rule('市は、地域の人と一緒に、見守りのしくみを考えていきます。')).toEqual([]);
  });
});
