import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findInOriginal,
  foldKana,
  normalize,
  normalizeQuery,
  normalizeWithOffsets,
  normalizeWithPatch,
  originalFrom,
} from './normalize';

describe('normalize', () => {
  it('folds width and case the way users expect', () => {
    expect(normalize('ｶﾀｶﾅ')).toBe('かたかな');
    expect(normalize('ｶﾞｲﾄﾞ')).toBe('がいど');
    expect(normalize('ＡＢＣ abc ABC')).toBe('abc abc abc');
    expect(normalize('１２３')).toBe('123');
  });

  it('folds katakana to hiragana, so a word left unconverted in the IME is found', () => {
    expect(normalize('デマンド交通')).toBe(normalize('でまんど交通'));
    expect(normalize('デマンド交通')).toBe('でまんど交通');
    // The long vowel mark is the same in both scripts; small kana stay small.
    expect(normalize('サービス')).toBe(normalize('さーびす'));
    expect(normalize('キャッシュレス')).toBe('きゃっしゅれす');
    expect(normalize('キャ')).not.toBe(normalize('きや'));
    expect(normalize('ヴァイオリン')).toBe('ゔぁいおりん');
    expect(normalize('ｳﾞｧｲｵﾘﾝ')).toBe('ゔぁいおりん');
    expect(normalize('いすゞ・イスヾ')).toBe('いすゞ・いすゞ');
    // The counter written four ways: 公用文's か, everyday ヶ, ヵ and カ.
    expect(new Set(['3か月', '3ヶ月', '3ヵ月', '3カ月', '３ヶ月'].map(normalize))).toEqual(
      new Set(['3か月']),
    );
    // No hiragana for these: kept as they are.
    expect(normalize('ヷヸヹヺ')).toBe('ヷヸヹヺ');
  });

  it('folds kana one code unit for one', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x3040, max: 0x30ff }).map((c) => String.fromCharCode(c)) }),
        (s) => {
          const folded = foldKana(s);
          expect(folded.length).toBe(s.length);
          expect(foldKana(folded)).toBe(folded);
          expect(folded).not.toMatch(/[\u30a1-\u30f6]/);
        },
      ),
    );
  });

  it('finds a text in katakana by the same words in hiragana, and the other way round', () => {
    const hiragana = fc.string({
      unit: fc.integer({ min: 0x3041, max: 0x3094 }).map((c) => String.fromCharCode(c)),
      maxLength: 12,
    });
    const toKatakana = (s: string) =>
      s.replace(/[\u3041-\u3094]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
    fc.assert(
      fc.property(hiragana, hiragana, hiragana, (before, word, after) => {
        const text = `${before}${toKatakana(word)}${after}`;
        if (!word) return;
        const [hit] = findInOriginal(text, normalizeQuery(word));
        expect(hit).toBeDefined();
        expect(normalize(text).includes(normalizeQuery(toKatakana(word)))).toBe(true);
      }),
    );
  });

  it('joins Japanese wrapped across lines but keeps words apart elsewhere', () => {
    expect(normalize('実証\n実験')).toBe('実証実験');
    expect(normalize('実証\r\n  実験')).toBe('実証実験');
    expect(normalize('smart\ncity')).toBe('smart city');
    expect(normalize('実証  実験')).toBe('実証 実験');
    expect(normalize('　全角空白')).toBe(' 全角空白');
  });

  it('agrees with itself on the query side', () => {
    expect(normalizeQuery('  ｼﾞｯｼｮｳ\n')).toBe('じっしょう');
    expect(normalizeQuery('デマンド')).toBe(normalize('でまんど'));
    expect(normalizeQuery('\u0000実験\t')).toBe('実験');
  });

  it('maps every normalised code unit back into the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const n = normalizeWithOffsets(s);
        expect(n.text).toBe(normalize(s));
        expect(n.start.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.start[i]).toBeLessThan(n.end[i]!);
          expect(n.end[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(n.start[i]).toBeGreaterThanOrEqual(n.start[i - 1]!);
        }
      }),
    );
  });

  it('highlights the original characters a normalised hit came from', () => {
    const text = '本日はｶﾞｲﾄﾞﾗｲﾝの話';
    const [r] = findInOriginal(text, normalizeQuery('ガイドライン'));
    expect(text.slice(r!.start, r!.end)).toBe('ｶﾞｲﾄﾞﾗｲﾝ');
    const wrapped = 'その実証\n実験について';
    const [w] = findInOriginal(wrapped, normalizeQuery('実証実験'));
    expect(wrapped.slice(w!.start, w!.end)).toBe('実証\n実験');
    const mixed = '乗合タクシーとデマンド交通の実証';
    const [k] = findInOriginal(mixed, normalizeQuery('でまんど'));
    expect(mixed.slice(k!.start, k!.end)).toBe('デマンド');
  });

  it('stores a text once: the normalised text and a patch give the original back', () => {
    const wrapped = '実証\n実験　ｶﾀｶﾅ ABC';
    const { norm, patch } = normalizeWithPatch(wrapped);
    expect(norm).toBe('実証実験 かたかな abc');
    expect(originalFrom(norm, patch)).toBe(wrapped);
    expect(normalizeWithPatch('実証実験の答弁。').patch).toBe('');
    // A katakana word is one patch entry, not one per character.
    expect(normalizeWithPatch('デマンド交通').patch).toBe('0:4:4:デマンド');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc
            .array(
              fc.constantFrom(
                '実証',
                '\n',
                '　',
                'ｶﾞ',
                'A',
                '1:2:',
                ' ',
                '\u0000',
                'は\u309a',
                'デマンド',
                'ヶ',
                'ー',
              ),
              {
                maxLength: 20,
              },
            )
            .map((w) => w.join('')),
        ),
        (s) => {
          const { norm, patch } = normalizeWithPatch(s);
          expect(norm).toBe(normalize(s));
          expect(originalFrom(norm, patch)).toBe(s);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        (s) => normalize(normalize(s)) === normalize(s),
      ),
    );
  });
});
