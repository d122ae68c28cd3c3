import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { draftBrief } from './draft';
import { shippedGlossary } from './glossary';
import { readerKnows } from './reader';
import { rewriteForCompany } from './rewrite';
import { isReaderTrade, READER_TRADES, readerTradeOf, type ReaderTrade } from './trade';
import type { GlossaryEntry } from './types';

// Fixtures, not the shipped trade lists (another engineer's judgement, revised apart): the shipped
// entries, with the trades a list would give them.
const shipped = (term: string, knownTo: readonly ReaderTrade[]): GlossaryEntry => ({
  ...shippedGlossary().find((e) => e.term === term)!,
  knownTo,
});
/** A shipped entry on no trade's list, whatever the shipped lists say. */
const onNoList = (term: string): GlossaryEntry => {
  const { knownTo: _knownTo, ...entry } = shippedGlossary().find((e) => e.term === term)!;
  return entry;
};
const USER = [
  shipped('長寿命化', ['construction']),
  shipped('ケアマネ', ['health-care']),
  onNoList('随意契約'),
];
const TEXT = '公共施設の長寿命化を図るため、随意契約で点検業務を発注する。';

const marked = (text: string, readerTrade?: string, reader?: 'public-sector-savvy') =>
  analyzeText(text, {
    rules: ['jargon', 'abbreviation-first'],
    userGlossary: USER,
    ...(readerTrade === undefined ? {} : { readerTrade }),
    ...(reader ? { reader } : {}),
  }).map((f) => f.text);

describe('the reader trade', () => {
  it('knows five trades, and reads none, a missing or an unknown value as no trade', () => {
    expect(READER_TRADES).toEqual(['construction', 'food-retail', 'it', 'mobility', 'health-care']);
    expect(readerTradeOf('construction')).toBe('construction');
    expect(readerTradeOf('none')).toBeNull();
    expect(readerTradeOf(undefined)).toBeNull();
    expect(readerTradeOf('energy')).toBeNull(); // a trade a newer client might add
    expect(isReaderTrade('it')).toBe(true);
    expect(isReaderTrade('IT')).toBe(false);
  });

  it('knows a word for a reader of a trade that lists it, whichever the reader is', () => {
    const entry = USER[0]!;
    expect(readerKnows(entry, 'newcomer')).toBe(false);
    expect(readerKnows(entry, 'newcomer', 'it')).toBe(false);
    expect(readerKnows(entry, 'newcomer', 'construction')).toBe(true);
    expect(readerKnows(entry, 'public-sector-savvy', 'construction')).toBe(true);
    expect(readerKnows(entry, 'public-sector-savvy', null)).toBe(false);
  });

  it('leaves a word its trade knows unmarked and keeps the other words marked', () => {
    expect(marked(TEXT)).toEqual(expect.arrayContaining(['長寿命化', '随意契約']));
    expect(marked(TEXT, 'none')).toEqual(marked(TEXT));
    expect(marked(TEXT, 'it')).toEqual(marked(TEXT));
    expect(marked(TEXT, 'energy')).toEqual(marked(TEXT));
    const construction = marked(TEXT, 'construction');
    expect(construction).not.toContain('長寿命化');
    expect(construction).toContain('随意契約');
  });

  it('adds to the savvy reader’s known words rather than replacing them', () => {
    const text = '長寿命化のため予定価格を定める。';
    expect(marked(text, undefined, 'public-sector-savvy')).toEqual(['長寿命化']);
    expect(marked(text, 'construction', 'public-sector-savvy')).toEqual([]);
  });

  it('skips the abbreviation a trade knows (ケアマネ to health care)', () => {
    const text = 'ケアマネの業務負担を減らす。';
    expect(marked(text)).toContain('ケアマネ');
    expect(marked(text, 'health-care')).not.toContain('ケアマネ');
  });

  it('marks the article of a law its trade knows, as for an everyday law name', () => {
    const text = '建築基準法第12条に基づき点検する。';
    const user = [...USER, shipped('建築基準法', ['construction'])];
    const pen = (readerTrade?: string) =>
      analyzeText(text, {
        rules: ['jargon', 'kanji-compound'],
        userGlossary: user,
        ...(readerTrade ? { readerTrade } : {}),
      }).map((f) => `${f.rule}:${f.text}`);
    // The jargon rule explains the law, article and all; for construction the article is left.
    expect(pen()).toContain('jargon:建築基準法');
    expect(pen()).not.toContain('kanji-compound:建築基準法第12条');
    expect(pen('construction')).not.toContain('jargon:建築基準法');
    expect(pen('construction')).toContain('kanji-compound:建築基準法第12条');
  });

  it('leaves the word unexplained in the rewrite for that trade', () => {
    const explains = (readerTrade?: string) =>
      rewriteForCompany(TEXT, { userGlossary: USER, ...(readerTrade ? { readerTrade } : {}) }).changes.some(
        (c) => c.rule === 'jargon' && c.after.includes('施設を修繕して長く使う'),
      );
    expect(explains()).toBe(true);
    expect(explains('construction')).toBe(false);
  });

  it('leaves the word out of the brief’s 用語集 for the issue’s trade', () => {
    const glossary = (readerTrade?: string) => {
      const md = draftBrief(
        { title: 't', rawText: TEXT, ...(readerTrade ? { readerTrade } : {}) },
        { userGlossary: USER },
      );
      return md.slice(md.indexOf('## 用語集'));
    };
    expect(glossary()).toContain('**長寿命化**');
    expect(glossary('construction')).not.toContain('**長寿命化**');
    expect(glossary('construction')).toContain('**随意契約**');
    expect(glossary('food-retail')).toContain('**長寿命化**');
  });
});
