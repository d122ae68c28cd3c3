import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { contactNameSpans } from './departmentNames';
import { draftBrief } from './draft';
import { rewriteForCompany } from './rewrite';

const CALL = [
  '本市では、公共施設の予約手続が紙で行われており、職員の負担が大きい。',
  '',
  '問合せ先：総務企画課 企画係',
  '電話：0123-45-6789',
].join('\n');

const terms = (text: string) => analyzeText(text, { rules: ['jargon'] }).map((f) => f.text);

describe('department names', () => {
  it('are not explained by a part (企画課 in 総務企画課), in prose or on a contact line', () => {
    expect(terms(CALL)).not.toContain('企画課');
    expect(terms('提案は総務企画課が受け付ける。')).not.toContain('企画課');
    // The body's own section keeps its explanation: 八王子市企画課 is the city's 企画課.
    expect(terms('提案は八王子市企画課が受け付ける。')).toContain('企画課');
    expect(terms('提案は企画課が受け付ける。')).toContain('企画課');
  });

  it('are names on a contact line, whole or with a term inside', () => {
    expect(terms('所管課：企画課')).not.toContain('企画課');
    const line = '担当：こども家庭センター';
    expect(contactNameSpans(line)).toEqual([{ start: 3, end: line.length }]);
    expect(terms(line)).toEqual([]);
  });

  it('stay as written in the rewrite and out of the brief’s 用語集', () => {
    const { rewritten } = rewriteForCompany(CALL);
    expect(rewritten).toContain('問合せ先：総務企画課 企画係\n');
    expect(rewritten).not.toContain('企画課とは');
    const md = draftBrief({ title: '予約を楽にしたい', rawText: CALL });
    expect(md.split('## 用語集')[1]).not.toContain('企画課');
    expect(md).toContain('問合せ先：総務企画課 企画係');
  });
});
