import { describe, expect, it } from 'vitest';
import { ReadingVocabulary, type RunReader } from './readingVocabulary';

/** A reader with a few IPADIC readings, counting the runs it was asked to read. */
const READINGS: Record<string, string> = {
  佐藤: 'サトウ',
  議員: 'ギイン',
  市: 'シ',
  議会: 'ギカイ',
  追記: 'ツイキ',
  砂糖: 'サトウ',
};
function fakeReader(): RunReader & { runs: string[] } {
  const runs: string[] = [];
  return {
    runs,
    tokenize(text: string) {
      runs.push(text);
      const out: { surface: string; reading: string }[] = [];
      for (let at = 0; at < text.length;) {
        const word = Object.keys(READINGS).find((w) => text.startsWith(w, at)) ?? text[at]!;
        out.push({ surface: word, reading: READINGS[word] ?? '' });
        at += word.length;
      }
      return out;
    },
  };
}

describe('ReadingVocabulary', () => {
  it('finds the kanji a kana query reads as: names, words and whole runs', () => {
    const vocabulary = new ReadingVocabulary();
    vocabulary.addText('佐藤議員が市議会で質問。資料に追記あり。');
    vocabulary.read(fakeReader());
    expect(vocabulary.surfacesFor('さとう')).toEqual(['佐藤']);
    expect(vocabulary.surfacesFor('サトウ')).toEqual(['佐藤']);
    expect(vocabulary.surfacesFor('ぎかい')).toEqual(['議会']);
    expect(vocabulary.surfacesFor('しぎかい')).toEqual(['市議会']);
    expect(vocabulary.surfacesFor('ついき')).toEqual(['追記']);
    expect(vocabulary.surfacesFor('さとうぎいん')).toEqual(['佐藤議員']);
    // Not kana, or a reading nothing in the text has.
    expect(vocabulary.surfacesFor('佐藤')).toEqual([]);
    expect(vocabulary.surfacesFor('ぬぬ')).toEqual([]);
  });

  it('reads each distinct run once, in steps, and every spelling of a reading', () => {
    const vocabulary = new ReadingVocabulary();
    const reader = fakeReader();
    vocabulary.addText('佐藤議員。佐藤議員。砂糖');
    vocabulary.addText('佐藤議員');
    expect(vocabulary.unread).toBe(2);
    expect(vocabulary.read(reader, 1)).toBe(1);
    expect(vocabulary.read(reader, 1)).toBe(0);
    expect(reader.runs).toEqual(['佐藤議員', '砂糖']);
    expect(vocabulary.surfacesFor('さとう')).toEqual(['佐藤', '砂糖']);
  });

  it('does not give a whole run a reading when a part of it has none', () => {
    const vocabulary = new ReadingVocabulary();
    vocabulary.addText('佐藤醤');
    vocabulary.read(fakeReader());
    expect(vocabulary.surfacesFor('さとう')).toEqual(['佐藤']);
    expect(vocabulary.readings).toBe(1);
  });
});
