import { describe, expect, it } from 'vitest';
import { testEntry } from '../glossaryEntry.testkit';
import type { TermHit } from '../types';
import { fakeTokens, type FakeWord } from './fakeTokens.testkit';
import { lawNames } from './lawName';

const text = (words: readonly FakeWord[]) => words.map((w) => w[0]).join('');
const names = (words: readonly FakeWord[], terms: TermHit[] = []) =>
  lawNames(fakeTokens(words), terms).map((l) => text(words).slice(l.start, l.end));
const hit = (words: readonly FakeWord[], term: string, everyday = false): TermHit => {
  const start = text(words).indexOf(term);
  const entry = { ...testEntry(term, '言い換え'), ...(everyday ? { everyday: true as const } : {}) };
  return { start, end: start + term.length, entry };
};

// Tokens as IPADIC cuts them (checked with kuromoji): a law ends in the suffix noun 法.
const HARBOUR: FakeWord[] = [
  ['港湾', '名詞'],
  ['法', '名詞', '接尾'],
  ['に', '助詞', '格助詞'],
];
const WELFARE: FakeWord[] = [
  ['民生', '名詞'],
  ['委員', '名詞'],
  ['法', '名詞', '接尾'],
  ['改正', '名詞', 'サ変接続'],
];
const LOGISTICS: FakeWord[] = [
  ['改正', '名詞', 'サ変接続'],
  ['物流', '名詞'],
  ['効率', '名詞'],
  ['化', '名詞', '接尾'],
  ['法', '名詞', '接尾'],
];
const VACANT: FakeWord[] = [
  ['市', '名詞'],
  ['空家', '名詞'],
  ['等', '名詞', '接尾'],
  ['対策', '名詞', 'サ変接続'],
  ['条例', '名詞'],
];

describe('law names by shape', () => {
  it('finds a noun compound ending in the suffix 法, up to its last 法', () => {
    expect(names(HARBOUR)).toEqual(['港湾法']);
    expect(names(WELFARE)).toEqual(['民生委員法']);
    expect(names(LOGISTICS)).toEqual(['改正物流効率化法']);
  });

  it('finds an ordinance or rule named by four or more kanji, not 市条例 or 就業規則', () => {
    expect(names(VACANT)).toEqual(['市空家等対策条例']);
    expect(
      names([
        ['市', '名詞'],
        ['条例', '名詞'],
      ]),
    ).toEqual([]);
    expect(
      names([
        ['就業', '名詞', 'サ変接続'],
        ['規則', '名詞'],
      ]),
    ).toEqual([]);
  });

  it('leaves ordinary words ending in 法 (one token in IPADIC) and methods (one サ変 noun + 法)', () => {
    const words = ['方法', '手法', '工法', '用法', '製法', '技法', '文法', '論法', '療法', '寸法', '作法'];
    for (const w of [...words, '違法', '合法', '不法', '司法', '立法', '憲法'])
      expect(
        names([
          ['新しい', '形容詞', '自立'],
          [w, '名詞'],
        ]),
      ).toEqual([]);
    expect(
      names([
        ['指導', '名詞', 'サ変接続'],
        ['法', '名詞', '接尾'],
      ]),
    ).toEqual([]);
    expect(
      names([
        ['同', '接頭詞', '名詞接続'],
        ['法', '名詞'],
      ]),
    ).toEqual([]);
  });

  it('leaves a name the glossary covers or a marked word inside it explains', () => {
    expect(names(HARBOUR, [hit(HARBOUR, '港湾法', true)])).toEqual([]);
    expect(names(WELFARE, [hit(WELFARE, '民生委員')])).toEqual([]);
    // An everyday word inside does not say what the law governs.
    expect(names(WELFARE, [hit(WELFARE, '民生委員', true)])).toEqual(['民生委員法']);
  });

  it('leaves an amended law the glossary knows by its head (改正戸籍法 is 戸籍法)', () => {
    const amended: FakeWord[] = [
      ['改正', '名詞', 'サ変接続'],
      ['戸籍', '名詞'],
      ['法', '名詞', '接尾'],
    ];
    expect(names(amended, [hit(amended, '戸籍法', true)])).toEqual([]);
  });

  it('marks the law name where the marked word inside it is not at its first use', () => {
    const words: FakeWord[] = [['民生', '名詞'], ['委員', '名詞'], ['は', '助詞', '係助詞'], ...WELFARE];
    const first: TermHit = { ...hit(words, '民生委員'), start: 0, end: 4 };
    const later: TermHit = { ...first, start: 5, end: 9 };
    expect(names(words, [first, later])).toEqual(['民生委員法']);
  });
});
