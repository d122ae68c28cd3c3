import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { testEntry } from './glossaryEntry.testkit';
import { ipadic, spelled } from './ipadicTokens.testkit';
import { glossaryMatcher } from './matcher';
import { findTerms } from './terms';

const matcher = glossaryMatcher([
  testEntry('臨時繰出', '臨時に他の会計へ回すお金'),
  testEntry('基金繰', '（試験用）'),
]);

const OWN = new Set(['臨時繰出', '基金繰']);
const found = (line: string) => {
  const tokens = ipadic(line);
  const text = spelled(tokens);
  return findTerms(matcher, text, tokens)
    .filter((h) => OWN.has(h.entry.term))
    .map((h) => [text.slice(h.start, h.end), h.entry.term]);
};

describe('a glossary term written without okurigana', () => {
  it('is found where the text adds it, and the mark takes it in', () => {
    const tokens = ipadic(
      '基準/名詞/一般/基準 外/名詞/接尾/外 繰出し/名詞/一般/繰出し を/助詞/格助詞/を 減らす/動詞/自立/減らす/五段・サ行',
    );
    const text = spelled(tokens);
    const hits = findTerms(glossaryMatcher(), text, tokens).map((h) => [
      text.slice(h.start, h.end),
      h.entry.term,
    ]);
    expect(hits).toContainEqual(['基準外繰出し', '基準外繰出']);
  });

  it('is not found ending inside the kanji of a morpheme', () => {
    expect(found('基金/名詞/一般/基金 繰入れ/動詞/自立/繰入れる/一段 は/助詞/係助詞/は')).toEqual([]);
  });

  it('is found as saved when it is the user’s own (the editor widens a cut selection instead)', () => {
    expect(
      found(
        '臨時/名詞/一般/臨時 繰出し/名詞/一般/繰出し の/助詞/連体化/の 額/名詞/一般/額 を/助詞/格助詞/を 示す/動詞/自立/示す/五段・サ行',
      ),
    ).toEqual([]);
  });
});

describe('a glossary term after a one-kanji prefix', () => {
  const shipped = (line: string) => {
    const tokens = ipadic(line);
    const text = spelled(tokens);
    return findTerms(glossaryMatcher(), text, tokens).map((h) => text.slice(h.start, h.end));
  };

  it('is found where IPADIC reads the prefix and the term’s first kanji as one word', () => {
    expect(
      shipped(
        '村社/名詞/一般/村社 会/名詞/接尾/会 福祉/名詞/一般/福祉 協議/名詞/サ変接続/協議 会/名詞/接尾/会 が/助詞/格助詞/が 運営/名詞/サ変接続/運営',
      ),
    ).toContain('社会福祉協議会');
  });

  it('is not found inside a word whose first kanji is no prefix (請書 in 申請書)', () => {
    expect(
      shipped('申請/名詞/サ変接続/申請 書/名詞/接尾/書 を/助詞/格助詞/を 出す/動詞/自立/出す/五段・サ行'),
    ).not.toContain('請書');
  });
});

describe('without morphemes', () => {
  const marked = (text: string) => analyzeText(text, { rules: ['jargon'] }).map((f) => f.text);

  it('reads a one-kanji verb after a kanji as part of a two-kanji verb (提供する is not 供する)', () => {
    expect(marked('試作品を提供する。書類を送付する。')).toEqual([]);
    expect(marked('書類に番号を付する。')).toEqual(['付する']);
  });

  it('reads budget levels side by side as another word (項目), written apart as levels', () => {
    expect(marked('評価の項目を決める。')).toEqual([]);
    expect(marked('支払いは7款1項2目から、月末。')).toEqual(['款', '項', '目']);
  });
});
