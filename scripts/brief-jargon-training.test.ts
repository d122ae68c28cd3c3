/** The dev-set choice of the jargon scorer's threshold (the pure part; no corpus, no analyser). */
import { describe, expect, it } from 'vitest';
import { isDevText, lowestWithin, type Counts } from './brief-jargon-training';

const at = (threshold: number, correct: number, flagged: number) => ({
  threshold,
  dev: { labelled: 100, found: correct, flagged, correct } satisfies Counts,
});

describe('the dev-set threshold choice', () => {
  it('takes the lowest threshold whose precision and every higher one stay above the floor', () => {
    // 0.5 dips below the floor, so 0.0 is not reached although its precision recovers.
    const curve = [at(2, 75, 100), at(1, 76, 102), at(0.5, 70, 110), at(0, 80, 104)];
    expect(lowestWithin(curve, 0.74)?.threshold).toBe(1);
  });

  it('returns nothing when even the highest threshold costs too much precision', () => {
    expect(lowestWithin([at(2, 60, 100)], 0.74)).toBeNull();
  });

  it('takes fresh13 and fresh15 as the dev set, nothing else', () => {
    expect(['f13-01', 'f15-16', 'f14-16', 'f12-01', 'f3-13', 't2-14'].map(isDevText)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
