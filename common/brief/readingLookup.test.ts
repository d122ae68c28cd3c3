import { describe, expect, it } from 'vitest';
import { shippedGlossary } from './glossary';
import { readingLookup } from './readingLookup';

const entries = [
  { term: '鋭意検討', reading: 'えいいけんとう' },
  { term: '鋭意', reading: 'えいい' },
  { term: '計上', reading: 'けいじょう' },
  { term: '経常収支比率', reading: 'けいじょうしゅうしひりつ' },
  { term: '継承', reading: 'けいしょう' },
  { term: 'ふるさと納税', reading: 'ふるさとのうぜい' },
  { term: 'いかんなく', reading: 'いかんなく' },
  { term: 'PFI', reading: 'ぴーえふあい' },
];

describe('readingLookup', () => {
  const lookup = readingLookup(entries);

  it('finds the kanji term a word typed in hiragana reads as', () => {
    expect(lookup.termsFor('えいいけんとう')).toEqual(['鋭意検討']);
    expect(lookup.termsFor('けいじょう')).toEqual(['計上', '経常収支比率']);
  });

  it('offers the terms a word being typed begins, shortest reading first', () => {
    expect(lookup.termsFor('えいい')).toEqual(['鋭意', '鋭意検討']);
    expect(lookup.termsFor('けいじょうし')).toEqual(['経常収支比率']);
    expect(lookup.termsFor('けいじょう', 1)).toEqual(['計上']);
  });

  it('reads katakana typed for the kana and ignores spaces', () => {
    expect(lookup.termsFor('エイイ ケントウ')).toEqual(['鋭意検討']);
  });

  it('offers nothing for short kana, kanji, mixed text or a term already written in kana', () => {
    expect(lookup.termsFor('けい')).toEqual([]);
    expect(lookup.termsFor('鋭意')).toEqual([]);
    expect(lookup.termsFor('えいい検討')).toEqual([]);
    expect(lookup.termsFor('いかんなく')).toEqual([]);
    expect(lookup.termsFor('ふるさとのうぜい')).toEqual(['ふるさと納税']);
  });

  it('finds terms of the shipped glossary by reading', () => {
    const shipped = readingLookup(shippedGlossary());
    expect(shipped.termsFor('えいいけんとう')).toContain('鋭意検討');
    expect(shipped.termsFor('ずいいけいやく')).toContain('随意契約');
  });
});
