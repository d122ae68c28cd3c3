import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from './analyze';
import { clarityScore } from './clarity';

describe('clarityScore', () => {
  it('is 100 for plain sentences and lower when sentences carry findings', () => {
    const plain = '高齢者が通院しやすい町にしたい。週に一度、車で送り迎えをする。';
    expect(clarityScore(plain, analyzeText(plain))).toBe(100);
    const heavy = '所管課において庁内調整を行う。週に一度、車で送り迎えをする。';
    expect(clarityScore(heavy, analyzeText(heavy))).toBe(50);
  });

  it('rises when a finding is fixed', () => {
    const text = 'この事業は検討することができる。送迎の仕組みを作りたい。';
    const findings = analyzeText(text);
    const redundant = findings.find((f) => f.rule === 'redundant' && f.fix)!;
    const fixed = applyFix(text, redundant);
    expect(clarityScore(fixed, analyzeText(fixed))).toBeGreaterThan(clarityScore(text, findings));
  });

  it('ignores headings and treats an empty text as clear', () => {
    expect(clarityScore('## 背景\n\n送迎を始めたい。', [])).toBe(100);
    expect(clarityScore('', [])).toBe(100);
  });
});
