import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './normalize';
import { snippetOf } from './snippet';

const render = (parts: ReturnType<typeof snippetOf>) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('snippetOf', () => {
  it('marks every occurrence in the original characters', () => {
    // NFKC folds width, not script: hiragana does not find katakana.
    expect(render(snippetOf('ｶﾀｶﾅとカタカナ', normalizeQuery('かたかな')))).toBe('ｶﾀｶﾅとカタカナ');
    expect(render(snippetOf('ｶﾀｶﾅとカタカナ', normalizeQuery('カタカナ')))).toBe('[ｶﾀｶﾅ]と[カタカナ]');
  });

  it('stays inside the field that matched and shows where it was cut', () => {
    const text = `件名\u0000${'あ'.repeat(50)}実証実験${'い'.repeat(200)}\u0000別の欄`;
    const out = render(snippetOf(text, normalizeQuery('実証実験'), 60));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[実証実験]');
    expect(out).not.toContain('件名');
    expect(out).not.toContain('別の欄');
  });

  it('shows the start of the first non-empty field when the query is not in the text', () => {
    expect(render(snippetOf('\u0000本文です', 'なし'))).toBe('本文です');
  });
});
