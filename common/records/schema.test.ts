import { describe, expect, it } from 'vitest';
import { fieldProblem, fitsKind, isTextField, textFieldsOf, withFallbacks } from './schema';
import { isFieldName, isStorableFieldName } from './fieldNames';

describe('record schema', () => {
  it('checks known fields and leaves unknown fields alone', () => {
    expect(fieldProblem('votes', 'dots', 3)).toBeNull();
    expect(fieldProblem('votes', 'dots', '3')).toMatch(/expected number/);
    expect(fieldProblem('issues', 'status', 'nonsense')).toMatch(/one of/);
    expect(fieldProblem('issues', 'fieldFromANewerVersion', { any: ['thing'] })).toBeNull();
    // Inherited names are not fields: `constructor` is unknown, so it takes any value.
    expect(fieldProblem('issues', 'constructor', 42)).toBeNull();
  });

  it('understands structured kinds', () => {
    const events = { listOf: { object: { type: 'string', at: 'number' } } } as const;
    expect(fitsKind([{ type: 'start', at: 1, extra: true }], events)).toBe(true);
    expect(fitsKind([{ type: 'start' }], events)).toBe(false);
    expect(fitsKind('start', events)).toBe(false);
    expect(fitsKind(Number.NaN, 'number')).toBe(false);
    expect(fitsKind(null, 'json')).toBe(true);
  });

  it('fills missing fields from fallbacks and keeps unknown ones', () => {
    const filled = withFallbacks('briefs', { title: 'T', later: [1, 2] });
    expect(filled).toEqual({ title: 'T', later: [1, 2], issueId: '', body: '' });
    expect(withFallbacks('issues', {}).status).toBe('draft');
  });

  it("checks an issue's reader and reads a record without one as the default newcomer", () => {
    expect(fieldProblem('issues', 'reader', 'public-sector-savvy')).toBeNull();
    expect(fieldProblem('issues', 'reader', 'newcomer')).toBeNull();
    expect(fieldProblem('issues', 'reader', 'savvy')).toMatch(/one of/);
    expect(withFallbacks('issues', { title: '古い課題' }).reader).toBe('newcomer');
    expect(isTextField('issues', 'reader')).toBe(false);
  });

  it("checks a glossary term's known flag and reads a record without one as a term to explain", () => {
    expect(fieldProblem('glossaryTerms', 'known', true)).toBeNull();
    expect(fieldProblem('glossaryTerms', 'known', 'yes')).toMatch(/expected boolean/);
    expect(withFallbacks('glossaryTerms', { term: '決裁', plain: '承認' }).known).toBe(false);
    expect(isTextField('glossaryTerms', 'known')).toBe(false);
  });

  it('says which fields are long text', () => {
    expect(isTextField('notes', 'body')).toBe(true);
    expect(isTextField('notes', 'speaker')).toBe(false);
    expect(isTextField('notes', 'toString')).toBe(false);
    expect(textFieldsOf('briefs')).toEqual(['body']);
  });
});

describe('field names (one rule for client and server)', () => {
  it('accepts every name the contract allows, constructor and prototype included', () => {
    for (const name of ['constructor', 'prototype', 'toString', 'a', 'A_1', 'x'.repeat(64)]) {
      expect(isFieldName(name)).toBe(true);
    }
    for (const name of ['__proto__', '_a', '1a', 'a-b', 'x'.repeat(65), '', 'ａ']) {
      expect(isFieldName(name)).toBe(false);
    }
  });

  it('keeps envelope names out of stored fields', () => {
    expect(isStorableFieldName('hlc')).toBe(false);
    expect(isStorableFieldName('workspaceId')).toBe(false);
    expect(isStorableFieldName('constructor')).toBe(true);
  });
});
