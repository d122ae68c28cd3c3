/** What the session-16 walk left: a cut sentence's topic, council endings, a statistic's passive, a 補助率. */
import { describe, expect, it } from 'vitest';
import { draftBrief } from './draft';
import { politeEndings, withCarriedTopic } from './quotedSentence';
import { rewriteForCompany } from './rewrite';
import { findTextCues } from './textCues';

const section = (md: string, heading: string) => md.split(`## ${heading}`)[1]!.split('\n## ')[0]!;

const RAW = [
  '空き家対策についての御質問にお答えいたします。',
  '',
  '空き家の情報は、課税情報や水道の閉栓情報などに分かれてそれぞれの担当課で管理されており、一元的に把握できていない状況でございます。市内の空き家は約4,200戸と推計されております。',
].join('\n');
// What the rewrite (with the dictionary) made of it: the first sentence cut at おり、.
const CUT = RAW.replace('管理されており、', '管理されています。');

describe('a sentence the rewrite cut, quoted alone', () => {
  it('keeps the topic of the sentence it was cut from, and reads in です・ます', () => {
    const md = draftBrief({ title: '空き家の情報をまとめたい', rawText: RAW, companyText: CUT });
    expect(section(md, '解決したい課題')).toContain('空き家の情報は、一元的に把握できていない状況です。');
    expect(md).not.toContain('ございます');
    expect(section(md, '背景と現状（数字とデータ）')).toContain('約4,200戸と推計されています。');
  });

  it('gets no topic when it was a sentence of its own in the original, or names a subject', () => {
    const source = '空き家の情報は、分かれている。一元的に把握できていない。';
    expect(withCarriedTopic('一元的に把握できていない。', source, source)).toBe('一元的に把握できていない。');
    const raw = '空き家の情報は、分かれており、所有者が一元的に把握できていない。';
    const cut = '空き家の情報は、分かれている。所有者が一元的に把握できていない。';
    expect(withCarriedTopic('所有者が一元的に把握できていない。', cut, raw)).toBe(
      '所有者が一元的に把握できていない。',
    );
  });

  it('says council endings in plain です・ます', () => {
    expect(politeEndings('事例も見受けられるところでございます。対応しております。')).toBe(
      '事例も見受けられます。対応しています。',
    );
  });
});

describe('a statistic’s passive', () => {
  it('keeps its passive in the rewrite: the estimate needs no subject to fill in', () => {
    const { rewritten } = rewriteForCompany('市内の空き家は約4,200戸と推計されております。');
    expect(rewritten).not.toContain('【要記入：主語】');
    expect(rewritten).toContain('約4,200戸と推計され');
  });

  it('keeps it when the figure is earlier in the clause (そのうち約3割が…と推計されています)', () => {
    const { rewritten } = rewriteForCompany(
      '村内の65歳以上の方は約1,100人で、そのうち約3割が自家用車を持っていないと推計されております。',
    );
    expect(rewritten).not.toContain('【要記入：主語】');
  });

  it('still asks for the subject of a passive that is no estimate of a figure', () => {
    const { rewritten } = rewriteForCompany('計画の見直しが検討されている。');
    expect(rewritten).toContain('【要記入：主語】');
  });
});

describe('a plan’s 補助率 sentence', () => {
  const PLAN = [
    '（２）主な取組',
    '地区の集会施設を学校の余裕教室に集約する。民間事業者が複合施設を整備する場合には、補助率2分の1以内で補助する。',
    '',
    '（３）事業費',
    '区分\t令和8年度\t令和9年度',
    '基本計画策定\t12,000千円\t8,000千円',
  ].join('\n');

  it('answers the budget, beside the 事業費 table its heading names, never 背景', () => {
    expect(findTextCues('補助率2分の1以内で補助する。').budget).toBe('補助率2分の1以内で補助する。');
    const md = draftBrief({ title: '公共施設を集約したい', rawText: PLAN });
    const budget = section(md, '予算と費用負担');
    expect(budget).toContain('| 区分 | 令和8年度 | 令和9年度 |');
    expect(budget).toContain('補助率2分の1以内で補助する。');
    expect(section(md, '背景と現状（数字とデータ）')).not.toContain('補助率');
  });
});

describe('a plan’s headings 「１　現状と課題」 (a number and a space)', () => {
  const PLAN = [
    '１　現状と課題',
    '市の公共施設は延床面積の約6割が築30年を超えている。利用者の少ない施設が各地区に点在しており、維持管理の負担が大きい。',
    '',
    '２　主な取組',
    '地区の集会施設を小学校の余裕教室に集約する。',
    '',
    '３　事業費',
    '区分\t令和8年度',
    '基本計画策定\t12,000千円',
  ].join('\n');

  it('are section names, never quoted under 背景 or 解決したい課題', () => {
    const md = draftBrief({ title: '公共施設を集約したい', rawText: PLAN });
    for (const heading of ['１　現状と課題', '２　主な取組', '３　事業費']) expect(md).not.toContain(heading);
  });
});

describe('a contact block whose department line has no label', () => {
  it('quotes the department names with the phone they reach', () => {
    const call = [
      '本区では窓口の待ち時間が長くなっている。',
      '',
      '５．問合せ先',
      '区民部 戸籍住民課 窓口改善係',
      '電話：03-5555-1234',
    ].join('\n');
    const md = draftBrief({ title: '窓口の多言語案内を試したい', rawText: call });
    expect(section(md, '担当課・連絡先')).toContain('区民部 戸籍住民課 窓口改善係\n電話：03-5555-1234');
  });
});
