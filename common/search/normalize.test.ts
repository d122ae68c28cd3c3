import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findInOriginal,
  normalize,
  normalizeQuery,
  normalizeWithOffsets,
  normalizeWithPatch,
  originalFrom,
} from './normalize';

describe('normalize', () => {
  it('folds width and case the way users expect', () => {
    expect(normalize('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(normalize('ｶﾞｲﾄﾞ')).toBe('ガイド');
    expect(normalize('ＡＢＣ abc ABC')).toBe('abc abc abc');
    expect(normalize('１２３')).toBe('123');
  });

  it('joins Japanese wrapped across lines but keeps words apart elsewhere', () => {
    expect(normalize('実証\n実験')).toBe('実証実験');
    expect(normalize('実証\r\n  実験')).toBe('実証実験');
    expect(normalize('smart\ncity')).toBe('smart city');
    expect(normalize('実証  実験')).toBe('実証 実験');
    expect(normalize('　全角空白')).toBe(' 全角空白');
  });

  it('agrees with itself on the query side', () => {
    expect(normalizeQuery('  ｼﾞｯｼｮｳ\n')).toBe('ジッショウ');
    expect(normalizeQuery('\u0000実験\t')).toBe('実験');
  });

  it('maps every normalised code unit back into the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const n = normalizeWithOffsets(s);
        expect(n.text).toBe(normalize(s));
        expect(n.start.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.start[i]).toBeLessThan(n.end[i]!);
          expect(n.end[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(n.start[i]).toBeGreaterThanOrEqual(n.start[i - 1]!);
        }
      }),
    );
  });

  it('highlights the original characters a normalised hit came from', () => {
    const text = '本日はｶﾞｲﾄﾞﾗｲﾝの話';
    const [r] = findInOriginal(text, normalizeQuery('ガイドライン'));
    expect(text.slice(r!.start, r!.end)).toBe('ｶﾞｲﾄﾞﾗｲﾝ');
    const wrapped = 'その実証\n実験について';
    const [w] = findInOriginal(wrapped, normalizeQuery('実証実験'));
    expect(wrapped.slice(w!.start, w!.end)).toBe('実証\n実験');
  });

  it('stores a text once: the normalised text and a patch give the original back', () => {
    const wrapped = '実証\n実験　ｶﾀｶﾅ ABC';
    const { norm, patch } = normalizeWithPatch(wrapped);
    expect(norm).toBe('実証実験 カタカナ abc');
    expect(originalFrom(norm, patch)).toBe(wrapped);
    expect(normalizeWithPatch('実証実験の答弁。').patch).toBe('');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc
            .array(fc.constantFrom('実証', '\n', '　', 'ｶﾞ', 'A', '1:2:', ' ', '\u0000', 'は\u309a'), {
              maxLength: 20,
            })
            .map((w) => w.join('')),
        ),
        (s) => {
          const { norm, patch } = normalizeWithPatch(s);
          expect(norm).toBe(normalize(s));
          expect(originalFrom(norm, patch)).toBe(s);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        (s) => normalize(normalize(s)) === normalize(s),
      ),
    );
  });
});
