/**
 * The red pen on arbitrary input (fast-check): whatever a user pastes — lone surrogates, emoji,
 * control characters, Markdown, jargon glued to noise — analysis, the company rewrite and the
 * brief draft never throw, and every offset lies inside the text and names what it points at.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { draftBrief } from './draft';
import { rewriteForCompany } from './rewrite';
import type { Finding } from './types';

/** Pieces of municipal writing, Markdown and noise, glued in any order. */
const piece = fc.oneof(
  fc.constantFrom(
    '予算措置',
    '所管課',
    '随意契約',
    '庁内調整を行い、',
    'について検討されているところである。',
    'ないわけではない',
    '生活支援体制整備事業',
    '鋭意検討',
    '。',
    '、',
    '\n',
    '\n\n',
    '- ',
    '# ',
    '| a | b |\n',
    '```\n',
    'https://example.jp/a?b=c ',
    '（',
    '）',
    '「',
    '」',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }), // includes lone surrogates and control characters
  fc.string({ unit: 'grapheme', maxLength: 8 }), // emoji, combining marks
);
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));

/** True when `i` would split a surrogate pair of `s`. */
const splitsPair = (s: string, i: number) =>
  i > 0 && i < s.length && /[\uD800-\uDBFF]/.test(s[i - 1]!) && /[\uDC00-\uDFFF]/.test(s[i]!);

function expectFindingsInside(source: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(0 <= f.start && f.start <= f.end && f.end <= source.length).toBe(true);
    expect(f.text).toBe(source.slice(f.start, f.end));
    expect(splitsPair(source, f.start) || splitsPair(source, f.end)).toBe(false);
    if (f.fix) {
      expect(0 <= f.fix.start && f.fix.start <= f.fix.end && f.fix.end <= source.length).toBe(true);
    }
  }
}

describe('brief analysis on arbitrary text', () => {
  it('never throws, and every finding and fix lies inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expectFindingsInside(t, analyzeText(t));
      }),
      { numRuns: 400 },
    );
  });

  it('the company rewrite never throws; its changes name their input, do not overlap, and apply to its text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { rewritten, changes } = rewriteForCompany(t);
        let at = 0;
        let applied = '';
        for (const c of changes) {
          expect(at <= c.start && c.start <= c.end && c.end <= t.length).toBe(true);
          expect(c.before).toBe(t.slice(c.start, c.end));
          applied += t.slice(at, c.start) + c.after;
          at = c.end;
        }
        expect(rewritten).toBe(applied + t.slice(at));
      }),
      { numRuns: 200 },
    );
  });

  it('the brief draft never throws', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(typeof draftBrief({ title: t.slice(0, 20), rawText: t })).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
