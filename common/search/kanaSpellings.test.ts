import { describe, expect, it } from 'vitest';
import { kanaSpellingsOf, type WordReader } from './kanaSpellings';

/** IPADIC's readings and 品詞細分類1 of a few words. */
const WORDS: Record<string, [string, string]> = {
  佐藤: ['サトウ', '固有名詞'],
  議員: ['ギイン', '一般'],
  除雪: ['ジョセツ', 'サ変接続'],
  総務: ['ソウム', '一般'],
  部長: ['ブチョウ', '一般'],
};
const reader: WordReader = {
  tokenize(text) {
    const out: { surface: string; reading: string; detail: string }[] = [];
    for (let at = 0; at < text.length;) {
      const word = Object.keys(WORDS).find((w) => text.startsWith(w, at)) ?? text[at]!;
      const [reading, detail] = WORDS[word] ?? ['', ''];
      out.push({ surface: word, reading, detail });
      at += word.length;
    }
    return out;
  },
};

describe('kanaSpellingsOf', () => {
  it('reads a name in kana, and a titled name with and without its title', () => {
    expect(kanaSpellingsOf('佐藤', reader)).toEqual(['さとう']);
    expect(kanaSpellingsOf('佐藤議員', reader)).toEqual(['さとうぎいん', 'さとう議員', 'さとう']);
    // A title without a name is read whole only.
    expect(kanaSpellingsOf('総務部長', reader)).toEqual(['そうむぶちょう']);
  });

  it('reads each word of a query, keeping the rest', () => {
    // 予算 has no reading here: kept as typed.
    expect(kanaSpellingsOf('佐藤 予算', reader)).toEqual(['さとう 予算']);
    expect(kanaSpellingsOf('佐藤　除雪', reader)).toEqual([
      '佐藤 じょせつ',
      'さとう 除雪',
      'さとう じょせつ',
    ]);
    expect(kanaSpellingsOf('abc 佐藤', reader)).toEqual(['abc さとう']);
  });

  it('has nothing for a query without kanji', () => {
    expect(kanaSpellingsOf('さとう', reader)).toEqual([]);
    expect(kanaSpellingsOf('  ', reader)).toEqual([]);
  });
});
