import { describe, expect, it } from 'vitest';
import { plainBullet } from './bulletEnding';
import { draftBrief } from './draft';
import { splitBetween } from './sharedSentence';

/** The markdown under `## heading` up to the next heading. */
const section = (md: string, heading: string) => md.split(`## ${heading}`)[1]!.split('\n## ')[0]!;

describe('a sentence with the budget and the period', () => {
  // Written for this test.
  const both = '令和9年度の実証事業の予算は300万円とし、実施期間は令和9年7月から12月までとする。';

  it('is cut into its budget clause and its period clause, each quoted once', () => {
    const md = draftBrief({ title: '予約を楽にしたい', rawText: `職員の負担が大きい。\n\n${both}` });
    expect(section(md, '予算と費用負担').trim()).toBe('令和9年度の実証事業の予算は300万円とする。');
    expect(section(md, 'スケジュール')).toContain('\n\n実施期間は令和9年7月から12月までとする。\n');
    expect(md.split('300万円')).toHaveLength(2);
  });

  it('ends each part in the sentence’s register, and parts only a clause per field', () => {
    expect(
      splitBetween('予算は300万円であり、期間は令和9年7月から12月までです。', 'budget', 'schedule'),
    ).toEqual(['予算は300万円です。', '期間は令和9年7月から12月までです。']);
    expect(
      splitBetween('期間は令和9年7月から12月までとし、予算は300万円とする。', 'budget', 'schedule'),
    ).toEqual(['予算は300万円とする。', '期間は令和9年7月から12月までとする。']);
    expect(
      splitBetween('令和9年7月から12月まで、予算300万円の範囲で実施する。', 'budget', 'schedule'),
    ).toBeNull();
  });

  it('without a boundary is quoted under 予算, and スケジュール points at it', () => {
    const one = '令和9年7月から12月まで、予算300万円の範囲で実証を行う。';
    const md = draftBrief({ title: '予約を楽にしたい', rawText: `職員の負担が大きい。\n\n${one}` });
    expect(section(md, '予算と費用負担')).toContain(one);
    expect(section(md, 'スケジュール')).toContain('（期間は「予算と費用負担」の文のとおり）');
    expect(md.split(one)).toHaveLength(2);
  });
});

describe('a table introduced by a problem sentence', () => {
  // Written for this test.
  const text = [
    '本市では、公共施設の予約手続が紙で行われており、職員の負担が大きい。',
    '',
    '高齢者の数は次のとおり増加しており、介護人材の不足が深刻化している。',
    '',
    '年度\t高齢者数',
    '令和4年度\t12,100人',
    '令和6年度\t12,900人',
  ].join('\n');

  it('is quoted under 背景, and the sentence under 課題 points at it', () => {
    const md = draftBrief({ title: '介護人材を確保したい', rawText: text });
    expect(section(md, '背景と現状（数字とデータ）')).toContain('| 年度 | 高齢者数 |');
    expect(section(md, '解決したい課題')).toContain(
      '不足が深刻化している。（数字は「背景と現状（数字とデータ）」の表）',
    );
    expect(md.split('| 年度 | 高齢者数 |')).toHaveLength(2);
    expect(md.split('次のとおり増加')).toHaveLength(2);
  });

  it('stays with its sentence when the author gave the evidence', () => {
    const md = draftBrief({ title: '介護人材を確保したい', rawText: text, evidence: '介護職員は120人不足' });
    expect(section(md, '解決したい課題')).toContain('不足が深刻化している。\n\n| 年度 | 高齢者数 |');
  });
});

describe('a council answer’s pain bullets', () => {
  it('end plainly, without the answer’s hedges', () => {
    expect(plainBullet('撤退する事業者も見受けられるところでございます')).toBe('撤退する事業者もある');
    expect(plainBullet('声も多く寄せられているところでございます')).toBe('声も多く寄せられている');
    expect(plainBullet('41台にとどまっております')).toBe('41台にとどまっている');
    expect(plainBullet('確保が課題であると考えております')).toBe('確保が課題である');
    expect(plainBullet('職員の負担が大きい')).toBe('職員の負担が大きい');
  });

  it('are drafted plainly from the answer', () => {
    const answer =
      '県といたしましては、移動販売事業者への支援を行ってきたところでございます。しかしながら、移動販売車の運転手の確保が難しく、撤退する事業者も見受けられるところでございます。';
    const md = draftBrief({ title: '買物の足を守りたい', rawText: answer });
    expect(section(md, 'こんなことに困っていませんか')).toContain(
      '- 移動販売車の運転手の確保が難しく、撤退する事業者もある\n',
    );
    expect(md).not.toContain('見受けられるところでございます');
  });
});
