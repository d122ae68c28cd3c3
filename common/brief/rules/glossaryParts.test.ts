import { describe, expect, it } from 'vitest';
import { shippedGlossary } from '../glossary';
import { glossaryParts } from './glossaryParts';

describe('glossary parts', () => {
  it('counts the glossary terms a part occurs in, leaving out the terms found in the analysed text', () => {
    const term = shippedGlossary().find((e) => !e.everyday && !e.full && e.term.length >= 3)!.term;
    const part = term.slice(0, 2);
    const elsewhere = glossaryParts('この文には用語がない。')(part).jargon;
    expect(elsewhere).toBeGreaterThan(0);
    // The text containing the term itself: its own entry no longer counts for its parts.
    expect(glossaryParts(`この文には${term}がある。`)(part).jargon).toBe(elsewhere - 1);
  });

  it('knows nothing of a string that is in no term', () => {
    expect(glossaryParts('テキスト')('ゐゑ')).toEqual({ jargon: 0, everyday: 0 });
  });
});
