import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';
import { testEntry } from '../glossaryEntry.testkit';
import type { TermHit } from '../types';
import { ordinalClasses } from './ordinalClass';

const found = (text: string, terms: TermHit[] = []) =>
  ordinalClasses(text, terms).map((c) => text.slice(c.start, c.end));
const hit = (text: string, term: string, everyday = false): TermHit => {
  const start = text.indexOf(term);
  const entry = { ...testEntry(term, '言い換え'), ...(everyday ? { everyday: true as const } : {}) };
  return { start, end: start + term.length, entry };
};

describe('numbered stages and classes', () => {
  it('finds a numbered stage or class with the noun it divides', () => {
    expect(found('第2種漁港として指定を受けた。')).toEqual(['第2種漁港']);
    expect(found('陽性者には第二次スクリーニングを行う。')).toEqual(['第二次スクリーニング']);
    expect(found('まず第１類施設を調べる。')).toEqual(['第１類施設']);
  });

  it('leaves plan editions, citations and words without a counter', () => {
    expect(found('第3次地域福祉計画を策定した。第2次観光振興プランに基づく。')).toEqual([]);
    expect(found('地方自治法施行令第167条の2第1項第2号による。')).toEqual([]);
    expect(found('第三者の意見を聴く。第1号による。')).toEqual([]);
  });

  it('leaves a class the jargon rule marks or the glossary covers', () => {
    const text = '第1号被保険者の保険料を改定する。';
    expect(found(text, [hit(text, '第1号被保険者')])).toEqual([]);
    expect(found(text, [hit(text, '第1号被保険者', true)])).toEqual([]);
    // An everyday word inside does not say what the class is.
    expect(found(text, [hit(text, '被保険者', true)])).toEqual(['第1号被保険者']);
  });

  it('is marked once by the kanji-compound rule, with its own message', () => {
    const text = '第2類施設の点検を進めます。第2類施設は市内に3か所あります。';
    const marks = analyzeText(text).filter((f) => f.text === '第2類施設');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.rule).toBe('kanji-compound');
    expect(marks[0]!.message).toContain('段階や区分');
  });

  it('reads a long run in linear time', () => {
    const started = Date.now();
    expect(found('第1次' + '漢'.repeat(50_000))).toEqual(['第1次' + '漢'.repeat(12)]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
