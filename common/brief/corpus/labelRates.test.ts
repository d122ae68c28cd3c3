import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, TermHit } from '../types';
import type { CorpusText } from './evaluate';
import { labelRates, oftenLabelled, rarelyLabelled, readersLeftIt, type LabelRate } from './labelRates';

const entry = (term: string, everyday = false): GlossaryEntry => ({
  term,
  reading: 'よみ',
  plain: '言い換え',
  why: '理由',
  category: 'テスト',
  ...(everyday ? { everyday: true as const } : {}),
});

/** Hits for every occurrence of the given entries (what the glossary matcher would return). */
const hitsOf =
  (...entries: GlossaryEntry[]) =>
  (text: string): TermHit[] =>
    entries
      .flatMap((e) =>
        [...text.matchAll(new RegExp(e.term, 'gu'))].map((m) => ({
          start: m.index,
          end: m.index + e.term.length,
          entry: e,
        })),
      )
      .sort((a, b) => a.start - b.start);

const text = (id: string, body: string, terms: string[]): CorpusText => ({
  id,
  kind: 'plan',
  text: body,
  terms,
});

describe('labelRates', () => {
  it('counts each text once, however often the word occurs, and whether a label covers any use', () => {
    const corpus = [
      text('a', '財源を確保し、財源の内訳を示す。', []),
      text('b', '財源の確保に努める。', ['財源の確保']),
      text('c', '勘案して決める。', ['勘案']),
    ];
    const rates = labelRates(corpus, hitsOf(entry('財源'), entry('勘案')));
    expect(rates).toEqual([
      { term: '財源', everyday: false, texts: 2, labelled: 1, readerVotes: [] },
      { term: '勘案', everyday: false, texts: 1, labelled: 1, readerVotes: [] },
    ]);
  });

  it('counts, per text read by three, how many of its readers labelled the word (the writer first)', () => {
    const corpus = [
      text('a', '財源を確保する。', []),
      text('b', '財源の確保に努める。', ['財源の確保']),
      text('c', '財源を示す。', []),
    ];
    const others = new Map([
      ['a', [['財源'], []]],
      ['b', [['財源'], ['確保']]],
    ]);
    const [rate] = labelRates(corpus, hitsOf(entry('財源')), others);
    expect(rate).toEqual({ term: '財源', everyday: false, texts: 3, labelled: 1, readerVotes: [1, 2] });
  });

  it('keeps the everyday flag, so the report can say which list a word is on', () => {
    const [rate] = labelRates([text('a', '業務委託を行う。', [])], hitsOf(entry('業務委託', true)));
    expect(rate?.everyday).toBe(true);
  });
});

describe('what the readers contradict', () => {
  const rate = (
    texts: number,
    labelled: number,
    everyday = false,
    readerVotes: number[] = [],
  ): LabelRate => ({
    term: '語',
    everyday,
    texts,
    labelled,
    readerVotes,
  });

  it('calls a marked word rarely labelled when readers leave it unmarked in two of three texts or more, or in both of two', () => {
    expect(rarelyLabelled(rate(3, 1))).toBe(true);
    expect(rarelyLabelled(rate(6, 2))).toBe(true);
    expect(rarelyLabelled(rate(5, 2))).toBe(false);
    expect(rarelyLabelled(rate(2, 0))).toBe(true); // two readers agree
    expect(rarelyLabelled(rate(2, 1))).toBe(false); // too few texts to judge a share
    expect(rarelyLabelled(rate(1, 0))).toBe(false); // one reader's one decision
    expect(rarelyLabelled(rate(3, 0, true))).toBe(false); // already unmarked
  });

  it('calls an everyday word often labelled when readers mark it in two of three texts or more, or in both of two', () => {
    expect(oftenLabelled(rate(3, 2, true))).toBe(true);
    expect(oftenLabelled(rate(4, 2, true))).toBe(false);
    expect(oftenLabelled(rate(2, 2, true))).toBe(true); // two readers agree
    expect(oftenLabelled(rate(2, 1, true))).toBe(false);
    expect(oftenLabelled(rate(1, 1, true))).toBe(false);
    expect(oftenLabelled(rate(3, 3))).toBe(false); // already marked
  });

  it('calls a marked word rarely labelled when no reader of three labelled it in its latest two texts read by three', () => {
    expect(readersLeftIt(rate(9, 7, false, [3, 3, 3, 0, 0]))).toBe(true); // the readers changed
    expect(rarelyLabelled(rate(9, 7, false, [3, 3, 3, 0, 0]))).toBe(true);
    expect(readersLeftIt(rate(9, 7, false, [3, 3, 0, 1, 0]))).toBe(false); // one reader of the latest two marked it
    expect(readersLeftIt(rate(5, 4, false, [0]))).toBe(false); // one text is noise
    expect(readersLeftIt(rate(5, 4, true, [0, 0]))).toBe(false); // already unmarked
    expect(oftenLabelled(rate(9, 7, true, [3, 3, 3, 0, 0]))).toBe(false); // not moved back
    expect(oftenLabelled(rate(9, 7, true, [3, 3, 0, 1, 0]))).toBe(true);
  });
});
