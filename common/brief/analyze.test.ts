import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix, applyFixes, dedupe } from './analyze';
import { BRIEF_MD, RAW_CHOJU, RAW_HOIKU, RAW_MIMAMORI } from './fixtures/issues';
import { say } from './messages/message';
import { ALL_RULES } from './rules';
import type { Finding } from './types';

describe('analyzeText', () => {
  it('returns findings sorted by start, each text matching its span', () => {
    for (const text of [RAW_MIMAMORI, RAW_CHOJU, RAW_HOIKU, BRIEF_MD]) {
      const found = analyzeText(text);
      for (let i = 1; i < found.length; i++)
        expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('uses UTF-16 offsets (surrogate pairs before a finding shift it by 2)', () => {
    const text = '𠮷野家の前で随意契約を結ぶ。';
    const [f] = analyzeText(text, { rules: ['jargon'] });
    expect(f?.start).toBe(7);
    expect(text.slice(f!.start, f!.end)).toBe('随意契約');
  });

  it('marks a budget level (目, 節) only where it is written as one, not as a counter or section', () => {
    const marked = (text: string) => analyzeText(text, { rules: ['jargon'] }).map((f) => f.text);
    expect(marked('第3節　施設の目標値。2巡目の点検と2回目の会議。')).toEqual([]);
    expect(marked('支払いは7款1項2目から、月末。')).toEqual(['款', '項', '目']);
    // After 款項目 is marked, its parts are not marked again (see the jargon rule).
    expect(marked('款項目は7款1項2目、支払いは月末。')).toEqual(['款項目']);
    expect(marked('予算の款・項・目・節の区分。')).toEqual(['款', '項', '目', '節']);
  });

  it('finds nothing in empty text', () => {
    expect(analyzeText('')).toEqual([]);
    expect(analyzeText(' \n\n ')).toEqual([]);
  });

  it('every fix removes the finding it belongs to', () => {
    for (const text of [RAW_MIMAMORI, RAW_CHOJU, RAW_HOIKU, BRIEF_MD]) {
      for (const f of analyzeText(text).filter((x) => x.fix)) {
        const after = analyzeText(applyFix(text, f), { rules: [f.rule] });
        const same = after.find((g) => g.start === f.start && g.text === f.text && g.message === f.message);
        expect(same, `${f.rule} ${f.text}`).toBeUndefined();
      }
    }
  });

  it('every rule has an explanation in Japanese and in English', () => {
    expect(ALL_RULES.length).toBe(14);
    for (const rule of ALL_RULES) {
      expect(say('ja', rule.explanation).length).toBeGreaterThan(40);
      expect(say('ja', rule.explanation)).toMatch(/[一-龠][ぁ-ん]/);
      expect(say('en', rule.explanation)).toMatch(/^Finds /u);
    }
  });
});

const f = (rule: string, start: number, end: number): Finding => ({
  rule,
  start,
  end,
  text: 'x'.repeat(end - start),
  message: '',
  suggestion: null,
});

describe('dedupe', () => {
  it('keeps the longer of two overlapping findings of one rule, and both across rules', () => {
    const out = dedupe([f('jargon', 5, 8), f('jargon', 2, 6), f('vague-tou', 2, 6), f('jargon', 10, 12)]);
    expect(out.map((x) => `${x.rule}:${x.start}-${x.end}`)).toEqual([
      'jargon:2-6',
      'vague-tou:2-6',
      'jargon:10-12',
    ]);
  });
});

describe('applyFix', () => {
  it('leaves the text alone when the finding is stale', () => {
    const text = '調査を実施した。';
    const [finding] = analyzeText(text, { rules: ['redundant'] });
    expect(applyFix('追加の' + text, finding!)).toBe('追加の' + text);
  });

  it('applyFixes applies all non-overlapping fixes', () => {
    const text = '現地調査を実施した。説明会で説明を行う。申請することができる。';
    const fixed = applyFixes(text, analyzeText(text, { rules: ['redundant'] }));
    expect(fixed).toBe('現地調査した。説明会で説明する。申請できる。');
  });
});
