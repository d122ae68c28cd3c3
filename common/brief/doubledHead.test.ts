import { describe, expect, it } from 'vitest';
import { withoutDoubledHead } from './doubledHead';
import { rewriteForCompany } from './rewrite';

describe('withoutDoubledHead', () => {
  it('drops a head the text right after says again, in its words or in others', () => {
    expect(withoutDoubledHead('入札に参加できない者の決まり', 'の規定に該当しない')).toBe(
      '入札に参加できない者',
    );
    expect(withoutDoubledHead('高齢者を支える地域の仕組み', 'の制度を')).toBe('高齢者を支える地域');
    expect(withoutDoubledHead('住民が集まる場所', 'の規定')).toBeNull();
    // A compound has no part that reads alone; a one-kanji word is no word inside a longer one.
    expect(withoutDoubledHead('参加条件', 'の規定')).toBeNull();
    expect(withoutDoubledHead('話し合いの会', 'の会計')).toBeNull();
  });
});

describe('rewriteForCompany, a term’s plain wording beside the word that follows it', () => {
  it('does not say 決まり and 規定 twice (地方自治法施行令第167条の4の規定)', () => {
    // Written for this test: a qualification of a call, as issue 13's walk met it.
    const text = '地方自治法施行令第167条の4の規定に該当しない者であること。';
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten).not.toMatch(/決まり（[^）]+）の規定/u);
    expect(rewritten).toContain('（地方自治法施行令第167条の4）の規定に該当しない');
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });
});
