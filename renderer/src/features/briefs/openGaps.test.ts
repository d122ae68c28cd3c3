import { describe, expect, it } from 'vitest';
import { draftBrief } from '../../../../common/brief';
import { openGaps } from './openGaps';

describe('openGaps', () => {
  it('counts the draft’s gaps and the rewrite’s missing subjects, by section', () => {
    const md = [
      '# 見守りを楽にしたい！',
      '## 解決したい課題',
      '訪問の記録を【要記入：主語】が紙で管理している。',
      '## 予算と費用負担',
      '【要記入】予算の上限と費用負担',
      '## スケジュール（予算サイクル: 秋に予算要求、3月議会で承認）',
      '【要記入】実証の時期　【要記入】期間',
    ].join('\n');
    expect(openGaps(md)).toEqual({
      sections: ['解決したい課題', '予算と費用負担', 'スケジュール'],
      count: 4,
    });
  });

  it('finds nothing in a brief whose gaps are all filled', () => {
    expect(openGaps('# t\n## 予算と費用負担\n上限200万円（税込）')).toEqual({ sections: [], count: 0 });
  });

  it('finds every gap a fresh draft leaves', () => {
    const gaps = openGaps(draftBrief({ title: '見守り', rawText: '高齢者の見守りが足りない。' }));
    expect(gaps.sections).toContain('市が提供できるもの');
    expect(gaps.count).toBeGreaterThanOrEqual(8);
  });
});
