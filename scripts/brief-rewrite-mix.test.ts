/**
 * A second rewrite of texts mixed from several sources (the mixing probe, and hand-made cases of
 * what it found): sentences that disagree on register, a cut that ends a clause in the register it
 * was written in, a council-answer phrase that a cut leaves only part of.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MorphAnalyser } from '../common/brief/morph';
import { rewriteForCompany } from '../common/brief/rewrite';
import { loadNodeAnalyser } from './brief-analyser';
import { mixedTexts, secondRewriteChanges } from './brief-rewrite-mix';

let analyser: MorphAnalyser;
beforeAll(async () => {
  analyser = await loadNodeAnalyser();
}, 60_000);

const twice = (text: string) => {
  const first = rewriteForCompany(text, { analyser });
  return { ...first, second: rewriteForCompany(first.rewritten, { analyser }).changes };
};

describe('a second rewrite of mixed texts', { timeout: 60_000 }, () => {
  it('ends a clause a cut makes in the text’s register (しております。しかし、 in a plain text)', () => {
    const plain =
      '窓口は平日のみ開いている。相談件数は年々増えている。市内の公園の数は令和5年度末で約300か所となっておりますが、遊具の多くが設置から30年以上を経過し、更新の費用が大きな負担となっている。';
    const once = twice(plain);
    expect(once.rewritten).toContain('約300か所となっている。しかし、遊具の多くが');
    expect(once.second).toEqual([]);
    const polite =
      '窓口は平日のみ開いています。相談件数は年々増えています。市内の公園の数は令和5年度末で約300か所であるが、遊具の多くが設置から30年以上を経過しており、更新の費用が大きな負担となっております。';
    const again = twice(polite);
    expect(again.rewritten).toContain('約300か所です。しかし、遊具の多くが');
    // The ending is part of the cut, accepted or rejected with it.
    expect(again.changes.filter((c) => c.rule === 'sentence-split').map((c) => c.before)).toContain(
      'であるが、',
    );
    expect(again.second).toEqual([]);
  });

  it('keeps a passive fix next to a cut a change of its own, to be rejected alone', () => {
    const text =
      '地域商社は、地場産品の販路開拓と新しい商品の開発を担う存在として期待されているものの、商品開発や域外への販売に関する専門的な知識を持つ人材が不足している。';
    const { changes, second } = twice(text);
    expect(changes.map((c) => [c.rule, c.before])).toEqual(
      expect.arrayContaining([
        ['passive-hedge', '期待されている'],
        ['sentence-split', 'ものの、'],
      ]),
    );
    expect(second).toEqual([]);
  });

  it('adds no note on part of a phrase it noted already (注視しつつ、 cut into 注視します。あわせて、)', () => {
    const text =
      '県内の他の消防本部の運用状況や費用負担の在り方を注視しつつ、救急電話相談への参画について、関係機関と協議を進めてまいります。';
    const once = twice(text);
    expect(once.rewritten).toContain('「注視しつつ」とは、');
    expect(once.second).toEqual([]);
  });

  it('cuts again a piece that a folded fix made too long (【要記入：主語】が改定しました。)', () => {
    const text =
      '道路の維持管理に関する本市の対応についてでございますが、令和6年4月に橋梁の点検に関する国の新しい要領が改定され、本市においては令和7年度から全ての橋梁で新しい要領による点検を始めたところでございます。';
    const once = twice(text);
    expect(once.rewritten).toMatch(
      /^道路の維持管理に関する本市の対応についてです。令和6年4月に[^。]+を【要記入：主語】が改定しました。本市では/u,
    );
    expect(once.unsplit).toEqual([]);
    expect(once.second).toEqual([]);
  });

  it('explains a term only a cut spells (特定し、 → 特定する。) where it is its only use', () => {
    const text =
      '本業務では、書類審査及びプレゼンテーション審査により最も優れた提案を行った受託候補者を特定し、仕様の詳細を協議した上で業務委託契約を締結する。';
    const once = twice(text);
    expect(once.rewritten).toContain('受託候補者を特定する（');
    expect(once.second).toEqual([]);
  });

  it('makes a list that holds a double negative in one rewrite, the positive wording with it', () => {
    const text =
      '窓口は平日のみ開いている。調査に多くの時間を要していること、相続登記が未了の事案が増えていること、除却を検討せざるを得ない案件が生じていること、空き家バンクの登録件数が伸び悩んでいることなどが課題となっている。';
    const once = twice(text);
    expect(once.rewritten).toContain(
      '主に次の4点が課題となっている。\n①調査に多くの時間を要していること\n②相続登記が未了の事案が増えていること\n③除却を検討する必要がある案件が生じていること\n',
    );
    expect(once.second).toEqual([]);
  });

  it('unifies the ending a cut exposes inside a passive fix (が必要ですが、 in a plain text)', () => {
    const text =
      '窓口は平日のみ開いている。相談件数は年々増えている。また、レファレンスサービスや地域資料のデジタルアーカイブ化など、司書の専門性を生かした業務の充実が求められていますが、正規職員の司書は6人にとどまっています。';
    const once = twice(text);
    expect(once.rewritten).toContain('業務の充実が必要である。しかし、正規職員の司書は6人にとどまっている。');
    expect(once.second).toEqual([]);
  });

  it('makes the passive fix a register fix brings out (登載されている → 登載されています)', () => {
    const text =
      '窓口は平日のみ開いています。相談は増えています。本村は人口約3,200人、高齢化率は44.6％に達しており、災害対策基本法に基づく避難行動要支援者名簿には令和6年4月1日現在で412人が登載されている。';
    const once = twice(text);
    expect(once.rewritten).toContain('現在で【要記入：主語】が412人を登載しています。');
    expect(once.second).toEqual([]);
  });

  it('ends a clause a cut makes in the text’s register when a passive fix made it (明記された、 → 明記しました。)', () => {
    // 明記された has no polite form the register rule knows; the passive fix's 明記した has.
    const text =
      '令和3年に施行された医療的ケア児支援法により、自治体には支援の責務が明記されたが、市内で医療的ケア児を受け入れている保育所は2か所にとどまり、家族の就労継続が困難となる事例がみられる。窓口は平日のみ開いています。相談は増えています。';
    const once = twice(text);
    expect(once.rewritten).toContain('自治体には【要記入：主語】が支援の責務を明記しました。しかし、');
    expect(once.second).toEqual([]);
  });

  it('explains a phrase that moving the doer before its object spells (【要記入：主語】が検討を進めているところです)', () => {
    const text =
      '現在、県が事務局を務める検討会で、企業団の設立を含めた経営統合の効果と課題について検討が進められているところでございます。';
    const once = twice(text);
    // The phrase's note quotes it as its ending is said plainly (ところでございます → ところです).
    expect(once.rewritten).toContain('【要記入：主語】が検討を進めているところです。');
    expect(once.rewritten).toContain('「検討を進めているところです」とは、');
    expect(once.second).toEqual([]);
  });

  it('makes one change of a rewording and a register fix that a redundant form spans (と連携することとします)', () => {
    const text = '窓口は平日のみ開いています。提案内容によっては、県の農村振興施策との連携を図ることとする。';
    const once = twice(text);
    expect(once.rewritten).toContain('県の農村振興施策（施策：');
    expect(once.rewritten).toMatch(/と連携します。$/u);
    expect(once.changes.map((c) => [c.rule, c.before])).toContainEqual([
      'redundant',
      'との連携を図ることとする',
    ]);
    expect(once.second).toEqual([]);
  });

  it('settles on 200 texts of six tuning sentences each, drawn with a fixed seed', () => {
    const changes = secondRewriteChanges(mixedTexts(200, 1), analyser);
    const unsettled = changes.filter((c) => c.length > 0);
    // 15 of 200 before register endings of cuts and notes on part of a noted phrase were settled (2
    // after); drawing from fresh11 and fresh12 too (session 11) brought new sentences and 5 unsettled,
    // 0 once fixes a word change brings out and lists holding a double negative were settled;
    // fresh13's sentences and session 12's notes and cuts brought 2 (a passive left alone after
    // 令和5年度において, made active after 令和5年度で; a register fix only the passive fix made
    // possible), 0 once settled (session 13; seeds 2 to 6 settle too). fresh17 joining the tuning
    // part brought 1 (a phrase spelled by moving the doer first), 0 once explained (session 17).
    expect(unsettled.length, JSON.stringify(unsettled)).toBe(0);
  });
});
