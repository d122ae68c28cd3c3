import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { shippedGlossary } from './glossary';
import { DEFAULT_READER, isBriefReader, readerKnows } from './reader';
import { rewriteForCompany } from './rewrite';

const TEXT = '本事業はモデル地区で行う事業に位置付けられ、採択後に予定価格を定めて随意契約で発注する。';
const marked = (reader?: 'newcomer' | 'public-sector-savvy') =>
  analyzeText(TEXT, { rules: ['jargon'], ...(reader ? { reader } : {}) }).map((f) => f.text);

describe('the issue reader', () => {
  it('marks business-known words for the default reader, as before the setting existed', () => {
    expect(DEFAULT_READER).toBe('newcomer');
    expect(marked()).toEqual(expect.arrayContaining(['モデル地区', '予定価格', '随意契約']));
    expect(marked('newcomer')).toEqual(marked());
  });

  it('marks no everyday word for any reader (採択 is read at once: 決議を採択 is newspaper Japanese)', () => {
    expect(marked('newcomer')).not.toContain('採択');
    expect(marked('public-sector-savvy')).not.toContain('採択');
  });

  it('leaves business-known words unmarked for a reader used to public-private work, and only those', () => {
    const savvy = marked('public-sector-savvy');
    expect(savvy).not.toContain('モデル地区');
    expect(savvy).not.toContain('予定価格');
    expect(savvy).not.toContain('採択');
    expect(savvy).toContain('随意契約');
  });

  it('skips business-known abbreviations for the savvy reader only', () => {
    const text = 'ケアマネの業務負担を減らす。';
    const abbreviations = (reader: 'newcomer' | 'public-sector-savvy') =>
      analyzeText(text, { rules: ['abbreviation-first'], reader }).map((f) => f.text);
    expect(abbreviations('newcomer')).toEqual(['ケアマネ']);
    expect(abbreviations('public-sector-savvy')).toEqual([]);
  });

  it('keeps the words in the brief glossary and matching, so the rewrite does not explain them', () => {
    const rewrite = (reader: 'newcomer' | 'public-sector-savvy') =>
      rewriteForCompany(TEXT, { reader }).changes.filter((c) => c.rule === 'jargon');
    expect(
      rewrite('newcomer').some((c) => c.before.includes('モデル地区') || c.after.includes('モデル地区')),
    ).toBe(true);
    expect(rewrite('public-sector-savvy').some((c) => c.after.includes('モデル地区'))).toBe(false);
    expect(rewrite('public-sector-savvy').some((c) => c.after.includes('随意契約'))).toBe(true);
  });

  it('knows everyday words for every reader and the shipped list only for the savvy one', () => {
    const byTerm = new Map(shippedGlossary().map((e) => [e.term, e]));
    const reservePrice = byTerm.get('予定価格')!;
    expect(reservePrice.businessKnown).toBe(true);
    expect(readerKnows(reservePrice, 'newcomer')).toBe(false);
    expect(readerKnows(reservePrice, 'public-sector-savvy')).toBe(true);
    expect(readerKnows(byTerm.get('業務委託')!, 'newcomer')).toBe(true);
    expect(shippedGlossary().filter((e) => e.businessKnown).length).toBeGreaterThan(150);
  });

  it('accepts only the two reader values', () => {
    expect(isBriefReader('newcomer')).toBe(true);
    expect(isBriefReader('public-sector-savvy')).toBe(true);
    expect(isBriefReader('savvy')).toBe(false);
    expect(isBriefReader(undefined)).toBe(false);
  });
});
