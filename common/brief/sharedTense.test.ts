import { describe, expect, it } from 'vitest';
import { clauseCuts } from './clauses';
import { ipadic, spelled } from './ipadicTokens.testkit';
import { closingTense, teForm, verbInTense } from './sharedTense';

const RISEN =
  '件数/名詞/一般/件数 は/助詞/係助詞/は 約/接頭詞/数接続/約 1/名詞/数/1 ./名詞/サ変接続/. 4/名詞/数/4 倍/名詞/接尾/倍 ' +
  'に/助詞/格助詞/に 増加/名詞/サ変接続/増加 し/動詞/自立/する/サ変・スル 、/記号/読点/、 対応/名詞/サ変接続/対応 ' +
  'が/助詞/格助詞/が 増え/動詞/自立/増える/一段 て/助詞/接続助詞/て い/動詞/非自立/いる/一段 ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const DONE =
  '計画/名詞/サ変接続/計画 を/助詞/格助詞/を 策定/名詞/サ変接続/策定 し/動詞/自立/する/サ変・スル 、/記号/読点/、 ' +
  '事業/名詞/一般/事業 を/助詞/格助詞/を 実施/名詞/サ変接続/実施 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ 。/記号/句点/。';
const PLANNED =
  '事業/名詞/一般/事業 を/助詞/格助詞/を 見直し/動詞/自立/見直す/五段・サ行 、/記号/読点/、 実証/名詞/サ変接続/実証 ' +
  'を/助詞/格助詞/を 行う/動詞/自立/行う/五段・ワ行促音便 。/記号/句点/。';
const HAS =
  '町並み/名詞/一般/町並み を/助詞/格助詞/を 有し/動詞/自立/有す/五段・サ行 、/記号/読点/、 客数/名詞/一般/客数 ' +
  'は/助詞/係助詞/は 回復/名詞/サ変接続/回復 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ 。/記号/句点/。';
const LIES =
  '北部/名詞/一般/北部 に/助詞/格助詞/に 位置/名詞/サ変接続/位置 し/動詞/自立/する/サ変・スル 、/記号/読点/、 ' +
  '人口/名詞/一般/人口 は/助詞/係助詞/は 減少/名詞/サ変接続/減少 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ 。/記号/句点/。';
const JUST_SHOWN =
  '協議/名詞/サ変接続/協議 が/助詞/格助詞/が 継続/名詞/サ変接続/継続 さ/動詞/自立/する/サ変・スル れ/動詞/接尾/れる/一段 ' +
  'て/助詞/接続助詞/て おり/動詞/非自立/おる/五段・ラ行 、/記号/読点/、 方向/名詞/一般/方向 性/名詞/接尾/性 ' +
  'が/助詞/格助詞/が 示さ/動詞/自立/示す/五段・サ行 れ/動詞/接尾/れる/一段 た/助動詞/*/た/特殊・タ ' +
  'ところ/名詞/非自立/ところ で/助動詞/*/だ/特殊・ダ ござい/助動詞/*/ござる/五段・ラ行特殊 ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const MODIFIER =
  '課題/名詞/一般/課題 を/助詞/格助詞/を 整理/名詞/サ変接続/整理 し/動詞/自立/する/サ変・スル 、/記号/読点/、 ' +
  '支援/名詞/サ変接続/支援 を/助詞/格助詞/を 行っ/動詞/自立/行う/五段・ワ行促音便 て/助詞/接続助詞/て ' +
  'いる/動詞/非自立/いる/一段 人/名詞/一般/人 を/助詞/格助詞/を 募る/動詞/自立/募る/五段・ラ行 。/記号/句点/。';
const REQUESTED =
  '要望/名詞/サ変接続/要望 が/助詞/格助詞/が あり/動詞/自立/ある/五段・ラ行 、/記号/読点/、 調査/名詞/サ変接続/調査 ' +
  'を/助詞/格助詞/を 実施/名詞/サ変接続/実施 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ 。/記号/句点/。';

/** The phrase with its first clause cut made. */
function cutFirst(line: string, polite: boolean): string {
  const tokens = ipadic(line);
  const [c] = clauseCuts(tokens, 0, tokens.length, polite);
  const text = spelled(tokens);
  return c ? text.slice(0, c.start) + c.replacement + text.slice(c.end) : text;
}

const commaOf = (line: string) => ipadic(line).findIndex((t) => t.surface === '、');

describe('closingTense', () => {
  it('reads the predicate that closes the clause, not a word inside it', () => {
    expect(closingTense(ipadic(RISEN), commaOf(RISEN))).toBe('progressive');
    expect(closingTense(ipadic(DONE), commaOf(DONE))).toBe('past');
    expect(closingTense(ipadic(PLANNED), commaOf(PLANNED))).toBe('present');
    expect(closingTense(ipadic(JUST_SHOWN), commaOf(JUST_SHOWN))).toBe('past');
    // 行っている人を募る: a ている inside a modifier is not the predicate's.
    expect(closingTense(ipadic(MODIFIER), commaOf(MODIFIER))).toBe('present');
  });
});

describe('a continuative verb cut in the tense of its clause', () => {
  it('says what has risen as risen, not as what will (増加し、…増えています → 増加しています。)', () => {
    expect(cutFirst(RISEN, true)).toBe('件数は約1.4倍に増加しています。対応が増えています。');
    expect(cutFirst(RISEN, false)).toBe('件数は約1.4倍に増加している。対応が増えています。');
  });

  it('puts a step of a past sentence in the past (策定し、…実施した → 策定した。)', () => {
    expect(cutFirst(DONE, false)).toBe('計画を策定した。事業を実施した。');
    expect(cutFirst(DONE, true)).toBe('計画を策定しました。事業を実施した。');
    expect(cutFirst(REQUESTED, false)).toBe('要望があった。調査を実施した。');
  });

  it('keeps the dictionary form in a present sentence', () => {
    expect(cutFirst(PLANNED, false)).toBe('事業を見直す。実証を行う。');
  });

  it('leaves what something is or has in the present (有し、 位置し、 継続されており、)', () => {
    expect(cutFirst(HAS, false)).toBe('町並みを有する。客数は回復した。');
    expect(cutFirst(LIES, false)).toBe('北部に位置する。人口は減少した。');
    expect(cutFirst(JUST_SHOWN, true)).toContain('継続されています。方向性が');
  });
});

describe('teForm and verbInTense', () => {
  it('builds te-forms with their sound changes', () => {
    expect(teForm('行う', '五段・ワ行促音便')).toBe('行って');
    expect(teForm('行く', '五段・カ行促音便')).toBe('行って');
    expect(teForm('進む', '五段・マ行')).toBe('進んで');
    expect(teForm('置く', '五段・カ行イ音便')).toBe('置いて');
    expect(teForm('進める', '一段')).toBe('進めて');
    expect(teForm('増加する', 'サ変・スル')).toBe('増加して');
  });

  it('states a decision or a rule (〜こととし、 〜円とし、) in the present', () => {
    const [to, verb] = ipadic('と/助詞/格助詞/と し/動詞/自立/する/サ変・スル');
    expect(verbInTense(verb!, true, 'progressive', to)).toBeNull();
    expect(verbInTense(verb!, true, 'past', to)).toBeNull();
  });

  it('never turns a dictionary form that modifies a noun into an ending (補助する、いわゆる…)', () => {
    const [verb] = ipadic('する/動詞/自立/する/サ変・スル');
    expect(verbInTense(verb!, true, 'past')).toBeNull();
  });
});

const REVISED_DONE =
  '市/名詞/一般/市 は/助詞/係助詞/は 業務/名詞/一般/業務 を/助詞/格助詞/を 見直す/動詞/自立/見直す/五段・サ行 ' +
  'とともに/助詞/格助詞/とともに 、/記号/読点/、 新た/名詞/形容動詞語幹/新た な/助動詞/*/だ/特殊・ダ 制度/名詞/一般/制度 ' +
  'を/助詞/格助詞/を 設け/動詞/自立/設ける/一段 た/助動詞/*/た/特殊・タ ところ/名詞/非自立/ところ です/助動詞/*/です/特殊・デス 。/記号/句点/。';
const REVISED_UNDER_WAY =
  '村/名詞/一般/村 は/助詞/係助詞/は 要綱/名詞/一般/要綱 を/助詞/格助詞/を 改める/動詞/自立/改める/一段 ' +
  'とともに/助詞/格助詞/とともに 、/記号/読点/、 窓口/名詞/一般/窓口 の/助詞/連体化/の 体制/名詞/一般/体制 を/助詞/格助詞/を ' +
  '整え/動詞/自立/整える/一段 て/助詞/接続助詞/て い/動詞/非自立/いる/一段 ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const PLANNED_BOTH =
  '市/名詞/一般/市 は/助詞/係助詞/は 区域/名詞/一般/区域 を/助詞/格助詞/を 指定/名詞/サ変接続/指定 し/動詞/自立/する/サ変・スル ' +
  '、/記号/読点/、 あわせ/動詞/自立/あわせる/一段 て/助詞/接続助詞/て 方針/名詞/一般/方針 を/助詞/格助詞/を ' +
  '定める/動詞/自立/定める/一段 予定/名詞/サ変接続/予定 です/助動詞/*/です/特殊・デス 。/記号/句点/。';
const BORNE_SO =
  '経費/名詞/一般/経費 が/助詞/格助詞/が 移管/名詞/サ変接続/移管 さ/動詞/自立/する/サ変・スル れ/動詞/接尾/れる/一段 ' +
  '、/記号/読点/、 全額/名詞/一般/全額 を/助詞/格助詞/を 市/名詞/一般/市 が/助詞/格助詞/が 負担/名詞/サ変接続/負担 ' +
  'し/動詞/自立/する/サ変・スル て/助詞/接続助詞/て い/動詞/非自立/いる/一段 ます/助動詞/*/ます/特殊・マス ' +
  'こと/名詞/非自立/こと から/助詞/格助詞/から 、/記号/読点/、 判断/名詞/サ変接続/判断 し/動詞/自立/する/サ変・スル ' +
  'ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';

describe('a verb before とともに／ほか, or joined to a plan, in the tense of its sentence', () => {
  it('keeps what was done done (見直すとともに、…設けたところです → 見直しました。)', () => {
    expect(cutFirst(REVISED_DONE, true)).toBe('市は業務を見直しました。また、新たな制度を設けたところです。');
    expect(cutFirst(REVISED_DONE, false)).toBe('市は業務を見直した。また、新たな制度を設けたところです。');
  });

  it('keeps what is under way under way (改めるとともに、…整えています → 改めています。)', () => {
    expect(cutFirst(REVISED_UNDER_WAY, true)).toBe(
      '村は要綱を改めています。また、窓口の体制を整えています。',
    );
  });

  it('keeps a plan a plan (指定し、あわせて…定める予定です → 指定する予定です。)', () => {
    expect(cutFirst(PLANNED_BOTH, true)).toBe('市は区域を指定する予定です。あわせて方針を定める予定です。');
    expect(closingTense(ipadic(PLANNED_BOTH), commaOf(PLANNED_BOTH))).toBe('planned');
  });

  it('reads the clause closed by 〜ますことから、 as under way, not the verb after it', () => {
    expect(closingTense(ipadic(BORNE_SO), commaOf(BORNE_SO))).toBe('progressive');
  });
});
