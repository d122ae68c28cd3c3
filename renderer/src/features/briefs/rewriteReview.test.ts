import { describe, expect, it } from 'vitest';
import { parseReview, type RewriteReview } from './rewriteReview';

const review: RewriteReview = {
  source: '本市においては、検討を行う。',
  result: {
    rewritten: '本市では、検討する。',
    changes: [
      { start: 2, end: 7, before: 'においては', after: 'では', rule: 'redundant' },
      { start: 8, end: 13, before: '検討を行う', after: '検討する', rule: 'redundant' },
    ],
    unsplit: [],
  },
  accepted: [true, false],
};

describe('parseReview', () => {
  it('reads back a stored review with each change’s decision', () => {
    expect(parseReview(JSON.stringify(review))).toEqual(review);
  });

  it('drops what is not a review instead of showing a broken one', () => {
    expect(parseReview(null)).toBeNull();
    expect(parseReview('{')).toBeNull();
    expect(parseReview(JSON.stringify({ ...review, accepted: [true] }))).toBeNull();
    const badChange = { ...review.result, changes: [{ start: '2' }, review.result.changes[1]] };
    expect(parseReview(JSON.stringify({ ...review, result: badChange }))).toBeNull();
  });
});
