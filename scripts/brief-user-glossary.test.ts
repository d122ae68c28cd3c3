/**
 * The user's corrections of the red pen with the real analyser (kuromoji), as the worker runs
 * them: a word marked 説明不要 is unmarked whichever rule found it (an inflected glossary verb, a
 * word only the general detector knows), and a selected word's reading comes from its morphemes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, fromGlossaryRecord } from '../common/brief/index';
import type { MorphAnalyser } from '../common/brief/morph';
import { knownTermOf, markKnownWrites, readingOf } from '../common/brief/userGlossary';
import { cutWord, dictionaryForm, proposedTerm } from '../common/brief/termShape';
import { loadNodeAnalyser } from './brief-analyser';

let analyser: MorphAnalyser;
beforeAll(async () => {
  analyser = await loadNodeAnalyser();
}, 60_000);

/** The glossary entries of the records 「説明不要にする」 makes for `term`. */
function knownEntries(term: string) {
  return markKnownWrites([], term).flatMap((w) =>
    w.kind === 'create' ? [fromGlossaryRecord(w.fields)] : [],
  );
}

describe('「説明不要」 with the real analyser', () => {
  it('unmarks an inflected glossary verb by its glossary term', () => {
    const text = '委員会に諮れば、住民の意見を聞ける。';
    const [verb] = analyzeText(text, { analyser, rules: ['jargon'] }).filter((f) => f.text === '諮れ');
    expect(verb).toBeDefined();
    const term = knownTermOf(verb!)!;
    expect(term).not.toBe(verb!.text);
    const after = analyzeText(text, { analyser, rules: ['jargon'], userGlossary: knownEntries(term) });
    expect(after.map((f) => f.text)).not.toContain(verb!.text);
  });

  it('unmarks a phrase only the general detector marks (a hedged council promise)', () => {
    const text = '制度の見直しについては、検討を進めてまいります。';
    const unlisted = analyzeText(text, { analyser }).filter((f) => f.rule === 'unlisted-jargon');
    expect(unlisted.map((f) => f.text)).toEqual(['検討を進めてまいります']);
    const after = analyzeText(text, { analyser, userGlossary: knownEntries(knownTermOf(unlisted[0]!)!) });
    expect(after.filter((f) => f.rule === 'unlisted-jargon')).toEqual([]);
  });

  it('reads a selected word from its morphemes', () => {
    expect(readingOf(analyser.tokenize('随意契約'))).toBe('ずいいけいやく');
    expect(readingOf(analyser.tokenize('見守りネット'))).toBe('みまもりねっと');
  });
});

/** The pen's marks of `term` in `text` once the user has saved it with a wording. */
function marksOf(text: string, term: string) {
  const fields = { term, reading: '', plain: '安否確認', explanation: '', category: '' };
  return analyzeText(text, { analyser, rules: ['jargon'], userGlossary: [fromGlossaryRecord(fields)] })
    .filter((f) => f.term === term || f.text === term)
    .map((f) => f.text);
}

describe('「用語集に追加」 with the real analyser', () => {
  const text = '地域の見守りを担う協力店を募ります。';

  it('widens a selection that cuts a word, so the saved term is marked', () => {
    const at = text.indexOf('見守');
    // Saved as selected, the term cuts 見守り and is never marked; the form says so.
    expect(marksOf(text, '見守')).toEqual([]);
    expect(cutWord(text, analyser.tokenize(text), '見守')).toBe('見守り');
    const proposal = proposedTerm(text, analyser.tokenize(text), at, at + 2);
    expect(proposal).toEqual({ start: at, end: at + 3, term: '見守り' });
    expect(marksOf(text, proposal.term)).toEqual(['見守り']);
    expect(cutWord(text, analyser.tokenize(text), proposal.term)).toBeNull();
  });

  it('widens 計 of 計上', () => {
    const budget = '委託料を補正予算に計上した。';
    const at = budget.indexOf('計');
    expect(proposedTerm(budget, analyser.tokenize(budget), at, at + 1).term).toBe('計上');
  });
});

describe('a verb saved from the editor, with the real analyser', () => {
  const text = '計画を毎年見直した。今後も計画は見直される。措置されている事業もある。';

  it('is proposed in its dictionary form, which the pen finds in every form', () => {
    const at = text.indexOf('見直した');
    const proposal = proposedTerm(text, analyser.tokenize(text), at, at + 4);
    expect(proposal).toEqual({ start: at, end: at + 4, term: '見直す' });
    // Marked at its first use, in whichever form (the pen marks a term once).
    expect(marksOf(text, '見直す')).toEqual(['見直し']);
    expect(marksOf('今後も計画は見直される。', '見直す')).toEqual(['見直さ']);
    expect(marksOf('今後も計画は見直される。', '見直した')).toEqual([]);
    // Saved as written, the verb is marked in that one form only.
    expect(marksOf(text, '見直した')).toEqual(['見直した']);
  });

  it('is the noun of a サ変 verb, found before any する', () => {
    const at = text.indexOf('措置され');
    expect(proposedTerm(text, analyser.tokenize(text), at, at + 4).term).toBe('措置');
    expect(marksOf(text, '措置')).toEqual(['措置']);
    expect(dictionaryForm(analyser.tokenize('講じられた'))).toBe('講じる');
    expect(dictionaryForm(analyser.tokenize('取り組んでいる'))).toBe('取り組む');
  });

  it('leaves a noun, a bare 連用形 and a dictionary form as written', () => {
    for (const term of ['計上', '見守り', '見直す', '計画を見直す']) {
      expect(dictionaryForm(analyser.tokenize(term))).toBeNull();
    }
  });

  it('gives a phrase that ends in a verb with the verb in its dictionary form, found in its other forms', () => {
    const plan = '来年度に計画を見直した。';
    const at = plan.indexOf('計画を見直した');
    expect(proposedTerm(plan, analyser.tokenize(plan), at, at + 7).term).toBe('計画を見直す');
    expect(marksOf(plan, '計画を見直す')).toEqual(['計画を見直し']);
    expect(marksOf('計画を見直されることもある。', '計画を見直す')).toEqual(['計画を見直さ']);
    expect(marksOf('計画を見直す。', '計画を見直す')).toEqual(['計画を見直す']);
    // Other words before the verb are another phrase.
    expect(marksOf('計画は見直された。', '計画を見直す')).toEqual([]);
  });
});
