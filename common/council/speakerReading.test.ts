import { describe, expect, it } from 'vitest';
import { isKana, readingOfName, type NameReader } from './speakerReading';

/** IPADIC's readings of a few words (what kuromoji gives for these names). */
const WORDS: Record<string, string> = { 佐藤: 'サトウ', 議員: 'ギイン', 高橋: 'タカハシ', 部長: 'ブチョウ' };
const reader: NameReader = {
  tokenize(text) {
    const out: { surface: string; reading: string }[] = [];
    for (let at = 0; at < text.length;) {
      const word = Object.keys(WORDS).find((w) => text.startsWith(w, at)) ?? text[at]!;
      out.push({ surface: word, reading: WORDS[word] ?? '' });
      at += word.length;
    }
    return out;
  },
};

describe('readingOfName', () => {
  it('reads kanji names in hiragana, kana as itself', () => {
    expect(readingOfName('佐藤議員', reader)).toBe('さとうぎいん');
    expect(readingOfName('高橋 部長', reader)).toBe('たかはしぶちょう');
    expect(readingOfName('サトウ', reader)).toBe('さとう');
    expect(readingOfName('さとう議員', reader)).toBe('さとうぎいん');
  });

  it('gives no reading when a kanji part has none (no guess)', () => {
    expect(readingOfName('佐藤醤議員', reader)).toBe('');
  });
});

describe('isKana', () => {
  it('tells kana (any width) from names with kanji or latin letters', () => {
    expect(isKana('さとう')).toBe(true);
    expect(isKana('ｻﾄｳ')).toBe(true);
    expect(isKana('サトウ ')).toBe(true);
    expect(isKana('佐藤')).toBe(false);
    expect(isKana('dx')).toBe(false);
    expect(isKana('')).toBe(false);
  });
});
