import { describe, expect, it } from 'vitest';
import { parseReview, staleness, type RewriteReview } from './rewriteReview';

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

describe('staleness', () => {
  const made = { ...review, municipality: '北海道 札幌市' };

  it('is null while the text and the body are those the review was made for', () => {
    expect(staleness(made, made.source, '北海道 札幌市')).toBeNull();
    // Another 市 says the same words.
    expect(staleness(made, made.source, '北海道 函館市')).toBeNull();
  });

  it('says the body changed (市 → 町, and back from a chosen municipality to the text’s own 本市)', () => {
    expect(staleness(made, made.source, '北海道 森町')).toEqual({ kind: 'body', was: '市', now: '町' });
    expect(staleness(made, made.source, '長野県')).toEqual({ kind: 'body', was: '市', now: '県' });
    const forTown = { ...review, municipality: '北海道 森町' };
    expect(staleness(forTown, review.source, '')).toEqual({ kind: 'body', was: '町', now: '市' });
  });

  it('says the text changed before the body, and leaves a review stored before the body was kept', () => {
    expect(staleness(made, `${made.source}追記。`, '北海道 森町')).toEqual({ kind: 'text' });
    expect(staleness(review, review.source, '北海道 森町')).toBeNull();
  });

  it('keeps the municipality through storage', () => {
    expect(parseReview(JSON.stringify(made))?.municipality).toBe('北海道 札幌市');
  });
});
