/**
 * kuromoji's tokens on arbitrary input (fast-check): the offsets the adapter rebuilds from
 * surfaces stay inside the text and match it, so findings made from tokens never point at the
 * wrong characters — lone surrogates, emoji and control characters included.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../common/brief/analyze';
import type { MorphAnalyser } from '../common/brief/morph';
import { loadNodeAnalyser } from './brief-analyser';

let analyser: MorphAnalyser;
beforeAll(async () => {
  analyser = await loadNodeAnalyser();
}, 60_000);

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '予算を計上の上、',
        '協定締結',
        '醸成に努めて',
        '所管横断的な',
        '。',
        '\n',
        '𠮷野家',
        '🧑‍💼',
      ),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((ps) => ps.join(''));

describe('kuromoji tokens and findings on arbitrary text', () => {
  it('tokens tile the text in order with offsets that match their surfaces', () => {
    fc.assert(
      fc.property(text, (t) => {
        let at = 0;
        for (const token of analyser.tokenize(t)) {
          expect(token.start).toBeGreaterThanOrEqual(at);
          expect(token.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(token.start, token.end)).toBe(token.surface);
          at = token.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('analysis with tokens never throws and every finding names the text it points at', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const f of analyzeText(t, { analyser })) {
          expect(0 <= f.start && f.start <= f.end && f.end <= t.length).toBe(true);
          expect(f.text).toBe(t.slice(f.start, f.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});
