/** 要介護 alone is an everyday word (glossary `everyday`), so the table names a listed term a reader does not know. */
import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from './analyze';
import { draftBrief } from './draft';
import { rewriteForCompany } from './rewrite';

const TABLE = [
  '高齢者の数は次のとおり増加している。',
  '',
  '年度\t高齢者数\t要介護認定率',
  '令和4年度\t12,100人\t15.1%',
  '令和6年度\t12,900人\t15.9%',
  '',
  '問合せ先：福祉課',
].join('\n');

describe('the rewrite of a table', () => {
  it('explains a term of a cell under the table, never inside the cell', () => {
    const { rewritten } = rewriteForCompany(TABLE);
    expect(rewritten).toContain('年度\t高齢者数\t要介護認定率\n');
    expect(rewritten).toContain('令和6年度\t12,900人\t15.9%\n要介護認定率とは、');
    expect(rewritten).not.toContain('要介護認定率（');
  });

  it('keeps the brief’s table cells as the text wrote them', () => {
    const { rewritten } = rewriteForCompany(TABLE);
    const md = draftBrief({ title: '介護人材を確保したい', rawText: TABLE, companyText: rewritten });
    expect(md).toContain('| 年度 | 高齢者数 | 要介護認定率 |');
  });
});

describe('the red pen’s fix for a term in a table cell', () => {
  it('explains it under the table, as the rewrite does, and leaves the cell as written', () => {
    const hit = analyzeText(TABLE).find((f) => f.rule === 'jargon' && f.text === '要介護認定率');
    expect(hit?.fix).toBeDefined();
    const fixed = applyFix(TABLE, hit!);
    expect(fixed).toContain('年度\t高齢者数\t要介護認定率\n');
    expect(fixed).toContain('令和6年度\t12,900人\t15.9%\n要介護認定率とは、');
    expect(fixed).not.toContain('要介護認定率（');
    // Once explained, the pen marks it no more.
    expect(analyzeText(fixed).some((f) => f.rule === 'jargon' && f.text === '要介護認定率')).toBe(false);
  });
});

describe('a table aligned with spaces', () => {
  const SPACED = [
    '高齢者の数は次のとおり増加している。',
    '',
    '年度        高齢者数    要介護認定率',
    '令和4年度   12,100人    15.1%',
    '令和6年度   12,900人    15.9%',
    '',
    '問合せ先：福祉課',
  ].join('\n');

  it('is drafted as a table and its terms are explained under it by the rewrite and the pen', () => {
    const { rewritten } = rewriteForCompany(SPACED);
    expect(rewritten).toContain('令和6年度   12,900人    15.9%\n要介護認定率とは、');
    expect(rewritten).not.toContain('要介護認定率（');
    const hit = analyzeText(SPACED).find((f) => f.rule === 'jargon' && f.text === '要介護認定率');
    expect(applyFix(SPACED, hit!)).toContain('15.9%\n要介護認定率とは、');
    const md = draftBrief({ title: '介護人材を確保したい', rawText: SPACED, companyText: rewritten });
    expect(md).toContain(
      '| 年度 | 高齢者数 | 要介護認定率 |\n| --- | --- | --- |\n| 令和4年度 | 12,100人 | 15.1% |',
    );
  });
});
