import { describe, expect, it } from 'vitest';
import { cachedAnalyser, ipadicAnalyser, politeVerb, toHiragana, type IpadicToken } from './morph';

/** A fake kuromoji that cuts text into single characters and counts its calls. */
function fakeKuromoji() {
  const calls: string[] = [];
  const tokenizer = {
    tokenize(text: string): IpadicToken[] {
      calls.push(text);
      return [...text].map((c) => ({ surface_form: c, pos: '名詞', pos_detail_1: '一般', basic_form: c }));
    },
  };
  return { calls, analyser: ipadicAnalyser(tokenizer) };
}

describe('morphological analyser adapters', () => {
  it('rebuilds UTF-16 offsets from surfaces (a surrogate pair counts two)', () => {
    const { analyser } = fakeKuromoji();
    const tokens = analyser.tokenize('𠮷野');
    expect(tokens.map((t) => [t.surface, t.start, t.end])).toEqual([
      ['𠮷', 0, 2],
      ['野', 2, 3],
    ]);
  });

  it('caches per sentence: an edit re-tokenises only the sentence it changed, with the same offsets', () => {
    const { calls, analyser } = fakeKuromoji();
    const cached = cachedAnalyser(analyser);
    const text = '予算を計上\n\n協定を締結';
    expect(cached.tokenize('予算。計上。')).toEqual(analyser.tokenize('予算。計上。'));
    const first = cached.tokenize(text);
    expect(first).toEqual(analyser.tokenize(text).filter((t) => t.surface !== '\n'));
    calls.length = 0;
    cached.tokenize(text);
    expect(calls).toEqual([]);
    const edited = cached.tokenize('予算を計上\n\n協定を締結した');
    expect(calls).toEqual(['協定を締結した']);
    expect(edited.at(-1)).toMatchObject({ surface: 'た', start: 13, end: 14 });
  });

  it('turns dictionary forms into です・ます forms by conjugation type', () => {
    expect(politeVerb('行う', '五段・ワ行促音便')).toBe('行います');
    expect(politeVerb('進める', '一段')).toBe('進めます');
    expect(politeVerb('推進する', 'サ変・スル')).toBe('推進します');
    expect(politeVerb('来る', 'カ変・来ル')).toBeNull();
    expect(toHiragana('ケイジョウ')).toBe('けいじょう');
  });
});
