import { describe, expect, it } from 'vitest';
import { guardText, MAX_FIELD_CHARS } from './textGuard';

describe('guardText', () => {
  it('passes ordinary Japanese text through unchanged', () => {
    expect(guardText('本市では、\n\t移動支援が課題です。')).toEqual({
      ok: true,
      value: '本市では、\n\t移動支援が課題です。',
      cleaned: false,
    });
  });

  it('strips control characters that binary garbage brings in, and says so', () => {
    expect(guardText('a\u0000b\u0007c\uFFFF')).toEqual({ ok: true, value: 'abc', cleaned: true });
  });

  it('refuses text beyond what sync can carry', () => {
    expect(guardText('あ'.repeat(MAX_FIELD_CHARS + 1))).toEqual({ ok: false, reason: 'tooLong' });
    expect(guardText('あ'.repeat(MAX_FIELD_CHARS)).ok).toBe(true);
  });

  it('lets a text already over the limit (restored, pulled) be shortened, never grown', () => {
    const over = 'あ'.repeat(MAX_FIELD_CHARS + 10);
    expect(guardText(over.slice(1), over.length).ok).toBe(true);
    expect(guardText(over, over.length).ok).toBe(true);
    expect(guardText(over + 'い', over.length)).toEqual({ ok: false, reason: 'tooLong' });
  });
});
