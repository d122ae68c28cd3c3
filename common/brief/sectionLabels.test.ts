import { describe, expect, it } from 'vitest';
import { isSectionLabelAt } from './sectionLabels';

/** Each line of `text`, and whether it names a section. */
const labels = (text: string) => {
  let at = 0;
  return text.split('\n').map((line) => {
    const out: [string, boolean] = [line, line.trim() !== '' && isSectionLabelAt(text, at)];
    at += line.length + 1;
    return out;
  });
};

describe('isSectionLabelAt', () => {
  it('reads numbered section names as names, and numbered items as items', () => {
    const text = [
      '２．募集する提案の内容',
      '（１）対象となる課題',
      '・通院及び買物のための移動手段の確保',
      '（２）提案に当たっての留意事項',
      '① 提案は、町の既存事業との整合を図るものとする。',
      '',
      '５．応募資格',
      '応募者は、次に掲げる要件を全て満たす者とする。',
      'ア．町税を滞納していない者であること。',
      '⑴ 対象施設',
      '　① 市民会館（築52年）',
      '　② 中央公民館（築48年）',
      '⑵ 想定事業費　概算 3.2億円',
      '⑶ 問合せ　資産経営課',
      '契約締結日から令和１０年３月３１日まで',
      '',
      '１．高齢者の通院',
      '',
      '２．買物支援',
    ].join('\n');
    expect(
      labels(text)
        .filter(([, named]) => named)
        .map(([line]) => line),
    ).toEqual([
      '２．募集する提案の内容',
      '（１）対象となる課題',
      '（２）提案に当たっての留意事項',
      '５．応募資格',
      '⑴ 対象施設',
    ]);
  });

  it('reads a plan’s chapter and numbered names without markers as names', () => {
    const text =
      '第３章 施策の展開\n基本目標２ 誰もが安心して暮らせるまちづくり\n施策２－３ 地域包括ケアの推進\n高齢者が地域で暮らし続けられるよう支援する。';
    expect(labels(text).map(([, named]) => named)).toEqual([true, true, true, false]);
  });
});
