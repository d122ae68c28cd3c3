import { describe, expect, it } from 'vitest';
import { framingCut } from './framingCuts';
import { ipadic, spelled } from './ipadicTokens.testkit';

/** The phrase with a framing cut made at every 読点 where one is found. */
function cut(line: string, polite: boolean): string {
  const tokens = ipadic(line);
  let out = spelled(tokens);
  const cuts = tokens.flatMap((t, k) => (t.surface === '、' ? [framingCut(tokens, k, 0, polite)] : []));
  for (const c of cuts.reverse()) if (c) out = out.slice(0, c.start) + c.replacement + out.slice(c.end);
  return out;
}

const LAW_MOTODUKI =
  '標準/名詞/一般/標準 化/名詞/接尾/化 に関する/助詞/格助詞/に関する 法律/名詞/一般/法律 に/助詞/格助詞/に ' +
  '基づき/動詞/自立/基づく/五段・カ行イ音便 、/記号/読点/、 住民/名詞/一般/住民 記録/名詞/サ変接続/記録';
const TOPIC_MOTODUKI =
  '本/接頭詞/名詞接続/本 市/名詞/一般/市 は/助詞/係助詞/は 、/記号/読点/、 計画/名詞/サ変接続/計画 ' +
  'に/助詞/格助詞/に 基づき/動詞/自立/基づく/五段・カ行イ音便 、/記号/読点/、 設備/名詞/サ変接続/設備';
const ANNOUNCED_FUMAE =
  '保育/名詞/サ変接続/保育 需要/名詞/一般/需要 に/助詞/格助詞/に つき/動詞/自立/つく/五段・カ行イ音便 ' +
  'まし/助動詞/*/ます/特殊・マス て/助詞/接続助詞/て は/助詞/係助詞/は 、/記号/読点/、 量/名詞/一般/量 ' +
  'の/助詞/連体化/の 見込み/名詞/一般/見込み を/助詞/格助詞/を 踏まえ/動詞/自立/踏まえる/一段 、/記号/読点/、 ' +
  '認可/名詞/サ変接続/認可';
const GOAL_MUKE =
  '学び/名詞/一般/学び の/助詞/連体化/の 実現/名詞/サ変接続/実現 に/助詞/格助詞/に 向け/動詞/自立/向ける/一段 ' +
  '、/記号/読点/、 支援/名詞/サ変接続/支援 員/名詞/接尾/員';
const AUDIENCE_MUKE =
  '市民/名詞/一般/市民 に/助詞/格助詞/に 向け/動詞/自立/向ける/一段 て/助詞/接続助詞/て 、/記号/読点/、 情報/名詞/一般/情報';
const CHANGE_NIYORI =
  '上昇/名詞/サ変接続/上昇 に/助詞/格助詞/に 伴う/動詞/自立/伴う/五段・ワ行促音便 磯/名詞/一般/磯 焼け/名詞/一般/焼け ' +
  'の/助詞/連体化/の 拡大/名詞/サ変接続/拡大 により/助詞/格助詞/により 、/記号/読点/、 藻/名詞/一般/藻 場/名詞/接尾/場';
const MEANS_NIYORI =
  'アプリ/名詞/一般/アプリ の/助詞/連体化/の 導入/名詞/サ変接続/導入 等/名詞/接尾/等 により/助詞/格助詞/により ' +
  '、/記号/読点/、 交通/名詞/一般/交通';
const PRONOUN_NIYORI =
  'これ/名詞/代名詞/これ により/助詞/格助詞/により 、/記号/読点/、 藻/名詞/一般/藻 場/名詞/接尾/場';
const KOTO_TOMONAI =
  '提供/名詞/サ変接続/提供 が/助詞/格助詞/が 義務/名詞/一般/義務 化/名詞/接尾/化 さ/動詞/自立/する/サ変・スル ' +
  'れ/動詞/接尾/れる/一段 た/助動詞/*/た/特殊・タ こと/名詞/非自立/こと に/助詞/格助詞/に ' +
  '伴い/動詞/自立/伴う/五段・ワ行促音便 、/記号/読点/、 相談/名詞/サ変接続/相談';
const AFTER_CLAUSE_GA =
  '漁業/名詞/一般/漁業 は/助詞/係助詞/は 、/記号/読点/、 水揚げ/名詞/一般/水揚げ に/助詞/格助詞/に ' +
  '支え/動詞/自立/支える/一段 られ/動詞/接尾/られる/一段 て/助詞/接続助詞/て き/動詞/非自立/くる/カ変・クル ' +
  'た/助動詞/*/た/特殊・タ が/助詞/接続助詞/が 、/記号/読点/、 磯/名詞/一般/磯 焼け/名詞/一般/焼け ' +
  'の/助詞/連体化/の 拡大/名詞/サ変接続/拡大 により/助詞/格助詞/により 、/記号/読点/、 藻/名詞/一般/藻 場/名詞/接尾/場';

describe('framingCut: a frame after a noun becomes a sentence the rest refers back to', () => {
  it('says the basis as a sentence of its own (〜がある。これに基づき、) in the text’s register', () => {
    expect(cut(LAW_MOTODUKI, false)).toBe('標準化に関する法律がある。これに基づき、住民記録');
    expect(cut(LAW_MOTODUKI, true)).toBe('標準化に関する法律があります。これに基づき、住民記録');
  });

  it('does not take the topic away from the main clause (本市は、計画がある。 is not Japanese)', () => {
    expect(cut(TOPIC_MOTODUKI, true)).toBe('本市は、計画に基づき、設備');
  });

  it('cuts after a topic that only announces what is talked about (〜につきましては、)', () => {
    expect(cut(ANNOUNCED_FUMAE, true)).toBe(
      '保育需要につきましては、量の見込みがあります。これを踏まえ、認可',
    );
  });

  it('cuts a subject that belongs to an earlier clause (〜てきたが、) off from the frame', () => {
    expect(cut(AFTER_CLAUSE_GA, false)).toBe(
      '漁業は、水揚げに支えられてきたが、磯焼けの拡大がある。これにより、藻場',
    );
  });

  it('states a goal as one (〜を目指す。そのために、), but not an audience (市民に向けて、)', () => {
    expect(cut(GOAL_MUKE, true)).toBe('学びの実現を目指します。そのために、支援員');
    expect(cut(GOAL_MUKE, false)).toBe('学びの実現を目指す。そのために、支援員');
    expect(cut(AUDIENCE_MUKE, true)).toBe('市民に向けて、情報');
  });

  it('cuts 〜により、 after a change only: a means (導入等) is no fact to state, これ is a cut made', () => {
    expect(cut(CHANGE_NIYORI, false)).toBe('上昇に伴う磯焼けの拡大がある。これにより、藻場');
    expect(cut(MEANS_NIYORI, false)).toBe('アプリの導入等により、交通');
    expect(cut(PRONOUN_NIYORI, false)).toBe('これにより、藻場');
  });
});

const BACKGROUND =
  '教員/名詞/一般/教員 の/助詞/連体化/の 改革/名詞/サ変接続/改革 を/助詞/格助詞/を 背景/名詞/一般/背景 に/助詞/格助詞/に 、/記号/読点/、 中学校/名詞/一般/中学校';
const WHEN_DOING =
  '実施/名詞/サ変接続/実施 に当たって/助詞/格助詞/に当たって は/助詞/係助詞/は 、/記号/読点/、 計画/名詞/サ変接続/計画 ' +
  'に/助詞/格助詞/に 基づき/動詞/自立/基づく/五段・カ行イ音便 、/記号/読点/、 所有/名詞/サ変接続/所有 者/名詞/接尾/者';
const DOCUMENT_TOPIC =
  'また/接続詞/*/また 、/記号/読点/、 本/接頭詞/名詞接続/本 計画/名詞/サ変接続/計画 は/助詞/係助詞/は ' +
  '、/記号/読点/、 基本/名詞/一般/基本 法/名詞/接尾/法 に/助詞/格助詞/に 基づき/動詞/自立/基づく/五段・カ行イ音便 ' +
  '、/記号/読点/、 地域/名詞/一般/地域';

describe('framingCut: more frames and topics', () => {
  it('reads 〜を背景に、 as a frame after a noun', () => {
    expect(cut(BACKGROUND, true)).toBe('教員の改革があります。これを背景に、中学校');
  });

  it('cuts after 〜に当たっては、, which only says when', () => {
    expect(cut(WHEN_DOING, false)).toBe('実施に当たっては、計画がある。これに基づき、所有者');
  });

  it('lets a document say what it rests on (本計画は、…に基づくものである。), after a conjunction', () => {
    expect(cut(DOCUMENT_TOPIC, false)).toBe('また、本計画は、基本法に基づくものである。地域');
    expect(cut(DOCUMENT_TOPIC, true)).toBe('また、本計画は、基本法に基づくものです。地域');
  });
});

const KOTO_UKE =
  '区分/名詞/サ変接続/区分 が/助詞/格助詞/が 新設/名詞/サ変接続/新設 さ/動詞/自立/する/サ変・スル れ/動詞/接尾/れる/一段 ' +
  'た/助動詞/*/た/特殊・タ こと/名詞/非自立/こと を/助詞/格助詞/を 受け/動詞/自立/受ける/一段 、/記号/読点/、 ' +
  '固定/名詞/サ変接続/固定 資産/名詞/一般/資産 税/名詞/一般/税';
const RECEIVE =
  '補助/名詞/サ変接続/補助 を/助詞/格助詞/を 受け/動詞/自立/受ける/一段 、/記号/読点/、 施設/名詞/サ変接続/施設';

const ABOUT_IN_UNDERTAKING =
  '本/接頭詞/名詞接続/本 業務/名詞/一般/業務 で/助詞/格助詞/で は/助詞/係助詞/は 、/記号/読点/、 包括/名詞/サ変接続/包括 ' +
  '的/名詞/接尾/的 民間/名詞/一般/民間 委託/名詞/サ変接続/委託 及び/接続詞/*/及び コンセッション/名詞/一般/コンセッション ' +
  '方式/名詞/一般/方式 について/助詞/格助詞/について 、/記号/読点/、 効果/名詞/一般/効果';
const ABOUT_IN_CITY =
  '本/接頭詞/名詞接続/本 市/名詞/一般/市 で/助詞/格助詞/で は/助詞/係助詞/は 、/記号/読点/、 共同/名詞/サ変接続/共同 ' +
  '処理/名詞/サ変接続/処理 について/助詞/格助詞/について 、/記号/読点/、 協議/名詞/サ変接続/協議';

describe('framingCut: what an undertaking covers', () => {
  it('says it after 「本業務では、」 (…が対象である。これらについて、), not after 「本市では、」', () => {
    expect(cut(ABOUT_IN_UNDERTAKING, false)).toBe(
      '本業務では、包括的民間委託及びコンセッション方式が対象である。これらについて、効果',
    );
    expect(cut(ABOUT_IN_CITY, false)).toBe('本市では、共同処理について、協議');
  });
});

describe('framingCut: a frame after a clause ending in こと', () => {
  it('ends the clause (義務化されました。) and keeps the frame as これに伴い、', () => {
    expect(cut(KOTO_TOMONAI, true)).toBe('提供が義務化されました。これに伴い、相談');
    expect(cut(KOTO_TOMONAI, false)).toBe('提供が義務化された。これに伴い、相談');
  });

  it('says what happened, then responds to it (新設されたことを受け、 → 新設された。これを受け、)', () => {
    expect(cut(KOTO_UKE, false)).toBe('区分が新設された。これを受け、固定資産税');
    expect(cut(KOTO_UKE, true)).toBe('区分が新設されました。これを受け、固定資産税');
    // After a noun 受ける is "receive": no frame.
    expect(cut(RECEIVE, false)).toBe('補助を受け、施設');
  });
});

const ABOUT_LIST =
  '境界/名詞/一般/境界 案/名詞/接尾/案 の/助詞/連体化/の 作成/名詞/サ変接続/作成 、/記号/読点/、 施/名詞/一般/施 ' +
  '業/名詞/接尾/業 の/助詞/連体化/の 集約/名詞/サ変接続/集約 化/名詞/接尾/化 に/助詞/格助詞/に 資する/動詞/自立/資する/サ変・−スル ' +
  '手法/名詞/一般/手法 について/助詞/格助詞/について 、/記号/読点/、 提案/名詞/サ変接続/提案 を/助詞/格助詞/を ' +
  '募集/名詞/サ変接続/募集 する/動詞/自立/する/サ変・スル 。/記号/句点/。';
const ABOUT_ONE =
  '共同/名詞/サ変接続/共同 処理/名詞/サ変接続/処理 について/助詞/格助詞/について 、/記号/読点/、 協議/名詞/サ変接続/協議 ' +
  'を/助詞/格助詞/を 進め/動詞/自立/進める/一段 て/助詞/接続助詞/て おり/動詞/非自立/おる/五段・ラ行 ' +
  'ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const ABOUT_AFTER_TOPIC =
  '本/接頭詞/名詞接続/本 市/名詞/一般/市 は/助詞/係助詞/は 、/記号/読点/、 共同/名詞/サ変接続/共同 ' +
  '処理/名詞/サ変接続/処理 について/助詞/格助詞/について 、/記号/読点/、 協議/名詞/サ変接続/協議';
const ABOUT_AFTER_FRAME =
  '国/名詞/一般/国 の/助詞/連体化/の 方針/名詞/一般/方針 を/助詞/格助詞/を 踏まえ/動詞/自立/踏まえる/一段 ' +
  '、/記号/読点/、 共同/名詞/サ変接続/共同 処理/名詞/サ変接続/処理 について/助詞/格助詞/について 、/記号/読点/、 協議/名詞/サ変接続/協議';

describe('framingCut: what a sentence is about, said first', () => {
  it('says 「Xが対象である。これらについて、」 for several things, これ for one, in the register', () => {
    expect(cut(ABOUT_LIST, false)).toBe(
      '境界案の作成、施業の集約化に資する手法が対象である。これらについて、提案を募集する。',
    );
    expect(cut(ABOUT_ONE, true)).toBe('共同処理が対象です。これについて、協議を進めております。');
  });

  it('leaves it after a topic, and after a frame, which is said first instead', () => {
    expect(cut(ABOUT_AFTER_TOPIC, false)).toBe('本市は、共同処理について、協議');
    expect(cut(ABOUT_AFTER_FRAME, false)).toBe('国の方針がある。これを踏まえ、共同処理について、協議');
  });
});

const AIM_TAME =
  '業務/名詞/一般/業務 負担/名詞/サ変接続/負担 軽減/名詞/サ変接続/軽減 の/助詞/連体化/の ため/名詞/非自立/ため ' +
  '、/記号/読点/、 ICT/名詞/一般/ICT を/助詞/格助詞/を 導入/名詞/サ変接続/導入 する/動詞/自立/する/サ変・スル 。/記号/句点/。';
const CAUSE_TAME =
  '工事/名詞/サ変接続/工事 の/助詞/連体化/の ため/名詞/非自立/ため 、/記号/読点/、 通行止め/名詞/一般/通行止め ' +
  'と/助詞/格助詞/と する/動詞/自立/する/サ変・スル 。/記号/句点/。';
const PURPOSE_TOSHITE =
  '転換/名詞/サ変接続/転換 する/動詞/自立/する/サ変・スル こと/名詞/非自立/こと を/助詞/格助詞/を 目的/名詞/一般/目的 ' +
  'として/助詞/格助詞/として 、/記号/読点/、 事業/名詞/一般/事業 者/名詞/接尾/者 を/助詞/格助詞/を ' +
  '募集/名詞/サ変接続/募集 する/動詞/自立/する/サ変・スル 。/記号/句点/。';
const PURPOSE_NI =
  '観光/名詞/サ変接続/観光 振興/名詞/サ変接続/振興 を/助詞/格助詞/を 目的/名詞/一般/目的 に/助詞/格助詞/に ' +
  '、/記号/読点/、 実施/名詞/サ変接続/実施 する/動詞/自立/する/サ変・スル 。/記号/句点/。';
const RELATIVE_GA =
  '本/接頭詞/名詞接続/本 市/名詞/一般/市 が/助詞/格助詞/が 策定/名詞/サ変接続/策定 し/動詞/自立/する/サ変・スル ' +
  'た/助動詞/*/た/特殊・タ 計画/名詞/サ変接続/計画 について/助詞/格助詞/について 、/記号/読点/、 企業/名詞/一般/企業 ' +
  'を/助詞/格助詞/を 求め/動詞/自立/求める/一段 ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const SUBJECT_GA =
  '本/接頭詞/名詞接続/本 市/名詞/一般/市 が/助詞/格助詞/が 計画/名詞/サ変接続/計画 について/助詞/格助詞/について ' +
  '、/記号/読点/、 企業/名詞/一般/企業 を/助詞/格助詞/を 求め/動詞/自立/求める/一段 ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';

describe('framingCut: a purpose said first', () => {
  it('says an aim before ため as one (「…軽減を目指します。そのために、」), not a cause (工事のため、)', () => {
    expect(cut(AIM_TAME, true)).toBe('業務負担軽減を目指します。そのために、ICTを導入する。');
    expect(cut(CAUSE_TAME, true)).toBe('工事のため、通行止めとする。');
  });

  it('says 〜を目的として、 and 〜を目的に、 as 「…が目的です。そのために、」 in the register', () => {
    expect(cut(PURPOSE_TOSHITE, false)).toBe('転換することが目的である。そのために、事業者を募集する。');
    expect(cut(PURPOSE_NI, true)).toBe('観光振興が目的です。そのために、実施する。');
  });

  it('takes a subject inside a clause that modifies a noun (本市が策定した計画) for no topic', () => {
    expect(cut(RELATIVE_GA, true)).toBe('本市が策定した計画が対象です。これについて、企業を求めます。');
    expect(cut(SUBJECT_GA, true)).toBe('本市が計画について、企業を求めます。');
  });
});

const SCENE_HAIKEI =
  '本市/名詞/固有名詞/本市 で/助詞/格助詞/で は/助詞/係助詞/は 、/記号/読点/、 人口/名詞/一般/人口 減少/名詞/サ変接続/減少 ' +
  'を/助詞/格助詞/を 背景/名詞/一般/背景 に/助詞/格助詞/に 、/記号/読点/、 申入れ/名詞/一般/申入れ が/助詞/格助詞/が ' +
  'ある/動詞/自立/ある/五段・ラ行 。/記号/句点/。';
const SCENE_WHEN =
  '本市/名詞/固有名詞/本市 で/助詞/格助詞/で は/助詞/係助詞/は 、/記号/読点/、 令/名詞/一般/令 和/名詞/一般/和 2/名詞/数/2 ' +
  '年度/名詞/接尾/年度 に/助詞/格助詞/に 構想/名詞/サ変接続/構想 に/助詞/格助詞/に 基づき/動詞/自立/基づく/五段・カ行イ音便 ' +
  '、/記号/読点/、 端末/名詞/一般/端末 を/助詞/格助詞/を 整備/名詞/サ変接続/整備 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ 。/記号/句点/。';
const ATARIMASHITE =
  '更新/名詞/サ変接続/更新 に当たりまして/助詞/格助詞/に当たりまして は/助詞/係助詞/は 、/記号/読点/、 調査/名詞/サ変接続/調査 ' +
  'の/助詞/連体化/の 結果/名詞/副詞可能/結果 を/助詞/格助詞/を 踏まえ/動詞/自立/踏まえる/一段 、/記号/読点/、 ' +
  '判断/名詞/サ変接続/判断 し/動詞/自立/する/サ変・スル ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';

describe('framingCut after a scene or an announcing topic', () => {
  it('keeps a scene 〜では、 in the frame sentence (本市では、人口減少がある。これを背景に、)', () => {
    expect(cut(SCENE_HAIKEI, false)).toBe('本市では、人口減少がある。これを背景に、申入れがある。');
  });

  it('leaves it when a time of the main clause stands before the frame (令和2年度に構想に基づき、)', () => {
    expect(cut(SCENE_WHEN, false)).toBe('本市では、令和2年度に構想に基づき、端末を整備した。');
  });

  it('reads 〜に当たりましては、 as announcing what is talked about', () => {
    expect(cut(ATARIMASHITE, true)).toBe(
      '更新に当たりましては、調査の結果があります。これを踏まえ、判断します。',
    );
  });
});

const ANNOUNCED_THEN_HOKA =
  '市/名詞/一般/市 と/助詞/格助詞/と いたし/動詞/自立/いたす/五段・サ行 まし/助動詞/*/ます/特殊・マス て/助詞/接続助詞/て は/助詞/係助詞/は 、/記号/読点/、 見直し/名詞/一般/見直し を/助詞/格助詞/を 行っ/動詞/自立/行う/五段・ワ行促音便 た/助動詞/*/た/特殊・タ ほか/名詞/副詞可能/ほか 、/記号/読点/、 墓所/名詞/一般/墓所 の/助詞/連体化/の 整備/名詞/サ変接続/整備 について/助詞/格助詞/について 、/記号/読点/、 策定/名詞/サ変接続/策定 に/助詞/格助詞/に 着手/名詞/サ変接続/着手 し/動詞/自立/する/サ変・スル まし/助動詞/*/ます/特殊・マス た/助動詞/*/た/特殊・タ 。/記号/句点/。';
const ANNOUNCED_ABOUT =
  '市/名詞/一般/市 と/助詞/格助詞/と いたし/動詞/自立/いたす/五段・サ行 まし/助動詞/*/ます/特殊・マス て/助詞/接続助詞/て は/助詞/係助詞/は 、/記号/読点/、 墓所/名詞/一般/墓所 の/助詞/連体化/の 整備/名詞/サ変接続/整備 について/助詞/格助詞/について 、/記号/読点/、 策定/名詞/サ変接続/策定 に/助詞/格助詞/に 着手/名詞/サ変接続/着手 し/動詞/自立/する/サ変・スル まし/助動詞/*/ます/特殊・マス た/助動詞/*/た/特殊・タ 。/記号/句点/。';

describe('framingCut: no second announcement', () => {
  it('leaves 〜について、 after a topic that announces already (市といたしましては、)', () => {
    expect(cut(ANNOUNCED_ABOUT, true)).toBe('市といたしましては、墓所の整備について、策定に着手しました。');
  });

  it('judges only the clause after a joint a cut may end (…行ったほか、), as a second rewrite would', () => {
    expect(cut(ANNOUNCED_THEN_HOKA, true)).toContain(
      '墓所の整備が対象です。これについて、策定に着手しました。',
    );
  });
});

describe('a framing cut at 〜に向けて、 only before an action', () => {
  const RUN_UP =
    '通知/名詞/サ変接続/通知 の/助詞/連体化/の 発送/名詞/サ変接続/発送 に/助詞/格助詞/に 向け/動詞/自立/向ける/一段 て/助詞/接続助詞/て 、/記号/読点/、 ' +
    '4/名詞/数/4 月/名詞/一般/月 に/助詞/格助詞/に は/助詞/係助詞/は 残業/名詞/サ変接続/残業 が/助詞/格助詞/が ' +
    '増える/動詞/自立/増える/一段 状況/名詞/一般/状況 に/助詞/格助詞/に ある/動詞/自立/ある/五段・ラ行 。/記号/句点/。';
  const AIM =
    '通知/名詞/サ変接続/通知 の/助詞/連体化/の 発送/名詞/サ変接続/発送 に/助詞/格助詞/に 向け/動詞/自立/向ける/一段 て/助詞/接続助詞/て 、/記号/読点/、 ' +
    '準備/名詞/サ変接続/準備 を/助詞/格助詞/を 進め/動詞/自立/進める/一段 て/助詞/接続助詞/て ' +
    'いる/動詞/非自立/いる/一段 。/記号/句点/。';

  it('leaves "in the run-up to" before a state whole (発送に向けて、…状況にある)', () => {
    expect(cut(RUN_UP, false)).toBe('通知の発送に向けて、4月には残業が増える状況にある。');
  });

  it('still states an aim before an action under way (発送に向けて、準備を進めている)', () => {
    expect(cut(AIM, false)).toBe('通知の発送を目指す。そのために、準備を進めている。');
  });
});

describe('a framing cut on a law after a scene', () => {
  it('does not say the town has the law (本町では、母子保健法に基づき、)', () => {
    const line =
      '本町/名詞/固有名詞/本町 で/助詞/格助詞/で は/助詞/係助詞/は 、/記号/読点/、 母子/名詞/一般/母子 ' +
      '保健/名詞/一般/保健 法/名詞/接尾/法 に/助詞/格助詞/に 基づき/動詞/自立/基づく/五段・カ行イ音便 、/記号/読点/、 ' +
      '健診/名詞/一般/健診 を/助詞/格助詞/を 実施/名詞/サ変接続/実施 し/動詞/自立/する/サ変・スル て/助詞/接続助詞/て ' +
      'いる/動詞/非自立/いる/一段 。/記号/句点/。';
    expect(cut(line, false)).toBe('本町では、母子保健法に基づき、健診を実施している。');
    // A plan the scene has is still said first.
    expect(cut(line.replace('法/名詞/接尾/法', '計画/名詞/サ変接続/計画'), false)).toBe(
      '本町では、母子保健計画がある。これに基づき、健診を実施している。',
    );
  });
});
