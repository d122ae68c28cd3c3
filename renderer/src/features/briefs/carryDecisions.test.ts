import { describe, expect, it } from 'vitest';
import type { RewriteChange } from '../../../../common/brief/rewrite';
import { carryDecisions } from './carryDecisions';

const change = (start: number, before: string, after: string, rule = 'jargon'): RewriteChange => ({
  start,
  end: start + before.length,
  before,
  after,
  rule,
});

describe('carryDecisions', () => {
  it('keeps a decision on the same change said for another body', () => {
    const old = [
      change(0, '一般財源', '使い道が決まっていない市の自由なお金'),
      change(10, '庁内', '市役所の中'),
      change(20, 'を行う', 'する', 'redundant'),
    ];
    const next = [
      change(0, '一般財源', '使い道が決まっていない町の自由なお金'),
      change(10, '庁内', '町役場の中'),
      change(20, 'を行う', 'する', 'redundant'),
    ];
    expect(carryDecisions(old, [false, true, false], next)).toEqual({
      accepted: [false, true, false],
      carried: 3,
    });
  });

  it('matches recurring changes in order, after an edit moved them, and accepts what is new', () => {
    const old = [change(0, 'を行う', 'する', 'redundant'), change(9, 'を行う', 'する', 'redundant')];
    const next = [
      change(0, '庁内', '市役所の中'),
      change(5, 'を行う', 'する', 'redundant'),
      change(14, 'を行う', 'する', 'redundant'),
    ];
    expect(carryDecisions(old, [false, true], next)).toEqual({ accepted: [true, false, true], carried: 2 });
  });

  it('takes an exact twin before one said for another body', () => {
    const old = [change(0, '庁内', '町役場の中'), change(5, '庁内', '市役所の中')];
    const next = [change(0, '庁内', '市役所の中')];
    expect(carryDecisions(old, [true, false], next).accepted).toEqual([false]);
  });

  it('keeps a ※ line inside a paragraph with its line break', () => {
    const old = [change(0, '', '\n', 'paragraph-break'), change(0, '', '※庁内：市役所の中')];
    const next = [change(0, '', '\n', 'paragraph-break'), change(0, '', '※庁内：町役場の中')];
    expect(carryDecisions(old, [false, false], next).accepted).toEqual([false, false]);
  });
});
