/**
 * What the session-16 walk found in the drafted brief, on texts written for it (a 町's call for a
 * school-bus routing trial, a 県 plan excerpt on smart agriculture).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { draftBrief } from './draft';
import { textBody } from './localBody';

const CALL = [
  '１．募集の趣旨',
  '本町では、町立小学校4校の統合に伴い、スクールバスの運行路線が令和7年度から5路線に増えた。各路線の運行経路は担当職員が紙の地図で毎年見直しており、調整に時間を要している。',
  '',
  '２．実証の内容',
  'AIによる経路の最適化など、児童の乗車時間を短くする方法を提案してほしい。',
  '',
  '３．予算及び期間',
  '実証に係る委託料は上限250万円（税込）とし、実証期間は令和9年9月から令和10年2月までとする。',
  '',
  '４．問合せ先',
  '提出先：教育委員会事務局 学校教育課 学務係',
  '電話：0241-22-3456',
].join('\n');

const PLAN = [
  '（１）現状と課題',
  '県内の基幹的農業従事者は令和2年の18,400人から令和6年には15,100人に減少した。水田の見回りに多くの時間がかかっており、経営規模の拡大が進まない。',
  '',
  '（２）主な取組',
  '県の農業試験場に実証ほ場を設置し、農業者が機械を試せる場を提供する。',
  '',
  '（３）事業費',
  '区分\t令和8年度\t令和9年度',
  '導入支援補助金\t120,000千円\t150,000千円',
  '',
  '（４）担当',
  '所管：農林水産部 農業技術振興課 スマート農業推進室',
].join('\n');

const section = (md: string, heading: string) => md.split(`## ${heading}`)[1]!.split('\n## ')[0]!;

describe('the walk’s 町 call', () => {
  const md = draftBrief({ title: 'スクールバスの経路を見直したい', rawText: CALL });

  it('cuts its budget sentence for 予算 and スケジュール, past dates elsewhere are no schedule', () => {
    expect(section(md, '予算と費用負担').trim()).toBe('実証に係る委託料は上限250万円（税込）とする。');
    expect(section(md, 'スケジュール')).toContain('実証期間は令和9年9月から令和10年2月までとする。');
    expect(section(md, 'スケジュール')).not.toContain('5路線に増えた');
  });

  it('quotes the contact lines under 担当課・連絡先 only, and its names are not in the 用語集', () => {
    expect(section(md, '解決したい課題')).not.toContain('提出先');
    expect(section(md, '担当課・連絡先')).toContain(
      '提出先：教育委員会事務局 学校教育課 学務係\n電話：0241-22-3456',
    );
    expect(section(md, '用語集')).not.toContain('学務');
  });
});

describe('the walk’s 県 plan', () => {
  const md = draftBrief({ title: 'スマート農業を広げたい', rawText: PLAN });

  it('is the 県’s brief', () => {
    expect(textBody(PLAN)).toBe('県');
    expect(md).toContain('## 県が提供できるもの');
    // A 市's text that names the 県 once, for its grant, stays the 市's.
    expect(textBody('県の補助金を活用し、窓口を増やす。')).toBe('市');
  });

  it('quotes its 事業費 table under 予算, and a change in numbers is no schedule', () => {
    expect(section(md, '予算と費用負担')).toContain('| 導入支援補助金 | 120,000千円 | 150,000千円 |');
    expect(section(md, '背景と現状（数字とデータ）')).not.toContain('120,000千円');
    expect(section(md, 'スケジュール')).not.toContain('18,400人');
    expect(section(md, '背景と現状（数字とデータ）')).toContain('18,400人');
  });

  it('names whom to ask from its 所管 line, and the red pen leaves that line’s kanji alone', () => {
    expect(section(md, '担当課・連絡先')).toContain(
      '所管：農林水産部 農業技術振興課 スマート農業推進室\n【要記入】電話',
    );
    const line = PLAN.indexOf('所管：');
    expect(analyzeText(PLAN).filter((f) => f.start >= line && f.rule === 'kanji-ratio')).toEqual([]);
  });
});
