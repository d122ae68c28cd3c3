import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';
import { testEntry } from '../glossaryEntry.testkit';
import type { TermHit } from '../types';
import { lawCitations } from './lawCitation';

const cited = (text: string, terms: TermHit[] = []) =>
  lawCitations(text, terms).map((c) => text.slice(c.start, c.end));
const hit = (text: string, term: string, everyday = false): TermHit => {
  const start = text.indexOf(term);
  const entry = { ...testEntry(term, '言い換え'), ...(everyday ? { everyday: true as const } : {}) };
  return { start, end: start + term.length, entry };
};

describe('law citations', () => {
  it('finds a law cited with its article, and 同法 with one', () => {
    expect(cited('学校教育法第19条に基づき援助する。')).toEqual(['学校教育法第19条']);
    expect(cited('同法第34条第12号の規定による。')).toEqual(['同法第34条第12号']);
    expect(cited('地方自治法施行令第167条の2第1項第2号による。')).toEqual([
      '地方自治法施行令第167条の2第1項第2号',
    ]);
  });

  it('finds a full 「〜に関する法律」 name from its first kanji', () => {
    const text = 'このうち建築物の耐震改修の促進に関する法律に基づく。';
    expect(cited(text)).toEqual(['建築物の耐震改修の促進に関する法律']);
  });

  it('leaves a cited law the jargon rule explains, and a full name the glossary has', () => {
    const text = '地方自治法第244条の2による。';
    expect(cited(text, [hit(text, '地方自治法')])).toEqual([]);
    // An everyday short name does not say what the article lays down.
    expect(cited(text, [hit(text, '地方自治法', true)])).toEqual(['地方自治法第244条の2']);
    const full = '住居表示に関する法律に基づく。';
    expect(cited(full, [hit(full, '住居表示に関する法律', true)])).toEqual([]);
  });

  it('reads a long run of kanji in linear time (names are bounded)', () => {
    const started = Date.now();
    expect(cited('漢'.repeat(50_000) + 'の'.repeat(50_000))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('is marked by the kanji-compound rule, once per citation', () => {
    const text = '証明書は戸籍法第10条による。戸籍法第10条の請求者は多い。';
    const found = analyzeText(text, { rules: ['kanji-compound'] });
    expect(found.map((f) => f.text)).toEqual(['戸籍法第10条']);
    expect(found[0]?.message).toContain('条文');
  });
});
