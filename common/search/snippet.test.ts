import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeQuery } from './normalize';
import { snippetOf } from './snippet';

const render = (parts: ReturnType<typeof snippetOf>) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('snippetOf', () => {
  it('marks every occurrence in the original characters', () => {
    // Width and script fold: hiragana finds half- and full-width katakana, shown as written.
    expect(render(snippetOf('ｶﾀｶﾅとカタカナ', normalizeQuery('かたかな')))).toBe('[ｶﾀｶﾅ]と[カタカナ]');
    expect(render(snippetOf('ｶﾀｶﾅとカタカナ', normalizeQuery('カタカナ')))).toBe('[ｶﾀｶﾅ]と[カタカナ]');
    expect(render(snippetOf('3ヶ月後にデマンド交通', normalizeQuery('でまんど')))).toBe(
      '3ヶ月後に[デマンド]交通',
    );
  });

  it('marks each word of a query of several words, around the first one found', () => {
    const text = 'デマンド交通の実証は申請期限が3月末、交通事業者と協議';
    expect(render(snippetOf(text, normalizeQuery('期限 交通')))).toBe(
      'デマンド[交通]の実証は申請[期限]が3月末、[交通]事業者と協議',
    );
    expect(render(snippetOf(text, normalizeQuery('期限 交通'), 120, false, normalize(text)))).toBe(
      'デマンド[交通]の実証は申請[期限]が3月末、[交通]事業者と協議',
    );
  });

  it('goes on from a short field into the next, so a speaker’s note says what was said', () => {
    const note = `佐藤花子議員\u0000質問：デマンド交通の利用者数は？`;
    expect(render(snippetOf(note, normalizeQuery('佐藤花子')))).toBe(
      '[佐藤花子]議員\u3000質問：デマンド交通の利用者数は？',
    );
    // Cut at the width like any snippet, and an empty field between is one separator.
    expect(render(snippetOf(`市長\u0000\u0000${'あ'.repeat(200)}`, normalizeQuery('市長'), 20))).toBe(
      `[市長]\u3000${'あ'.repeat(16)}…`,
    );
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

  it('goes on past a short first field when nothing is marked (a day typed alone), as a hit does', () => {
    // A date-only search lists a day's notes: each says what was said, not only who said it.
    expect(render(snippetOf('都市整備部長\u0000サブリース方式も研究している', ''))).toBe(
      '都市整備部長\u3000サブリース方式も研究している',
    );
    expect(render(snippetOf(`\u0000市長\u0000\u0000${'あ'.repeat(200)}`, '', 20))).toBe(
      `市長\u3000${'あ'.repeat(17)}…`,
    );
  });
});

describe('snippetOf on text that is its own normalisation', () => {
  it('marks the same ranges without mapping offsets', () => {
    const text = `冒頭\u0000${'前置き'.repeat(20)}実証実験の結果と実証実験の課題`;
    const q = normalizeQuery('実証実験');
    expect(snippetOf(text, q, 60, true)).toEqual(snippetOf(text, q, 60, false));
  });
});

describe('snippetOf with the normalised text at hand', () => {
  it('gives the same snippet while normalising only up to the window', () => {
    const text = `ｶﾀｶﾅの前置き\n${'あ'.repeat(300)}実証\n実験${'い'.repeat(500)}ＥＮＤ`;
    const q = normalizeQuery('実証実験');
    expect(snippetOf(text, q, 80, false, normalize(text))).toEqual(snippetOf(text, q, 80));
    expect(render(snippetOf(text, q, 80, false, normalize(text)))).toContain('[実証\n実験]');
  });
});

describe('snippetOf over generated text', () => {
  const words = [
    'デマンド',
    'でまんど',
    'ｶﾞｲﾄﾞ',
    '交通',
    '3ヶ月',
    'キャッシュレス',
    '実証\n実験',
    '**強調**',
    ' ',
  ];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(''));
  const query = fc.constantFrom('でまんど', 'デマンド', 'がいど', '3か月', 'きゃっしゅ', '実証実験', '交通');

  it('marks only original characters that normalise to the query, and shows original text only', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const nq = normalizeQuery(q);
        const parts = snippetOf(t, nq, 400);
        for (const p of parts) if (p.hit) expect(normalize(p.text)).toBe(nq);
        // The window shown, without the ellipses that say it was cut.
        const shown = parts
          .map((p) => p.text)
          .join('')
          .replace(/^…|…$/g, '');
        expect(t.includes(shown) || !normalize(t).includes(nq)).toBe(true);
        expect(parts.some((p) => p.hit)).toBe(normalize(t).includes(nq));
      }),
      { numRuns: 300 },
    );
  });
});
