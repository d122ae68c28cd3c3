import { describe, expect, it } from 'vitest';
import { extractTags } from './tags';

describe('extractTags', () => {
  it('finds #tags and ＃tags anywhere, once each, in order', () => {
    expect(extractTags('#実証実験 について。\n予算は（＃予算）で #実証実験')).toEqual(['実証実験', '予算']);
  });

  it('does not take headings, link targets or URL fragments for tags', () => {
    expect(extractTags('# 見出し\n[課題](#/issues/1) https://example.jp/#top')).toEqual([]);
  });

  it('ends a tag at Japanese punctuation', () => {
    expect(extractTags('#DX、#ｶﾀｶﾅ。予算#財源 a#b')).toEqual(['DX', 'カタカナ', '財源']);
  });
});
