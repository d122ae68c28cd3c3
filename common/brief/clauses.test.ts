import { describe, expect, it } from 'vitest';
import { clauseCuts } from './clauses';
import { ipadic, spelled } from './ipadicTokens.testkit';

/** The text with every cut applied. */
function cut(line: string, polite: boolean): string {
  const tokens = ipadic(line);
  const text = spelled(tokens);
  let out = text;
  for (const c of clauseCuts(tokens, 0, tokens.length, polite).reverse())
    out = out.slice(0, c.start) + c.replacement + out.slice(c.end);
  return out;
}

const ARIMASU_KOTOKARA =
  '必要/名詞/形容動詞語幹/必要 が/助詞/格助詞/が あり/動詞/自立/ある/五段・ラ行 ます/助動詞/*/ます/特殊・マス ' +
  'こと/名詞/非自立/こと から/助詞/格助詞/から 、/記号/読点/、 今後/名詞/副詞可能/今後';
const OOI_KOTOKARA =
  '課題/名詞/一般/課題 も/助詞/係助詞/も 多い/形容詞/自立/多い/形容詞・アウオ段 こと/名詞/非自立/こと ' +
  'から/助詞/格助詞/から 、/記号/読点/、 協議/名詞/サ変接続/協議';
const DEARU_KOTOKARA =
  '必要/名詞/形容動詞語幹/必要 で/助動詞/*/だ/特殊・ダ ある/助動詞/*/ある/五段・ラ行アル こと/名詞/非自立/こと ' +
  'から/助詞/格助詞/から 、/記号/読点/、 地域/名詞/一般/地域';
const SURU_HOKA =
  '補助/名詞/サ変接続/補助 する/動詞/自立/する/サ変・スル ほか/名詞/副詞可能/ほか 、/記号/読点/、 県/名詞/一般/県';
const NO_HOKA =
  '文化財/名詞/一般/文化財 の/助詞/連体化/の ほか/名詞/副詞可能/ほか 、/記号/読点/、 指定/名詞/サ変接続/指定';
const SHITA_MONONO =
  '減少/名詞/サ変接続/減少 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ ものの/助詞/接続助詞/ものの ' +
  '、/記号/読点/、 年齢/名詞/一般/年齢';
const OTTA_MONONO =
  '行っ/動詞/自立/行く/五段・カ行促音便 た/助動詞/*/た/特殊・タ ものの/助詞/接続助詞/ものの 、/記号/読点/、 成果/名詞/一般/成果';
const SURU_IPPOU =
  '減少/名詞/サ変接続/減少 する/動詞/自立/する/サ変・スル 一方/名詞/非自立/一方 、/記号/読点/、 管路/名詞/一般/管路';
const ORIMASHITE =
  '増え/動詞/自立/増える/一段 て/助詞/接続助詞/て おり/動詞/非自立/おる/五段・ラ行 まし/助動詞/*/ます/特殊・マス ' +
  'て/助詞/接続助詞/て 、/記号/読点/、 いわゆる/連体詞/*/いわゆる';
const FUKUMEMASHITE =
  '時期/名詞/副詞可能/時期 を/助詞/格助詞/を 含め/動詞/自立/含める/一段 まし/助動詞/*/ます/特殊・マス ' +
  'て/助詞/接続助詞/て 、/記号/読点/、 引き続き/副詞/一般/引き続き';
const PREFACE_GA =
  '整備/名詞/サ変接続/整備 について/助詞/格助詞/について で/助動詞/*/だ/特殊・ダ ござい/助動詞/*/ござる/五段・ラ行特殊 ' +
  'ます/助動詞/*/ます/特殊・マス が/助詞/接続助詞/が 、/記号/読点/、 本市/名詞/固有名詞/本市';
const PREFACE_ARIMASU_GA =
  '整備/名詞/サ変接続/整備 について/助詞/格助詞/について で/助動詞/*/だ/特殊・ダ あり/助動詞/*/ある/五段・ラ行アル ' +
  'ます/助動詞/*/ます/特殊・マス が/助詞/接続助詞/が 、/記号/読点/、 本市/名詞/固有名詞/本市';
const CONTRAST_GA =
  '増え/動詞/自立/増える/一段 て/助詞/接続助詞/て い/動詞/非自立/いる/一段 ます/助動詞/*/ます/特殊・マス ' +
  'が/助詞/接続助詞/が 、/記号/読点/、 財源/名詞/一般/財源';
const NI_MOTODUKI =
  '計画/名詞/サ変接続/計画 に/助詞/格助詞/に 基づき/動詞/自立/基づく/五段・カ行イ音便 、/記号/読点/、 所有者/名詞/一般/所有者';
const NI_MUKETE =
  '実現/名詞/サ変接続/実現 に/助詞/格助詞/に 向け/動詞/自立/向ける/一段 て/助詞/接続助詞/て 、/記号/読点/、 支援/名詞/サ変接続/支援';
const JISSHI_SHI =
  '調査/名詞/サ変接続/調査 を/助詞/格助詞/を 実施/名詞/サ変接続/実施 し/動詞/自立/する/サ変・スル 、/記号/読点/、 結果/名詞/副詞可能/結果';
const KOTOMOARI =
  '縮減/名詞/サ変接続/縮減 さ/動詞/自立/する/サ変・スル れ/動詞/接尾/れる/一段 て/助詞/接続助詞/て ' +
  'き/動詞/非自立/くる/カ変・クル た/助動詞/*/た/特殊・タ こと/名詞/非自立/こと も/助詞/係助詞/も ' +
  'あり/動詞/自立/ある/五段・ラ行 、/記号/読点/、 基金/名詞/一般/基金';
const SHITA_TOKORO =
  '調査/名詞/サ変接続/調査 し/動詞/自立/する/サ変・スル た/助動詞/*/た/特殊・タ ところ/名詞/非自立/ところ 、/記号/読点/、 多く/名詞/副詞可能/多く';
const SURU_TOKORO =
  '申請/名詞/サ変接続/申請 する/動詞/自立/する/サ変・スル ところ/名詞/非自立/ところ 、/記号/読点/、 窓口/名詞/一般/窓口';
const INAI_TAME =
  '進ん/動詞/自立/進む/五段・マ行 で/助詞/接続助詞/で い/動詞/非自立/いる/一段 ない/助動詞/*/ない/特殊・ナイ ' +
  'ため/名詞/非自立/ため 、/記号/読点/、 支援/名詞/サ変接続/支援';

const TOPIC_POLITE =
  '相談/名詞/サ変接続/相談 窓口/名詞/一般/窓口 の/助詞/連体化/の 導入/名詞/サ変接続/導入 に/助詞/格助詞/に ' +
  'つき/動詞/自立/つく/五段・カ行イ音便 まし/助動詞/*/ます/特殊・マス て/助詞/接続助詞/て は/助詞/係助詞/は ' +
  '、/記号/読点/、 個人/名詞/一般/個人 情報/名詞/一般/情報 の/助詞/連体化/の 整理/名詞/サ変接続/整理';
const TOPIC_AFTER_CONTRAST =
  'しかし/接続詞/*/しかし 、/記号/読点/、 建設/名詞/サ変接続/建設 候補/名詞/一般/候補 地/名詞/接尾/地 ' +
  'の/助詞/連体化/の 選定/名詞/サ変接続/選定 について/助詞/格助詞/について は/助詞/係助詞/は 、/記号/読点/、 ' +
  '合意/名詞/サ変接続/合意 形成/名詞/サ変接続/形成';

const COPULA_DE =
  '件数/名詞/一般/件数 は/助詞/係助詞/は 1/名詞/数/1 ,/名詞/サ変接続/, 140/名詞/数/140 件/名詞/接尾/件 ' +
  'で/助動詞/*/だ/特殊・ダ 、/記号/読点/、 うち/名詞/一般/うち';
const PARTICLE_DE = '本市/名詞/固有名詞/本市 で/助詞/格助詞/で 、/記号/読点/、 新た/名詞/形容動詞語幹/新た';

const PREFACE_SPLIT_NITSUITE =
  '見通し/名詞/一般/見通し に/助詞/格助詞/に つい/動詞/自立/つく/五段・カ行イ音便 て/助詞/接続助詞/て ' +
  'で/助動詞/*/だ/特殊・ダ ござい/助動詞/*/ござる/五段・ラ行特殊 ます/助動詞/*/ます/特殊・マス が/助詞/接続助詞/が ' +
  '、/記号/読点/、 本市/名詞/固有名詞/本市';
const TOPIC_AFTER_CAUSE =
  'この/連体詞/*/この ため/名詞/非自立/ため 、/記号/読点/、 料金/名詞/一般/料金 改定/名詞/サ変接続/改定 ' +
  'の/助詞/連体化/の 必要/名詞/形容動詞語幹/必要 性/名詞/接尾/性 に/助詞/格助詞/に ' +
  'つき/動詞/自立/つく/五段・カ行イ音便 まし/助動詞/*/ます/特殊・マス て/助詞/接続助詞/て は/助詞/係助詞/は ' +
  '、/記号/読点/、 審議/名詞/サ変接続/審議';

const AMOUNT_TO =
  '通行/名詞/サ変接続/通行 量/名詞/接尾/量 は/助詞/係助詞/は 約/接頭詞/数接続/約 1/名詞/数/1 万/名詞/数/万 ' +
  '4/名詞/数/4 ,/名詞/サ変接続/, 000/名詞/数/000 人/名詞/接尾/人 と/助詞/格助詞/と 、/記号/読点/、 平成/名詞/固有名詞/平成';
const AMOUNT_TO_AFTER_CLAUSE =
  '減少/名詞/サ変接続/減少 し/動詞/自立/する/サ変・スル て/助詞/接続助詞/て おり/動詞/非自立/おる/五段・ラ行 ' +
  '、/記号/読点/、 空き/名詞/一般/空き 店舗/名詞/一般/店舗 率/名詞/接尾/率 も/助詞/係助詞/も 21/名詞/数/21 ' +
  './名詞/サ変接続/. 3/名詞/数/3 %/名詞/サ変接続/% と/助詞/並立助詞/と 、/記号/読点/、 目標/名詞/一般/目標 値/名詞/接尾/値';
const NOUN_TO = '本/接頭詞/名詞接続/本 市/名詞/一般/市 と/助詞/並立助詞/と 、/記号/読点/、 県/名詞/一般/県';

describe('clause cuts at a joint after a predicate', () => {
  it('cuts no clause inside the こと the sentence ends on (…を活用し、…ことを目的とする)', () => {
    const koto =
      '技術/名詞/一般/技術 を/助詞/格助詞/を 活用/名詞/サ変接続/活用 し/動詞/自立/する/サ変・スル 、/記号/読点/、 ' +
      '効果/名詞/一般/効果 を/助詞/格助詞/を 検証/名詞/サ変接続/検証 する/動詞/自立/する/サ変・スル ' +
      'こと/名詞/非自立/こと を/助詞/格助詞/を 目的/名詞/一般/目的 と/助詞/格助詞/と する/動詞/自立/する/サ変・スル 。/記号/句点/。';
    expect(cut(koto, false)).toBe('技術を活用し、効果を検証することを目的とする。');
    // Without the こと, the two actions are two sentences.
    const plain = koto.replace(/ こと\/.* する\/動詞\/自立\/する\/サ変・スル 。/u, ' 。');
    expect(cut(plain, false)).not.toBe(spelled(ipadic(plain)));
  });

  it('cuts 〜ことから、 into a sentence and そのため、 in either register', () => {
    expect(cut(ARIMASU_KOTOKARA, true)).toBe('必要があります。そのため、今後');
    expect(cut(ARIMASU_KOTOKARA, false)).toBe('必要がある。そのため、今後');
    expect(cut(OOI_KOTOKARA, true)).toBe('課題も多いです。そのため、協議');
    expect(cut(OOI_KOTOKARA, false)).toBe('課題も多い。そのため、協議');
    expect(cut(DEARU_KOTOKARA, true)).toBe('必要です。そのため、地域');
  });

  it('cuts 〜ほか、 after a verb (また、) but not after a noun with の', () => {
    expect(cut(SURU_HOKA, true)).toBe('補助します。また、県');
    expect(cut(SURU_HOKA, false)).toBe('補助する。また、県');
    expect(cut(NO_HOKA, true)).toBe('文化財のほか、指定');
  });

  it('cuts 〜ものの、 as a contrast, and leaves a 音便 past it cannot make polite', () => {
    expect(cut(SHITA_MONONO, true)).toBe('減少しました。しかし、年齢');
    expect(cut(SHITA_MONONO, false)).toBe('減少した。しかし、年齢');
    expect(cut(OTTA_MONONO, true)).toBe('行ったものの、成果');
  });

  it('cuts 〜一方、 and keeps 一方 as the opening word', () => {
    expect(cut(SURU_IPPOU, true)).toBe('減少します。一方、管路');
  });

  it('ends 〜ておりまして、 as a sentence, but not 含めまして、 (including)', () => {
    expect(cut(ORIMASHITE, true)).toBe('増えております。いわゆる');
    expect(cut(ORIMASHITE, false)).toBe('増えている。いわゆる');
    expect(cut(FUKUMEMASHITE, true)).toBe('時期を含めまして、引き続き');
  });

  it('cuts a preface が (〜についてでございますが／でありますが、) without a しかし it does not mean', () => {
    expect(cut(PREFACE_GA, true)).toBe('整備についてでございます。本市');
    expect(cut(PREFACE_ARIMASU_GA, true)).toBe('整備についてであります。本市');
    expect(cut(CONTRAST_GA, true)).toBe('増えています。しかし、財源');
    expect(cut(PREFACE_SPLIT_NITSUITE, true)).toBe('見通しについてでございます。本市');
  });

  it('does not end a sentence at a verb used as a particle (に基づき、 に向けて、)', () => {
    expect(cut(NI_MOTODUKI, true)).toBe('計画に基づき、所有者');
    expect(cut(NI_MUKETE, true)).toBe('実現に向けて、支援');
    expect(cut(JISSHI_SHI, true)).toBe('調査を実施します。結果');
  });

  it('keeps the cause of 〜こともあり、 (このこともあり、) and makes its past polite', () => {
    expect(cut(KOTOMOARI, true)).toBe('縮減されてきました。このこともあり、基金');
    expect(cut(KOTOMOARI, false)).toBe('縮減されてきた。このこともあり、基金');
  });

  it('cuts 〜たところ、 (その結果、) but not a ところ after a dictionary form', () => {
    expect(cut(SHITA_TOKORO, true)).toBe('調査しました。その結果、多く');
    expect(cut(SURU_TOKORO, true)).toBe('申請するところ、窓口');
  });

  it('makes a negative before ため、 polite (進んでいません。)', () => {
    expect(cut(INAI_TAME, true)).toBe('進んでいません。そのため、支援');
    expect(cut(INAI_TAME, false)).toBe('進んでいない。そのため、支援');
  });

  it('makes a long topic (〜につきましては、) a sentence of its own in a です・ます text only', () => {
    expect(cut(TOPIC_POLITE, true)).toBe('相談窓口の導入についてです。個人情報の整理');
    expect(cut(TOPIC_POLITE, false)).toBe('相談窓口の導入につきましては、個人情報の整理');
    // 「しかし、…についてです。」 would hang the contrast on the announcement.
    expect(cut(TOPIC_AFTER_CONTRAST, true)).toBe('しかし、建設候補地の選定については、合意形成');
    expect(cut(TOPIC_AFTER_CAUSE, true)).toBe('このため、料金改定の必要性につきましては、審議');
  });

  it('ends a sentence at an amount the topic states (通行量は約1万4,000人と、 → …人です。)', () => {
    expect(cut(AMOUNT_TO, true)).toBe('通行量は約1万4,000人です。平成');
    expect(cut(AMOUNT_TO, false)).toBe('通行量は約1万4,000人である。平成');
    // The topic of the clause after 減少しており、 counts, not the verbs before it.
    expect(cut(AMOUNT_TO_AFTER_CLAUSE, true)).toBe('減少しています。空き店舗率も21.3%です。目標値');
    // No amount, or no topic stating it: と joins two nouns.
    expect(cut(NOUN_TO, true)).toBe('本市と、県');
  });

  it('ends a sentence at the copula で after a noun, not at the particle で', () => {
    expect(cut(COPULA_DE, true)).toBe('件数は1,140件です。うち');
    expect(cut(COPULA_DE, false)).toBe('件数は1,140件である。うち');
    expect(cut(PARTICLE_DE, true)).toBe('本市で、新た');
  });
});

const OKONATTA_HOKA =
  '見直し/名詞/一般/見直し を/助詞/格助詞/を 行っ/動詞/自立/行う/五段・ワ行促音便 た/助動詞/*/た/特殊・タ ' +
  'ほか/名詞/副詞可能/ほか 、/記号/読点/、 民間/名詞/一般/民間';
const TORIKUNDA_HOKA =
  '取り組ん/動詞/自立/取り組む/五段・マ行 だ/助動詞/*/だ/特殊・タ ほか/名詞/副詞可能/ほか 、/記号/読点/、 民間/名詞/一般/民間';

describe('clause cuts after a past in 音便 form', () => {
  it('makes it polite from its base (行った → 行いました, 取り組んだ → 取り組みました)', () => {
    expect(cut(OKONATTA_HOKA, true)).toBe('見直しを行いました。また、民間');
    expect(cut(TORIKUNDA_HOKA, true)).toBe('取り組みました。また、民間');
    expect(cut(TORIKUNDA_HOKA, false)).toBe('取り組んだ。また、民間');
  });
});

const CHUUSHI_TSUTSU =
  '状況/名詞/一般/状況 を/助詞/格助詞/を 注視/名詞/サ変接続/注視 し/動詞/自立/する/サ変・スル つつ/助詞/接続助詞/つつ ' +
  '、/記号/読点/、 研究/名詞/サ変接続/研究 し/動詞/自立/する/サ変・スル ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const KATSUYOU_TSUTSU_PAST =
  '補助/名詞/サ変接続/補助 金/名詞/接尾/金 を/助詞/格助詞/を 活用/名詞/サ変接続/活用 し/動詞/自立/する/サ変・スル ' +
  'つつ/助詞/接続助詞/つつ 、/記号/読点/、 運行/名詞/サ変接続/運行 補助/名詞/サ変接続/補助 を/助詞/格助詞/を ' +
  '行っ/動詞/自立/行う/五段・ワ行促音便 て/助詞/接続助詞/て き/動詞/非自立/くる/カ変・クル た/助動詞/*/た/特殊・タ 。/記号/句点/。';
const HAKARI_TSUTSU_PAST =
  '状況/名詞/一般/状況 を/助詞/格助詞/を 図り/動詞/自立/図る/五段・ラ行 つつ/助詞/接続助詞/つつ 、/記号/読点/、 ' +
  '補助/名詞/サ変接続/補助 を/助詞/格助詞/を 行っ/動詞/自立/行う/五段・ワ行促音便 て/助詞/接続助詞/て ' +
  'き/動詞/非自立/くる/カ変・クル た/助動詞/*/た/特殊・タ 。/記号/句点/。';
const NITSUKIMASHITE_ONE_TOKEN =
  '効率/名詞/一般/効率 化/名詞/接尾/化 につきまして/助詞/格助詞/につきまして は/助詞/係助詞/は 、/記号/読点/、 国/名詞/一般/国';

describe('clause cuts at 〜つつ、 and a topic read as one particle', () => {
  it('ends the verb before つつ in the tense the sentence ends in', () => {
    // Before 研究 (weighing, no action) the step stays inside it: see the つつ／ながら tests below.
    expect(cut(CHUUSHI_TSUTSU, true)).toBe('状況を注視しつつ、研究します。');
    expect(cut(KATSUYOU_TSUTSU_PAST, false)).toBe('補助金を活用した。あわせて、運行補助を行ってきた。');
    expect(cut(KATSUYOU_TSUTSU_PAST, true)).toBe('補助金を活用しました。あわせて、運行補助を行ってきた。');
    // The clause after つつ sets the tense, not the end of the sentence (行ってきたが、…減っている。).
    expect(
      cut(
        KATSUYOU_TSUTSU_PAST.replace(
          ' 。/記号/句点/。',
          ' が/助詞/接続助詞/が 、/記号/読点/、 減少/名詞/サ変接続/減少',
        ),
        false,
      ),
    ).toBe('補助金を活用した。あわせて、運行補助を行ってきた。しかし、減少');
    // A plain 五段 past needs its 音便 (図った): the form before つつ does not show it, the base does.
    expect(cut(HAKARI_TSUTSU_PAST, false)).toBe('状況を図った。あわせて、補助を行ってきた。');
  });

  it('makes 〜につきましては、 read as one particle a topic sentence too', () => {
    expect(cut(NITSUKIMASHITE_ONE_TOKEN, true)).toBe('効率化についてです。国');
  });
});

const KAITEI = (rest: string) =>
  '計画/名詞/サ変接続/計画 を/助詞/格助詞/を 改定/名詞/サ変接続/改定 し/動詞/自立/する/サ変・スル ' +
  'て/助詞/接続助詞/て 、/記号/読点/、 目標/名詞/一般/目標 を/助詞/格助詞/を ' +
  rest;
const KAKAGETA = '掲げ/動詞/自立/掲げる/一段 た/助動詞/*/た/特殊・タ 。/記号/句点/。';
const KAKAGETA_TOKORO =
  '掲げ/動詞/自立/掲げる/一段 た/助動詞/*/た/特殊・タ ところ/名詞/非自立/ところ で/助動詞/*/だ/特殊・ダ ' +
  'あり/助動詞/*/ある/五段・ラ行アル ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const KAKAGEMASU = '掲げ/動詞/自立/掲げる/一段 ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const SUSUMETE_ORIMASU =
  '進め/動詞/自立/進める/一段 て/助詞/接続助詞/て おり/動詞/非自立/おる/五段・ラ行 ' +
  'ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
const HIKAKU_SHITE =
  '他/接頭詞/名詞接続/他 市/名詞/一般/市 と/助詞/格助詞/と 比較/名詞/サ変接続/比較 し/動詞/自立/する/サ変・スル ' +
  'て/助詞/接続助詞/て 、/記号/読点/、 費用/名詞/一般/費用 が/助詞/格助詞/が 高い/形容詞/自立/高い/形容詞・アウオ段 。/記号/句点/。';
const SEIGOU_NAGARA =
  '計画/名詞/サ変接続/計画 と/助詞/並立助詞/と 整合/名詞/サ変接続/整合 し/動詞/自立/する/サ変・スル ' +
  'ながら/助詞/接続助詞/ながら 、/記号/読点/、 検討/名詞/サ変接続/検討 し/動詞/自立/する/サ変・スル ' +
  'ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';

describe('clause cuts at a する verb in て form and at 〜ながら、', () => {
  it('ends Xを改定して、 in the tense of the clause after it (〜たところであります is past)', () => {
    expect(cut(KAITEI(KAKAGETA), true)).toBe('計画を改定しました。そして、目標を掲げた。');
    expect(cut(KAITEI(KAKAGETA), false)).toBe('計画を改定した。そして、目標を掲げた。');
    expect(cut(KAITEI(KAKAGETA_TOKORO), true)).toBe(
      '計画を改定しました。そして、目標を掲げたところであります。',
    );
    expect(cut(KAITEI(KAKAGEMASU), true)).toBe('計画を改定します。そして、目標を掲げます。');
  });

  it('leaves it before a state under way, and after と (〜と比較して: "compared with")', () => {
    expect(cut(KAITEI(SUSUMETE_ORIMASU), true)).toBe('計画を改定して、目標を進めております。');
    expect(cut(HIKAKU_SHITE, false)).toBe('他市と比較して、費用が高い。');
  });

  it('treats 〜ながら、 as 〜つつ、 (no cut before 検討, which commits to nothing)', () => {
    expect(cut(SEIGOU_NAGARA, true)).toBe('計画と整合しながら、検討します。');
  });
});

const KONNAN_TAME =
  '確保/名詞/サ変接続/確保 が/助詞/格助詞/が 困難/名詞/形容動詞語幹/困難 な/助動詞/*/だ/特殊・ダ ため/名詞/非自立/ため ' +
  '、/記号/読点/、 受け入れる/動詞/自立/受け入れる/一段 。/記号/句点/。';
const UKETA_UEDE =
  '許可/名詞/サ変接続/許可 を/助詞/格助詞/を 受け/動詞/自立/受ける/一段 た/助動詞/*/た/特殊・タ 上/名詞/非自立/上 ' +
  'で/助詞/格助詞/で 、/記号/読点/、 設置/名詞/サ変接続/設置 する/動詞/自立/する/サ変・スル 。/記号/句点/。';
const YUUSHI =
  'ノウハウ/名詞/一般/ノウハウ を/助詞/格助詞/を 有し/動詞/自立/有す/五段・サ行 、/記号/読点/、 ' +
  '観光/名詞/サ変接続/観光 を/助詞/格助詞/を 担う/動詞/自立/担う/五段・ワ行促音便 。/記号/句点/。';
const SECOND_AMOUNT =
  '割合/名詞/一般/割合 は/助詞/係助詞/は 31/名詞/数/31 人/名詞/接尾/人 、/記号/読点/、 管理/名詞/サ変接続/管理 ' +
  '職/名詞/接尾/職 に/助詞/格助詞/に 占める/動詞/自立/占める/一段 割合/名詞/一般/割合 は/助詞/係助詞/は ' +
  '18/名詞/数/18 人/名詞/接尾/人 と/助詞/格助詞/と 、/記号/読点/、 目標/名詞/一般/目標';

describe('clause cuts after a な adjective, at 〜た上で、, after 有し、 and at a second amount', () => {
  it('ends a な adjective before ため with the copula (困難です。)', () => {
    expect(cut(KONNAN_TAME, true)).toBe('確保が困難です。そのため、受け入れる。');
    expect(cut(KONNAN_TAME, false)).toBe('確保が困難である。そのため、受け入れる。');
  });

  it('ends a step done before the next in its dictionary form, not in the past (受ける。その上で、)', () => {
    expect(cut(UKETA_UEDE, false)).toBe('許可を受ける。その上で、設置する。');
    expect(cut(UKETA_UEDE, true)).toBe('許可を受けます。その上で、設置する。');
  });

  it('ends 有し、 as 有する。, not as the classical 有す。', () => {
    expect(cut(YUUSHI, false)).toBe('ノウハウを有する。観光を担う。');
  });

  it('ends a sentence at an amount its own topic states, even after an earlier one', () => {
    expect(cut(SECOND_AMOUNT, false)).toBe('割合は31人、管理職に占める割合は18人である。目標');
  });
});

const ABOUT_NAGARA =
  '制度/名詞/一般/制度 と/助詞/格助詞/と の/助詞/連体化/の 連携/名詞/サ変接続/連携 について/助詞/格助詞/について 、/記号/読点/、 協議/名詞/サ変接続/協議 会/名詞/接尾/会 の/助詞/連体化/の 設立/名詞/サ変接続/設立 も/助詞/係助詞/も 視野/名詞/一般/視野 に/助詞/格助詞/に 入れ/動詞/自立/入れる/一段 ながら/助詞/接続助詞/ながら 、/記号/読点/、 検討/名詞/サ変接続/検討 し/動詞/自立/する/サ変・スル て/助詞/接続助詞/て まいり/動詞/非自立/まいる/五段・ラ行 ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';

describe('clause cuts at 〜ながら、 after what the main verb is about', () => {
  it('leaves 〜ながら、 when a 〜について phrase before it belongs to the main verb (…連携について、…検討)', () => {
    expect(cut(ABOUT_NAGARA, true)).not.toContain('入れます。あわせて、');
    expect(cut(ABOUT_NAGARA, true)).toContain('視野に入れながら、検討してまいります。');
  });
});

const SINCE =
  '提携/名詞/サ変接続/提携 を/助詞/格助詞/を 締結/名詞/サ変接続/締結 し/動詞/自立/する/サ変・スル て/助詞/接続助詞/て 以来/名詞/副詞可能/以来 、/記号/読点/、 交流/名詞/サ変接続/交流 を/助詞/格助詞/を 重ね/動詞/自立/重ねる/一段 て/助詞/接続助詞/て き/動詞/非自立/くる/カ変・クル た/助動詞/*/た/特殊・タ 。/記号/句点/。';

describe('clause cuts at 〜て以来、', () => {
  it('ends the event in the past and opens the next sentence with それ以来、', () => {
    expect(cut(SINCE, false)).toBe('提携を締結した。それ以来、交流を重ねてきた。');
    expect(cut(SINCE, true)).toBe('提携を締結しました。それ以来、交流を重ねてきた。');
  });
});

const TOPIC_AFTER_CLAUSE =
  '確保/名詞/サ変接続/確保 に/助詞/格助詞/に 努める/動詞/自立/努める/一段 とともに/助詞/格助詞/とともに 、/記号/読点/、 需要/名詞/一般/需要 へ/助詞/格助詞/へ の/助詞/連体化/の 対応/名詞/サ変接続/対応 に/助詞/格助詞/に つき/動詞/自立/つく/五段・カ行イ音便 まし/助動詞/*/ます/特殊・マス て/助詞/接続助詞/て は/助詞/係助詞/は 、/記号/読点/、 精査/名詞/サ変接続/精査 し/動詞/自立/する/サ変・スル ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';

describe('topic announcements only where the topic opens the sentence', () => {
  it('makes no 「…についてです。」 of a topic after a clause joint (…努めるとともに、…につきましては、)', () => {
    expect(cut(TOPIC_AFTER_CLAUSE, true)).not.toContain('についてです。');
    expect(cut(TOPIC_AFTER_CLAUSE, true)).toContain('努めます。また、');
  });
});

const SINCE_IKOU =
  '責任/名詞/一般/責任 主体/名詞/一般/主体 と/助詞/格助詞/と なっ/動詞/自立/なる/五段・ラ行 て/助詞/接続助詞/て ' +
  '以降/名詞/副詞可能/以降 、/記号/読点/、 本/接頭詞/名詞接続/本 市/名詞/一般/市 は/助詞/係助詞/は';
const NOT_FOUND_MONONO =
  '不備/名詞/一般/不備 は/助詞/係助詞/は 認め/動詞/自立/認める/一段 られ/動詞/接尾/られる/一段 ' +
  'なかっ/助動詞/*/ない/特殊・ナイ た/助動詞/*/た/特殊・タ ものの/助詞/接続助詞/ものの 、/記号/読点/、 ' +
  '契約/名詞/サ変接続/契約 事務/名詞/一般/事務';
const CAUSES_NADOKARA =
  '不足/名詞/サ変接続/不足 し/動詞/自立/する/サ変・スル て/助詞/接続助詞/て いる/動詞/非自立/いる/一段 ' +
  'こと/名詞/非自立/こと など/助詞/副助詞/など から/助詞/格助詞/から 、/記号/読点/、 作成/名詞/サ変接続/作成 ' +
  'は/助詞/係助詞/は';

describe('clause cuts at 〜て以降、 〜なかったものの、 〜ことなどから、', () => {
  it('ends the event in the past, a 五段 verb too, and opens with それ以降、', () => {
    expect(cut(SINCE_IKOU, true)).toBe('責任主体となりました。それ以降、本市は');
    expect(cut(SINCE_IKOU, false)).toBe('責任主体となった。それ以降、本市は');
  });

  it('keeps the negation in the past (認められませんでした。しかし、)', () => {
    expect(cut(NOT_FOUND_MONONO, true)).toBe('不備は認められませんでした。しかし、契約事務');
    expect(cut(NOT_FOUND_MONONO, false)).toBe('不備は認められなかった。しかし、契約事務');
  });

  it('says the listed causes are there, then what they lead to (〜ことなどがあります。そのため、)', () => {
    expect(cut(CAUSES_NADOKARA, true)).toBe('不足していることなどがあります。そのため、作成は');
    expect(cut(CAUSES_NADOKARA, false)).toBe('不足していることなどがある。そのため、作成は');
  });
});

describe('no cut after a noun IPADIC reads as a verb', () => {
  it('after the attributive の (資機材の貸出し、) and in a range (受付から割振り、…まで)', () => {
    const lent =
      '資機材/名詞/一般/資機材 の/助詞/連体化/の 貸出し/動詞/自立/貸出す/五段・サ行 、/記号/読点/、 ' +
      '報告/名詞/サ変接続/報告 の/助詞/連体化/の 取りまとめ/名詞/一般/取りまとめ は/助詞/係助詞/は ' +
      '職員/名詞/一般/職員 に/助詞/格助詞/に 頼っ/動詞/自立/頼る/五段・ラ行 た/助動詞/*/た/特殊・タ 。/記号/句点/。';
    const range =
      '受付/名詞/サ変接続/受付 から/助詞/格助詞/から 割振り/動詞/自立/割振る/五段・ラ行 、/記号/読点/、 ' +
      '報告/名詞/サ変接続/報告 まで/助詞/副助詞/まで を/助詞/格助詞/を 管理/名詞/サ変接続/管理 ' +
      'する/動詞/自立/する/サ変・スル 。/記号/句点/。';
    expect(cut(lent, true)).toBe('資機材の貸出し、報告の取りまとめは職員に頼った。');
    expect(cut(range, true)).toBe('受付から割振り、報告までを管理する。');
  });
});

describe('clause cuts at 〜つつ／〜ながら、 only where the main verb is an action', () => {
  it('leaves a step taken while weighing whole (見極めつつ、慎重に検討します)', () => {
    const weighing =
      '動向/名詞/一般/動向 を/助詞/格助詞/を 見極め/動詞/自立/見極める/一段 つつ/助詞/接続助詞/つつ 、/記号/読点/、 ' +
      '慎重/名詞/形容動詞語幹/慎重 に/助詞/副詞化/に 検討/名詞/サ変接続/検討 し/動詞/自立/する/サ変・スル ' +
      'ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
    expect(cut(weighing, true)).toBe('動向を見極めつつ、慎重に検討します。');
  });

  it('still cuts before an action (連携しながら、清掃を進めます)', () => {
    const action =
      '住民/名詞/一般/住民 と/助詞/格助詞/と 連携/名詞/サ変接続/連携 し/動詞/自立/する/サ変・スル ' +
      'ながら/助詞/接続助詞/ながら 、/記号/読点/、 清掃/名詞/サ変接続/清掃 を/助詞/格助詞/を 進め/動詞/自立/進める/一段 ' +
      'ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
    expect(cut(action, true)).toBe('住民と連携します。あわせて、清掃を進めます。');
  });
});

describe('a reason 「これは、…ためです」 after 〜が、', () => {
  it('opens the reason with no しかし and leaves it whole', () => {
    const line =
      '募集/名詞/サ変接続/募集 は/助詞/係助詞/は 行っ/動詞/自立/行う/五段・ワ行促音便 て/助詞/接続助詞/て ' +
      'おり/動詞/非自立/おる/五段・ラ行 ませ/助動詞/*/ます/特殊・マス ん/助動詞/*/ん/不変化型 が/助詞/接続助詞/が ' +
      '、/記号/読点/、 これ/名詞/代名詞/これ は/助詞/係助詞/は 、/記号/読点/、 体制/名詞/一般/体制 が/助詞/格助詞/が ' +
      '整っ/動詞/自立/整う/五段・ワ行促音便 て/助詞/接続助詞/て い/動詞/非自立/いる/一段 ない/助動詞/*/ない/特殊・ナイ ' +
      'こと/名詞/非自立/こと に/助詞/格助詞/に 加え/動詞/自立/加える/一段 、/記号/読点/、 負担/名詞/サ変接続/負担 ' +
      'が/助詞/格助詞/が 大きい/形容詞/自立/大きい/形容詞・イ段 ため/名詞/非自立/ため で/助動詞/*/だ/特殊・ダ ' +
      'ござい/助動詞/*/ござる/五段・ラ行特殊 ます/助動詞/*/ます/特殊・マス 。/記号/句点/。';
    expect(cut(line, true)).toBe(
      '募集は行っておりません。これは、体制が整っていないことに加え、負担が大きいためでございます。',
    );
  });
});
