import { describe, expect, it } from 'vitest';
import { fieldLabel, recordName } from './conflictSubject';
import { translator } from './testingT';

describe('conflict subject', () => {
  it('names a record by what its screen shows: a note, which has no title, by its first words', () => {
    expect(recordName('issues', { title: '通院の足を確保したい', rawText: '…' })).toBe(
      '通院の足を確保したい',
    );
    expect(recordName('notes', { body: 'デマンド交通の実証は来年度\n（補足）', speaker: '市長' })).toBe(
      'デマンド交通の実証は来年度',
    );
    expect(recordName('notes', { body: 'あ'.repeat(50) })).toBe(`${'あ'.repeat(30)}…`);
    expect(recordName('glossaryTerms', { term: '鋭意検討' })).toBe('鋭意検討');
    expect(recordName('notes', null)).toBe('');
    expect(recordName('unknownTable', { title: 'x' })).toBe('');
  });

  it('labels a field as its screen does, in either language, and keeps an unknown one by name', async () => {
    const ja = await translator('ja');
    const en = await translator('en');
    expect(fieldLabel(ja, 'notes', 'body')).toBe('本文');
    expect(fieldLabel(ja, 'issues', 'rawText')).toBe('自治体の原文');
    expect(fieldLabel(en, 'issues', 'rawText')).toBe('original text');
    expect(fieldLabel(ja, 'issues', 'futureField')).toBe('futureField');
    expect(fieldLabel(ja, 'unknownTable', 'body')).toBe('body');
  });
});
