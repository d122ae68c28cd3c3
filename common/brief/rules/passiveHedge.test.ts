import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';

const ph = (text: string) => analyzeText(text, { rules: ['passive-hedge'] });
const fixFirst = (text: string) => applyFix(text, ph(text)[0]!);

describe('passive-hedge rule', () => {
  it('flags 〜に努める after a modified noun without a fix (丁寧な説明していきます is not Japanese)', () => {
    const [f] = ph('今後とも、住民の皆様への丁寧な説明に努めてまいります。');
    expect(f?.text).toBe('説明に努めてまいります');
    expect(f?.fix).toBeUndefined();
    expect(fixFirst('今後とも、住民への説明に努めてまいります。')).toBe('今後とも、住民に説明していきます。');
  });

  it.each([
    ['担い手の確保が課題であると考えられる。', '担い手の確保が課題であると【要記入：主語】は考える。'],
    ['独居高齢者の増加が見込まれる。', '独居高齢者の増加を【要記入：主語】が見込む。'],
    ['早期発見の仕組みが求められています。', '早期発見の仕組みが必要です。'],
    ['窓口での相談に努めます。', '窓口で相談します。'],
    ['関係機関との連携に努める。', '関係機関と連携する。'],
    ['効果があるものと考える。', '効果があると考える。'],
  ])('%s → %s', (before, after) => {
    expect(fixFirst(before)).toBe(after);
  });

  it.each([
    '本年5月には、運行事業者から沿線の町に対し、路線の廃止を検討する意向が示された。',
    '昨年度の自治会長会では、回覧の負担を減らすよう求める意見も出された。',
    '同組合の経営計画でも、販路の開拓が最大の課題と位置付けられている。',
    '令和7年4月に子ども基本条例が施行された。',
  ])('leaves a passive whose doer the sentence names, or a law taking effect: %s', (text) => {
    expect(ph(text).filter((f) => f.fix?.replacement.includes('【要記入：主語】'))).toEqual([]);
  });

  it.each(['全ての店に記録が求められることとなった。', '法律でも、点検が求められているところです。'])(
    'flags, but does not reword, a requirement before こと／ところ (必要であるところ is no Japanese): %s',
    (text) => {
      const found = ph(text).filter((f) => f.text.startsWith('が求められ'));
      expect(found).toHaveLength(1);
      expect(found[0]!.fix).toBeUndefined();
    },
  );

  it('still marks the doer a から before の does not name (住民からの通報に依存しており、…判断は…行われている)', () => {
    const text = '点検は住民からの通報に依存しており、出動の判断は担当者の確認に基づいて行われている。';
    expect(ph(text).some((f) => f.fix?.replacement.includes('【要記入：主語】'))).toBe(true);
  });

  it.each([
    [
      '路線バスの再編については、現在、運行事業者との協議の在り方が検討されている。',
      '路線バスの再編については、現在、運行事業者との協議の在り方を【要記入：主語】が検討している。',
    ],
    [
      '本事業の成果は、令和9年3月に開催予定の報告会で公表されます。',
      '本事業の成果は、令和9年3月に開催予定の報告会で【要記入：主語】が公表します。',
    ],
    ['第2期計画は令和6年度に策定された。', '第2期計画は令和6年度に【要記入：主語】が策定した。'],
    // A time with において names no doer, as 令和5年度で (what the redundant rule makes of it) does not.
    [
      '令和5年度においても猫87頭が殺処分されている。',
      '令和5年度においても猫87頭を【要記入：主語】が殺処分している。',
    ],
    [
      '地域の見守り体制の強化が進められているところです。',
      '地域の見守り体制の強化を【要記入：主語】が進めているところです。',
    ],
    ['説明会は各地区の公民館で行われました。', '説明会は各地区の公民館で【要記入：主語】が行いました。'],
    ['補助の上限額が定められている。', '補助の上限額を【要記入：主語】が定めている。'],
    ['検討会議は年に4回ほど開かれる。', '検討会議は年に4回ほど【要記入：主語】が開く。'],
    ['関係書類が提出された。', '関係書類を【要記入：主語】が提出した。'],
    ['計画の目標値が見直されました。', '計画の目標値を【要記入：主語】が見直しました。'],
    ['実施方針が示されている。', '実施方針を【要記入：主語】が示している。'],
    ['事業は翌年度に引き継がれた。', '事業は翌年度に【要記入：主語】が引き継いだ。'],
    ['新制度への移行が予定されております。', '新制度への移行を【要記入：主語】が予定しております。'],
    ['要綱は改正前に示されておりました。', '要綱は改正前に【要記入：主語】が示しておりました。'],
    [
      '高齢化率が令和17年には22％を超えると推計される。',
      '高齢化率が令和17年には22％を超えると【要記入：主語】が推計する。',
    ],
  ])('passive → active with the doer to fill in: %s', (before, after) => {
    expect(fixFirst(before)).toBe(after);
  });

  it.each([
    '本計画は市により策定された。',
    '補助制度の在り方が国において検討されている。',
    '市長が式典に出席される。',
    '人口が減少されている。',
    '地域の皆さんに支えられている。',
    '新しい産業が生まれている。',
    '費用は委託料に含まれる。',
    '受託者は公募により選ばれた。',
    '事業統合や施設の共同化が選択肢として示されております。',
    '国で制度設計に向けた議論が進められております。',
  ])('leaves a passive alone when the doer is named or it is not a hidden doer: %s', (text) => {
    expect(ph(text).filter((f) => f.fix)).toEqual([]);
  });

  it('never cuts a counter to put the doer in (約420か所確認されている)', () => {
    expect(ph('包蔵地は約420か所確認されている。').filter((f) => f.fix)).toEqual([]);
  });

  it('never cuts a number to put the doer in (年間約140件確認されている is a count)', () => {
    for (const f of ph('不法投棄が年間約140件確認されている。'))
      expect(applyFix('不法投棄が年間約140件確認されている。', f)).toContain('140件');
  });

  it('asks for a source for とされている, without a fix', () => {
    const [f] = ph('受診率の低さが重症化の要因とされている。');
    expect(f?.text).toBe('とされている');
    expect(f?.fix).toBeUndefined();
    expect(f?.message).toContain('出典');
  });

  it.each([
    ['関係機関との連携を図ってまいりたいと考えております。', 'てまいりたいと考えております', '意向'],
    ['導入について研究したいと存じます。', 'たいと存じます', '意向'],
    ['詳細は今後所管課で検討されることとなっております。', 'されることとなっております', '決まった'],
    ['効果の検証を行う必要があると考えております。', '必要があると考えております', '必要と考える'],
    ['実施に向けて調整を進めているところでございます。', 'ているところでございます', '進み具合'],
    ['来年度から実施する方向で調整しています。', '方向で調整', '決まる時期'],
  ])('flags a council answer that commits to nothing: %s', (text, span, advice) => {
    const [f] = ph(text).filter((x) => x.text === span);
    expect(f?.message).toContain(advice);
    expect(f?.fix).toBeUndefined();
  });

  it('a passive in progress keeps its active fix (the progress hedge does not take its place)', () => {
    expect(fixFirst('協議の在り方が検討されているところである。')).toBe(
      '協議の在り方を【要記入：主語】が検討しているところである。',
    );
  });

  it('leaves plain commitments alone', () => {
    expect(ph('令和8年4月から実証を始めます。結果は9月に公表します。')).toEqual([]);
  });
});
