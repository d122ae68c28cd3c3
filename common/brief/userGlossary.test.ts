import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { draftBrief } from './draft';
import { RAW_CHOJU } from './fixtures/issues';
import { fromGlossaryRecord } from './glossary';
import type { GlossaryTermFields } from '../records/types';
import type { Finding } from './types';
import {
  knownTermOf,
  markKnownWrites,
  MAX_TERM_LENGTH,
  readingOf,
  selectedWord,
  termProblems,
  undoKnownWrites,
  type UserTermRecord,
} from './userGlossary';
import { ipadic } from './ipadicTokens.testkit';

const record = (term: string, plain: string, known?: boolean, id = term): UserTermRecord => ({
  id,
  term,
  plain,
  ...(known === undefined ? {} : { known }),
});
const entries = (records: readonly GlossaryTermFields[]) => records.map(fromGlossaryRecord);
const fields = (term: string, plain: string, known?: boolean): GlossaryTermFields => ({
  term,
  reading: '',
  plain,
  explanation: '',
  category: '',
  ...(known === undefined ? {} : { known }),
});

describe('a new glossary term', () => {
  it('needs a term and a plain wording', () => {
    expect(termProblems({ term: ' ', plain: '' }, [])).toEqual(['emptyTerm', 'emptyPlain']);
    expect(termProblems({ term: '見守りネット', plain: '  ' }, [])).toEqual(['emptyPlain']);
    expect(termProblems({ term: '見守りネット', plain: '見守りの登録制度' }, [])).toEqual([]);
  });

  it(`is a word of at most ${MAX_TERM_LENGTH} characters on one line`, () => {
    const plain = '言い換え';
    expect(termProblems({ term: '語'.repeat(MAX_TERM_LENGTH), plain }, [])).toEqual([]);
    expect(termProblems({ term: '語'.repeat(MAX_TERM_LENGTH + 1), plain }, [])).toEqual(['tooLong']);
    expect(termProblems({ term: '地域\n見守り', plain }, [])).toEqual(['lineBreak']);
  });

  it('is not one the glossary already holds, in either width, known or not', () => {
    const records = [record('ＤＸ推進', '電子化'), record('決裁', '', true)];
    expect(termProblems({ term: 'DX推進', plain: 'x' }, records)).toEqual(['duplicate']);
    expect(termProblems({ term: ' 決裁 ', plain: 'x' }, records)).toEqual(['duplicate']);
    expect(termProblems({ term: '決済', plain: 'x' }, records)).toEqual([]);
  });
});

describe('the red pen with the user glossary', () => {
  const text = '見守りネットの登録事業者と随意契約を結ぶ。';
  const marks = (records: readonly GlossaryTermFields[]) =>
    analyzeText(text, { userGlossary: entries(records), rules: ['jargon'] }).map((f) => f.text);

  it('marks a term the user added, and stops marking a word the user marked known', () => {
    expect(marks([])).toEqual(['随意契約']);
    expect(marks([fields('見守りネット', '市の見守り協力事業者の登録制度')])).toEqual([
      '見守りネット',
      '随意契約',
    ]);
    expect(marks([fields('随意契約', '', true)])).toEqual([]);
    expect(marks([fields('随意契約', '', false)])).toEqual(['随意契約']);
  });

  it('stops marking a long kanji name the user marked known', () => {
    const long = '地域見守体制強化事業を始める。';
    const rules = ['kanji-compound', 'jargon'];
    const [name] = analyzeText(long, { rules });
    expect(name?.rule).toBe('kanji-compound');
    const known = entries([fields(knownTermOf(name!)!, '', true)]);
    expect(analyzeText(long, { rules, userGlossary: known })).toEqual([]);
  });

  it('leaves a known word out of the brief’s 用語集, as an everyday word', () => {
    const issue = { title: 'わなの見回り', rawText: RAW_CHOJU };
    expect(draftBrief(issue)).toContain('- **猟友会**（りょうゆうかい）');
    const known = entries([fields('猟友会', '', true)]);
    expect(draftBrief(issue, { userGlossary: known })).not.toContain('- **猟友会**');
  });

  it('names the glossary term a finding is about, also for an abbreviation', () => {
    const [jargon] = analyzeText(text, { rules: ['jargon'] });
    expect(jargon?.term).toBe('随意契約');
    const [abbreviation] = analyzeText('ケアマネの業務負担を減らす。', { rules: ['abbreviation-first'] });
    expect(abbreviation?.term).toBe('ケアマネ');
  });
});

describe('「説明不要にする」', () => {
  const finding = (rule: string, text: string, term?: string): Finding => ({
    rule,
    start: 0,
    end: text.length,
    text,
    message: '',
    suggestion: null,
    ...(term ? { term } : {}),
  });

  it('stores the glossary term of a word finding, and nothing for other findings', () => {
    expect(knownTermOf(finding('jargon', '資し', '資する'))).toBe('資する');
    expect(knownTermOf(finding('unlisted-jargon', '評価検証'))).toBe('評価検証');
    expect(knownTermOf(finding('kanji-compound', '地域見守り協力事業者登録制度'))).toBe(
      '地域見守り協力事業者登録制度',
    );
    expect(knownTermOf(finding('sentence-length', 'とても長い文。'))).toBeNull();
    expect(knownTermOf(finding('unlisted-jargon', '語'.repeat(MAX_TERM_LENGTH + 1)))).toBeNull();
  });

  it('makes a record without a wording, or flags the team’s own term, once', () => {
    expect(markKnownWrites([], ' 随意契約 ')).toEqual([
      { kind: 'create', fields: fields('随意契約', '', true) },
    ]);
    const own = [record('見守りネット', '登録制度', undefined, 'a')];
    expect(markKnownWrites(own, '見守りネット')).toEqual([
      { kind: 'update', id: 'a', patch: { known: true } },
    ]);
    expect(markKnownWrites([record('随意契約', '', true)], '随意契約')).toEqual([]);
  });

  it('is undone on every record of the word: a bare one deleted, the team’s own term explained again', () => {
    const records = [
      record('随意契約', '', true, 'a'),
      record('随意契約', '', true, 'b'),
      record('見守りネット', '登録制度', true, 'c'),
      record('決裁', '承認', undefined, 'd'),
    ];
    expect(undoKnownWrites(records, '随意契約')).toEqual([
      { kind: 'remove', id: 'a' },
      { kind: 'remove', id: 'b' },
    ]);
    expect(undoKnownWrites(records, '見守りネット')).toEqual([
      { kind: 'update', id: 'c', patch: { known: false } },
    ]);
    expect(undoKnownWrites(records, '決裁')).toEqual([]);
  });
});

describe('the reading of a selected word', () => {
  it('joins the morphemes’ readings in hiragana', () => {
    const tokens = ipadic('随意/名詞/一般/随意 契約/名詞/サ変接続/契約').map((t, i) => ({
      ...t,
      reading: ['ズイイ', 'ケイヤク'][i]!,
    }));
    expect(readingOf(tokens)).toBe('ずいいけいやく');
  });

  it('reads kana written out, and gives up on a word the dictionary does not know', () => {
    const unknown = ipadic('見守り/名詞/一般/見守り ネット/名詞/一般/ネット').map((t) => ({
      ...t,
      reading: '',
    }));
    expect(readingOf(unknown)).toBe('');
    const kana = unknown.slice(1);
    expect(readingOf(kana)).toBe('ねっと');
  });
});

describe('a selection offered to 「用語集に追加」', () => {
  const text = '見守りネットの登録事業者と随意契約を結ぶ。随意契約は年1回。';
  const findings = analyzeText(text, { rules: ['jargon', 'sentence-length'] });
  const at = (word: string, from = 0) =>
    [text.indexOf(word, from), text.indexOf(word, from) + word.length] as const;

  it('is the selected word, trimmed, where the pen marks nothing', () => {
    expect(selectedWord(text, ...at('見守りネット'), findings)).toBe('見守りネット');
    expect(selectedWord(` ${text}`, 0, 7, findings)).toBe('見守りネット');
    expect(selectedWord(text, 3, 3, findings)).toBeNull();
  });

  it('is nothing for a word the pen marks, here or at another use', () => {
    expect(selectedWord(text, ...at('随意契約'), findings)).toBeNull();
    expect(selectedWord(text, ...at('随意契約', 20), findings)).toBeNull();
    expect(selectedWord(text, ...at('事業者と随意'), findings)).toBeNull();
  });
});
