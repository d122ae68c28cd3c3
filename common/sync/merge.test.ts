import { describe, expect, it } from 'vitest';
import { mergeText } from './merge';

describe('mergeText', () => {
  const base = 'title\n\nalpha\nbeta\ngamma\ndelta\n';

  it('merges edits of distant lines from both sides', () => {
    const ours = 'title\n\nALPHA\nbeta\ngamma\ndelta\n';
    const theirs = 'title\n\nalpha\nbeta\ngamma\nDELTA\n';
    expect(mergeText(base, ours, theirs)).toEqual({
      clean: true,
      text: 'title\n\nALPHA\nbeta\ngamma\nDELTA\n',
    });
  });

  it('reports a conflict when both sides change the same line differently', () => {
    expect(mergeText(base, base.replace('beta', 'B1'), base.replace('beta', 'B2'))).toEqual({ clean: false });
  });

  it('treats identical changes on both sides as clean', () => {
    const both = base.replace('gamma', 'γ');
    expect(mergeText(base, both, both)).toEqual({ clean: true, text: both });
  });

  it('takes the only changed side when the other equals the base', () => {
    expect(mergeText(base, base, 'new\n')).toEqual({ clean: true, text: 'new\n' });
    expect(mergeText(base, 'new\n', base)).toEqual({ clean: true, text: 'new\n' });
  });

  it('keeps a missing final newline and Japanese text exactly', () => {
    const b = '課題\n対象者\n予算';
    const ours = '課題（改）\n対象者\n予算';
    const theirs = '課題\n対象者\n予算 100万円';
    expect(mergeText(b, ours, theirs)).toEqual({ clean: true, text: '課題（改）\n対象者\n予算 100万円' });
  });

  it('merges from an empty base when only one side adds text', () => {
    expect(mergeText('', '', 'added\n')).toEqual({ clean: true, text: 'added\n' });
  });

  it('refuses to interleave two different insertions at the same place', () => {
    expect(mergeText('a\nz\n', 'a\nm1\nz\n', 'a\nm2\nz\n')).toEqual({ clean: false });
  });
});
