import { describe, expect, it } from 'vitest';
import { decisionLines, itemDecisions, unplacedDecisions, withDecision, withoutDecision } from './decisions';

describe('decisions', () => {
  it('stores one decision per line, typed line breaks joined', () => {
    expect(withDecision('', ' 上期に実証する ')).toBe('上期に実証する');
    expect(withDecision('上期に実証する', '予算は\n市が持つ')).toBe('上期に実証する\n予算は 市が持つ');
    expect(withDecision('上期に実証する', '   ')).toBe('上期に実証する');
    expect(decisionLines('a\n\n  b \n')).toEqual(['a', 'b']);
    expect(decisionLines(undefined)).toEqual([]);
  });

  it('removes one line by its text, whatever its position now', () => {
    expect(withoutDecision('a\n\nb\nc\nb', 'b')).toBe('a\nc\nb');
    expect(withoutDecision('a', 'a')).toBe('');
    expect(withoutDecision('a', 'z')).toBe('a');
  });

  it('lists typed decisions, then the ideas decided under the item', () => {
    const ideas = [
      { id: 'i1', text: '案A', decidedIn: 'x' },
      { id: 'i2', text: '案B', decidedIn: '' },
      { id: 'i3', text: '案C', decidedIn: 'y' },
      { id: 'i4', text: '案D', decidedIn: 'workshop' },
      { id: 'i5', text: '案E' },
    ];
    expect(itemDecisions({ id: 'x', decisions: '決定1' }, ideas)).toEqual([
      { source: { kind: 'line', index: 0 }, text: '決定1' },
      { source: { kind: 'idea', ideaId: 'i1' }, text: '案A' },
    ]);
    expect(unplacedDecisions(new Set(['x', 'y']), ideas).map((d) => d.text)).toEqual(['案D']);
  });
});
