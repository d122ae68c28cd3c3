import { describe, expect, it } from 'vitest';
import { compareLabels, consensus, type LabelSet } from './agreement';
import type { CorpusText } from './evaluate';

const texts: CorpusText[] = [
  { id: 't1', kind: 'answer', text: '国の動向を注視し、予算を計上して、庁内で協議します。', terms: [] },
  { id: 't2', kind: 'plan', text: '担い手の確保と知見の活用を図る。', terms: [] },
];
const set = (labeller: string, entries: Record<string, string[]>): LabelSet => ({
  labeller,
  terms: new Map(Object.entries(entries)),
});

describe('compareLabels', () => {
  it('counts terms that overlap as agreement, each side against the other', () => {
    const a = set('a', { t1: ['動向を注視', '計上', '庁内'], t2: ['担い手'] });
    const b = set('b', { t1: ['注視', '計上'], t2: ['担い手', '知見'] });
    expect(compareLabels(texts, a, b)).toEqual({
      recall: 0.75,
      precision: 0.75,
      f1: 0.75,
      referenceTerms: 4,
      candidateTerms: 4,
    });
    const onlyA = compareLabels(texts, b, set('a', { t1: ['動向を注視'], t2: [] }));
    expect(onlyA).toMatchObject({ recall: 0.25, precision: 1 });
  });

  it('compares only the texts both labellers labelled', () => {
    const a = set('a', { t1: ['計上'], t2: ['担い手'] });
    const b = set('b', { t1: ['計上'] });
    expect(compareLabels(texts, a, b)).toMatchObject({ recall: 1, precision: 1, referenceTerms: 1 });
  });
});

describe('consensus', () => {
  const a = set('a', { t1: ['動向を注視', '計上', '庁内'], t2: ['担い手'] });
  const b = set('b', { t1: ['注視', '計上'], t2: ['担い手', '知見'] });
  const c = set('c', { t1: ['注視', '協議'], t2: ['知見'] });

  it('keeps the words two of three labellers marked, in the wording most chose', () => {
    const agreed = consensus(texts, [a, b, c], 2);
    expect(agreed.map((t) => t.terms)).toEqual([
      ['注視', '計上'],
      ['担い手', '知見'],
    ]);
  });

  it('needs every labeller to have labelled the text', () => {
    expect(consensus(texts, [a, set('d', { t1: [] })], 1).map((t) => t.id)).toEqual(['t1']);
  });

  it('with one vote needed, is every labelled word once', () => {
    expect(consensus(texts, [a, b, c], 1)[0]?.terms).toEqual(['注視', '計上', '庁内', '協議']);
  });
});
