/**
 * Law names the glossary lacks, read with the real analyser (kuromoji): the shape rule rests on
 * how IPADIC cuts 〜法 (a suffix after a noun compound for a law, one token for 方法 or 憲法).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../common/brief/index';
import type { MorphAnalyser } from '../common/brief/morph';
import { loadNodeAnalyser } from './brief-analyser';

let analyser: MorphAnalyser;
beforeAll(async () => {
  analyser = await loadNodeAnalyser();
}, 60_000);

const marked = (text: string) =>
  analyzeText(text, { analyser, rules: ['kanji-compound'] }).map((f) => f.text);

describe('law names by shape (kuromoji)', () => {
  it('marks unlisted law names once, with a message that cannot say what the law governs', () => {
    const text = '荷主には改正物流効率化法が適用され、港湾法と卸売市場法も関わる。港湾法の手続は長い。';
    expect(marked(text)).toEqual(['改正物流効率化法', '港湾法', '卸売市場法']);
    const found = analyzeText(text, { analyser, rules: ['kanji-compound'] });
    expect(found[1]?.message).toContain('法律');
  });

  it('leaves ordinary words ending in 法, and methods', () => {
    const words = ['方法', '手法', '工法', '用法', '製法', '技法', '文法', '論法', '療法', '寸法', '作法'];
    const more = ['違法', '合法', '不法', '司法', '立法', '憲法', '指導法', '調理法', '同法'];
    const text = [...words, ...more].map((w) => `その${w}について話した。`).join('');
    expect(marked(text)).toEqual([]);
  });
});
