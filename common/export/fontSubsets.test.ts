import { describe, expect, it } from 'vitest';
import { SubsetIndex, parseUnicodeRange } from './fontSubsets';

describe('font subsets', () => {
  it('parses CSS unicode-range lists', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,u+2000-206f,bogus')).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x2000, 0x206f],
    ]);
  });

  it('picks only the slices a text uses, in the font order, plus the ones asked for', () => {
    const index = new SubsetIndex({
      '[0]': 'U+6F22,U+5B57',
      '[1]': 'U+3042-3093',
      latin: 'U+0000-00FF',
      unused: 'U+4E00',
    });
    expect(index.subsetsFor('あ漢')).toEqual(['[0]', '[1]']);
    expect(index.subsetsFor('abc', ['latin'])).toEqual(['latin']);
    expect(index.subsetsFor('🙂', ['latin'])).toEqual(['latin']);
    expect(index.subsetOf(0x3093)).toBe('[1]');
    expect(index.subsetOf(0x3094)).toBeUndefined();
  });
});
