import { describe, expect, it } from 'vitest';
import { draftBrief } from './draft';
import { rewriteForCompany } from './rewrite';

const TABLE = [
  '高齢者の数は次のとおり増加している。',
  '',
  '年度\t高齢者数\tうち要介護3以上',
  '令和4年度\t12,100人\t1,830人',
  '令和6年度\t12,900人\t2,050人',
  '',
  '問合せ先：福祉課',
].join('\n');

describe('the rewrite of a table', () => {
  it('explains a term of a cell under the table, never inside the cell', () => {
    const { rewritten } = rewriteForCompany(TABLE);
    expect(rewritten).toContain('年度\t高齢者数\tうち要介護3以上\n');
    expect(rewritten).toContain('令和6年度\t12,900人\t2,050人\n要介護とは、');
    expect(rewritten).not.toContain('要介護（');
  });

  it('keeps the brief’s table cells as the text wrote them', () => {
    const { rewritten } = rewriteForCompany(TABLE);
    const md = draftBrief({ title: '介護人材を確保したい', rawText: TABLE, companyText: rewritten });
    expect(md).toContain('| 年度 | 高齢者数 | うち要介護3以上 |');
  });
});
