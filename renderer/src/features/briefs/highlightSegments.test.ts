import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlightSegments';

describe('highlightSegments', () => {
  it('covers the whole text exactly once, marking each span', () => {
    const text = '本市においては所管課と庁内調整を行う。';
    const segments = highlightSegments(text, [
      { start: 7, end: 10, rule: 'jargon', index: 0 },
      { start: 11, end: 15, rule: 'jargon', index: 1 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.spans.length).map((s) => s.text)).toEqual(['所管課', '庁内調整']);
  });

  it('draws a finding nested in a longer one (a term inside a long sentence)', () => {
    const segments = highlightSegments('abcdef', [
      { start: 0, end: 5, rule: 'sentence-length', index: 0 },
      { start: 2, end: 4, rule: 'jargon', index: 1 },
      { start: 10, end: 12, rule: 'c', index: 2 },
    ]);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.rule)])).toEqual([
      ['ab', ['sentence-length']],
      ['cd', ['sentence-length', 'jargon']],
      ['e', ['sentence-length']],
      ['f', []],
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(highlightSegments('', [])).toEqual([]);
  });
});
