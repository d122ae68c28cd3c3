import { describe, expect, it } from 'vitest';
import { testEntry } from './glossaryEntry.testkit';
import { ipadic, spelled } from './ipadicTokens.testkit';
import { glossaryMatcher } from './matcher';
import { findTerms } from './terms';

/** A user's phrase saved with its verb in the dictionary form (「用語集に追加」, termShape.ts). */
const matcher = glossaryMatcher([testEntry('計画を見直す', '計画を作り直す')]);

const found = (line: string) => {
  const tokens = ipadic(line);
  const text = spelled(tokens);
  return findTerms(matcher, text, tokens).map((h) => text.slice(h.start, h.end));
};

describe('a glossary phrase that ends in a verb', () => {
  it('is found in the verb’s other forms', () => {
    expect(
      found(
        '計画/名詞/サ変接続/計画 を/助詞/格助詞/を 見直し/動詞/自立/見直す/五段・サ行 た/助動詞/*/た/特殊・タ',
      ),
    ).toEqual(['計画を見直し']);
    expect(
      found(
        '計画/名詞/サ変接続/計画 を/助詞/格助詞/を 見直さ/動詞/自立/見直す/五段・サ行 ない/助動詞/*/ない/特殊・ナイ',
      ),
    ).toEqual(['計画を見直さ']);
    expect(found('計画/名詞/サ変接続/計画 を/助詞/格助詞/を 見直す/動詞/自立/見直す/五段・サ行')).toEqual([
      '計画を見直す',
    ]);
  });

  it('is not found with other words before the verb, or across a sentence’s end', () => {
    expect(
      found(
        '予算/名詞/一般/予算 を/助詞/格助詞/を 見直し/動詞/自立/見直す/五段・サ行 た/助動詞/*/た/特殊・タ',
      ),
    ).toEqual([]);
    expect(
      found(
        '計画/名詞/サ変接続/計画 を/助詞/格助詞/を 。/記号/句点/。 見直し/動詞/自立/見直す/五段・サ行 た/助動詞/*/た/特殊・タ',
      ),
    ).toEqual([]);
  });
});
