import { describe, expect, it } from 'vitest';
import { ipadic, spelled } from './ipadicTokens.testkit';
import { cutWord, dictionaryForm, proposedTerm, snapToMorphemes } from './termShape';

// Tokens as kuromoji (IPADIC) gives them for these lines.
const MIMAMORI = ipadic(
  '高齢/名詞/一般/高齢 者/名詞/接尾/者 の/助詞/連体化/の 見守り/動詞/自立/見守る/五段・ラ行 を/助詞/格助詞/を 行う/動詞/自立/行う/五段・ワ行促音便 。/記号/句点/。',
);
const KEIJO = ipadic(
  '予算/名詞/一般/予算 を/助詞/格助詞/を 計上/名詞/サ変接続/計上 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ 。/記号/句点/。',
);
const MINAOSHITA = ipadic(
  '計画/名詞/サ変接続/計画 を/助詞/格助詞/を 見直し/動詞/自立/見直す/五段・サ行 た/助動詞/*/た/特殊・タ 。/記号/句点/。',
);

describe('snapping a selection to whole morphemes', () => {
  it('widens a selection that cuts a word to the words it touches', () => {
    const text = spelled(MIMAMORI);
    const at = text.indexOf('見守');
    const snapped = snapToMorphemes(MIMAMORI, at, at + 2);
    expect(text.slice(snapped.start, snapped.end)).toBe('見守り');
    // Across two words, cut at both ends: 者の見 → 高齢者の見守り.
    const across = snapToMorphemes(MIMAMORI, 1, at + 1);
    expect(text.slice(across.start, across.end)).toBe('高齢者の見守り');
  });

  it('leaves a selection on morpheme boundaries as it is', () => {
    const text = spelled(KEIJO);
    const at = text.indexOf('計上');
    expect(snapToMorphemes(KEIJO, at, at + 2)).toEqual({ start: at, end: at + 2 });
    expect(snapToMorphemes([], 3, 5)).toEqual({ start: 3, end: 5 });
  });

  it('proposes the whole word, in the form the pen finds in all its inflections', () => {
    const keijo = spelled(KEIJO);
    // 計 of 計上 → 計上.
    expect(proposedTerm(keijo, KEIJO, keijo.indexOf('計'), keijo.indexOf('計') + 1).term).toBe('計上');
    // 計上し of 計上した: the サ変 noun.
    const at = keijo.indexOf('計上');
    expect(proposedTerm(keijo, KEIJO, at, at + 3)).toEqual({ start: at, end: at + 3, term: '計上' });
    const minaoshita = spelled(MINAOSHITA);
    const from = minaoshita.indexOf('見直');
    // 見直した → 見直す; the range stays the selected words.
    expect(proposedTerm(minaoshita, MINAOSHITA, from, from + 4)).toEqual({
      start: from,
      end: from + 4,
      term: '見直す',
    });
    // 見直 of 見直した: the verb as it is written there (a bare 連用形 names the act).
    expect(proposedTerm(minaoshita, MINAOSHITA, from, from + 2).term).toBe('見直し');
  });
});

describe('the dictionary form of a saved verb', () => {
  it('is the base form of a one-word verb written with its endings', () => {
    expect(dictionaryForm(MINAOSHITA.slice(2, 4))).toBe('見直す');
    expect(
      dictionaryForm(ipadic('講じ/動詞/自立/講じる/一段 られ/動詞/接尾/られる/一段 た/助動詞/*/た/特殊・タ')),
    ).toBe('講じる');
    expect(
      dictionaryForm(
        ipadic('取り組ん/動詞/自立/取り組む/五段・マ行 で/助詞/接続助詞/で いる/動詞/非自立/いる/一段'),
      ),
    ).toBe('取り組む');
    expect(dictionaryForm(ipadic('著しかっ/形容詞/自立/著しい/形容詞・イ段 た/助動詞/*/た/特殊・タ'))).toBe(
      '著しい',
    );
  });

  it('is the noun of a サ変 verb (found before any する)', () => {
    expect(
      dictionaryForm(ipadic('措置/名詞/サ変接続/措置 さ/動詞/自立/する/サ変・スル れ/動詞/接尾/れる/一段')),
    ).toBe('措置');
    expect(dictionaryForm(ipadic('実施/名詞/サ変接続/実施 できる/動詞/自立/できる/一段'))).toBe('実施');
    expect(dictionaryForm(ipadic('検討/名詞/サ変接続/検討 し/動詞/自立/する/サ変・スル'))).toBe('検討');
  });

  it('gives a phrase that ends in an inflected verb with that verb in its dictionary form', () => {
    expect(dictionaryForm(MINAOSHITA.slice(0, 4))).toBe('計画を見直す');
    expect(
      dictionaryForm(
        ipadic(
          '計画/名詞/サ変接続/計画 が/助詞/格助詞/が 見直さ/動詞/自立/見直す/五段・サ行 れ/動詞/接尾/れる/一段',
        ),
      ),
    ).toBe('計画が見直す');
    // A phrase ending in a サ変 noun and する keeps the noun (計画を策定した → 計画を策定).
    expect(
      dictionaryForm(
        ipadic(
          '計画/名詞/サ変接続/計画 を/助詞/格助詞/を 策定/名詞/サ変接続/策定 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ',
        ),
      ),
    ).toBe('計画を策定');
  });

  it('keeps what is found as written: nouns, a bare 連用形, dictionary forms', () => {
    expect(dictionaryForm(ipadic('計上/名詞/サ変接続/計上'))).toBeNull();
    expect(dictionaryForm(ipadic('見守り/動詞/自立/見守る/五段・ラ行'))).toBeNull();
    expect(dictionaryForm(ipadic('見守る/動詞/自立/見守る/五段・ラ行'))).toBeNull();
    // A phrase already in its dictionary form, or ending in a bare 連用形.
    expect(
      dictionaryForm(ipadic('計画/名詞/サ変接続/計画 を/助詞/格助詞/を 見直す/動詞/自立/見直す/五段・サ行')),
    ).toBeNull();
    expect(dictionaryForm(MINAOSHITA.slice(0, 3))).toBeNull();
    // A verb followed by a noun is not an inflected verb.
    expect(
      dictionaryForm(
        ipadic('見直し/動詞/自立/見直す/五段・サ行 た/助動詞/*/た/特殊・タ 計画/名詞/サ変接続/計画'),
      ),
    ).toBeNull();
  });
});

describe('a term that cuts a word of the text', () => {
  const text = spelled(MIMAMORI);

  it('offers the whole word when every occurrence cuts one', () => {
    expect(cutWord(text, MIMAMORI, '見守')).toBe('見守り');
    expect(cutWord(text, MIMAMORI, '齢者の見')).toBe('高齢者の見守り');
  });

  it('says nothing when the term sits on boundaries somewhere, or is not in the text', () => {
    expect(cutWord(text, MIMAMORI, '見守り')).toBeNull();
    expect(cutWord(text, MIMAMORI, ' 見守り ')).toBeNull();
    expect(cutWord(text, MIMAMORI, '見守る')).toBeNull();
    expect(cutWord(text, MIMAMORI, '')).toBeNull();
    const twice = ipadic(
      '見守り/動詞/自立/見守る/五段・ラ行 と/助詞/格助詞/と 見守/名詞/固有名詞/見守 さん/名詞/接尾/さん',
    );
    expect(cutWord(spelled(twice), twice, '見守')).toBeNull();
  });
});
