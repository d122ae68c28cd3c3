/** What the term rules say: glossary terms, abbreviations, long compounds, unlisted and vague words. */
import { fixed, message } from './message';

const orEmpty = (s: string | number, f: (v: string) => string) => (s === '' ? '' : f(String(s)));

/** The glossary entry's `why`, labelled so it does not read as a sentence of the message around it. */
export const companyView = message(
  ['why'],
  (p) => `企業から見ると：${p.why}。`,
  (p) => `For a company: 「${p.why}」.`,
);

export const jargonMessages = {
  explanation: fixed(
    '行政用語や役所の中だけで通じる言葉を見つけます。企業の担当者は言葉を調べる所で読むのを止めてしまうため、言い換えるか、最初に一度だけ説明を添えます（公用文作成の考え方：専門用語は言い換えるか説明を付ける）。',
    'Finds municipal jargon and words understood only inside the city hall. A company reader stops to look such a word up, so it is reworded or explained once where it first appears (「公用文作成の考え方」: reword technical terms or explain them).',
  ),
  term: message(
    ['term', 'plain', 'view'],
    (p) => `「${p.term}」は行政用語です。企業には「${p.plain}」と言い換えると伝わります。${p.view}`,
    (p) =>
      `「${p.term}」 is municipal jargon; companies understand 「${p.plain}」.${orEmpty(p.view, (v) => ` ${v}`)}`,
  ),
  register: message(
    ['term', 'plain', 'view'],
    (p) =>
      `「${p.term}」は議会答弁の言い回しで、「${p.plain}」という意味です。企業には、決まっていることと決まっていないことを分けて書きましょう。${p.view}`,
    (p) =>
      `「${p.term}」 is council-answer phrasing for 「${p.plain}」. Tell companies what is decided and what is not.${orEmpty(p.view, (v) => ` ${v}`)}`,
  ),
};

export const abbreviationMessages = {
  explanation: fixed(
    '略語（国保・特養・DX など）が正式名称より先に出てくる箇所を見つけます。庁内では通じる略語も、企業には何の制度・施設かが分かりません。最初に「正式名称（略語）」と書けば、以後は略語で構いません。',
    'Finds abbreviations (「国保」, 「特養」, DX …) used before their full name. Understood inside the city hall, they do not tell a company which scheme or facility is meant. Write 「正式名称（略語）」 once; the abbreviation is fine after that.',
  ),
  firstUse: message(
    ['term', 'full', 'why'],
    (p) => `「${p.term}」は略語です。初めて使う所では正式名称「${p.full}」を書きましょう。${p.why}。`,
    (p) =>
      `「${p.term}」 is an abbreviation. Write the full name 「${p.full}」 where it first appears.${orEmpty(p.why, (v) => ` For a company: 「${v}」.`)}`,
  ),
};

export const kanjiCompoundMessages = {
  explanation: fixed(
    '漢字が7字以上続く事業名・制度名・計画名など（生活支援体制整備事業 など）と、9字以上の長い複合語、法令の条文（学校教育法第19条）や「〜に関する法律」、用語集にない法律・条例の名前（港湾法）、番号で分けた段階や区分（第1次調査）を、用語集になくても見つけます（公用文作成の考え方：長い漢語の複合語は避け、助詞を入れてほどく）。',
    'Finds names of programmes, schemes and plans of 7 or more kanji (「生活支援体制整備事業」 …), other compounds of 9 or more, and statute citations (「学校教育法第19条」, 「〜に関する法律」), law names the glossary lacks (「港湾法」) and numbered stages or classes (「第1次調査」), even when the glossary lacks them (「公用文作成の考え方」: avoid long Sino-Japanese compounds; break them up with particles).',
  ),
  compound: message(
    ['word', 'count'],
    (p) =>
      `「${p.word}」は漢字が${p.count}字続く複合語です。企業の担当者には意味が取りにくく、調べても出てきません。`,
    (p) =>
      `「${p.word}」 runs ${p.count} kanji together. A company reader can hardly make it out and cannot look it up.`,
  ),
  unpack: fixed(
    '「〜の〜を〜する」のように助詞を入れてほどくか、最初に一度だけ説明を添えましょう。',
    'Break it up with particles (「〜の〜を〜する」), or explain it once where it first appears.',
  ),
  article: message(
    ['word'],
    (p) => `「${p.word}」は法令の条文です。企業の担当者には、その条文が何を定めているか分かりません。`,
    (p) => `「${p.word}」 cites an article of a statute. A company reader cannot tell what it lays down.`,
  ),
  law: message(
    ['word'],
    (p) => `「${p.word}」は法令の正式名です。企業の担当者には、何を定めた法律か分かりません。`,
    (p) => `「${p.word}」 is a statute's full name. A company reader cannot tell what the law lays down.`,
  ),
  lawName: message(
    ['word'],
    (p) =>
      `「${p.word}」は法律（または条例・規則）の名前です。企業の担当者には、何を定めたものか名前だけでは分かりません。`,
    (p) =>
      `「${p.word}」 is the name of a statute. A company reader cannot tell from the name what it governs.`,
  ),
  nameWhat: fixed(
    '何を定める法律か一言添えましょう（例：「港湾の開発や利用を定めた港湾法」）。',
    'Add a few words on what the law governs (e.g. 「港湾の開発や利用を定めた港湾法」).',
  ),
  ordinalClass: message(
    ['word'],
    (p) =>
      `「${p.word}」は制度の中の段階や区分の名前です。企業の担当者には、番号の違いで何が違うのか分かりません。`,
    (p) =>
      `「${p.word}」 names a stage or class within a scheme. A company reader cannot tell what the number sets apart.`,
  ),
  ordinalWhat: fixed(
    'その段階・区分が何を指すかを一言添えましょう（例：「書類で行う第1次調査」）。',
    'Say in a few words what this stage or class is (e.g. 「書類で行う第1次調査」).',
  ),
  sayWhat: fixed(
    '何を定めているかを一言添えましょう（例：「〜を定めた法律の規定」）。',
    'Say in a few words what it lays down (e.g. 「〜を定めた法律の規定」).',
  ),
};

/** The unlisted-jargon rule: one message and one suggestion per shape the model saw. */
export const unlistedJargonMessages = {
  explanation: fixed(
    '用語集にない行政用語も、形から見つけます：動作を表す漢語の連続（評価検証・協定締結）、「〜化」「〜性」「〜的」で抽象化した言い方（平準化・妥当性）、漢語を三つ以上つなげた名前（補助基準額）、予算の費目（扶助費）、なじみの薄いカタカナ語。企業の担当者には調べようがないため、動詞でほどくか説明を添えます（公用文作成の考え方：漢語の連続を避け、分かりやすい言葉で）。',
    'Finds municipal jargon the glossary lacks by its shape: action nouns in a row (「評価検証」, 「協定締結」), abstractions with 「〜化」「〜性」「〜的」 (「平準化」, 「妥当性」), names of three or more Sino-Japanese words (「補助基準額」), budget items (「扶助費」) and uncommon katakana words. A company reader cannot look them up, so they are unpacked into verbs or explained (「公用文作成の考え方」: avoid runs of Sino-Japanese words; use plain words).',
  ),
  actionChain: message(
    ['word'],
    (p) =>
      `企業の読み手には分かりにくい行政用語の可能性があります（用語集にない言葉です）。「${p.word}」は動作を表す漢語が続き、誰が何をするのかが読み取れません。`,
    (p) =>
      `Possibly municipal jargon (not in the glossary): 「${p.word}」 strings action nouns together and does not say who does what.`,
  ),
  actionChainFix: message(
    ['first', 'second'],
    (p) =>
      `「〜を${p.first}して${p.second}する」のように動詞でほどくか、最初に一度だけ説明を添えてください。`,
    (p) =>
      `Unpack it with verbs (「〜を${p.first}して${p.second}する」), or explain it once where it first appears.`,
  ),
  abstract: message(
    ['word'],
    (p) =>
      `企業の読み手には分かりにくい行政用語の可能性があります（用語集にない言葉です）。「${p.word}」は「〜化」「〜性」「〜的」「〜型」で抽象的にした言い方で、具体的に何をする・何が変わるのかが伝わりません。`,
    (p) =>
      `Possibly municipal jargon (not in the glossary): 「${p.word}」 is made abstract with 「〜化」「〜性」「〜的」「〜型」 and does not say what will be done or what will change.`,
  ),
  abstractFix: fixed(
    '「何を、どのように変えるのか」を具体的な言葉で書くか、最初に一度だけ説明を添えてください。',
    'Say in concrete words what will change and how, or explain it once where it first appears.',
  ),
  money: message(
    ['word'],
    (p) =>
      `企業の読み手には分かりにくい行政用語の可能性があります（用語集にない言葉です）。「${p.word}」は予算や会計の費目の名前で、何のお金で誰が払うのかが企業には分かりません。`,
    (p) =>
      `Possibly municipal jargon (not in the glossary): 「${p.word}」 is a budget or accounting item; a company cannot tell what the money is for or who pays.`,
  ),
  moneyFix: fixed(
    '「〜のために市が払うお金」のように、何のお金かを言葉で添えてください。',
    'Add in words what the money is for, e.g. 「〜のために市が払うお金」.',
  ),
  loanword: message(
    ['word'],
    (p) =>
      `企業の読み手には分かりにくい行政用語の可能性があります（用語集にない言葉です）。「${p.word}」は一般にはなじみの薄いカタカナ語で、読み手によって意味の取り方が変わります。`,
    (p) =>
      `Possibly municipal jargon (not in the glossary): 「${p.word}」 is an uncommon katakana word that readers take in different ways.`,
  ),
  loanwordFix: fixed(
    '日本語で言い換えるか、「〜（〜のこと）」のように最初に一度だけ説明を添えてください。',
    'Say it in Japanese, or explain it once where it first appears, e.g. 「〜（〜のこと）」.',
  ),
  longCompound: message(
    ['word'],
    (p) =>
      `企業の読み手には分かりにくい行政用語の可能性があります（用語集にない言葉です）。「${p.word}」は言葉をいくつもつなげた名前で、企業の担当者は調べても意味にたどり着けません。`,
    (p) =>
      `Possibly municipal jargon (not in the glossary): 「${p.word}」 is a name of several words run together; a company reader cannot look up what it means.`,
  ),
  longCompoundFix: fixed(
    '「〜のための〜」のように助詞を入れてほどくか、最初に一度だけ説明を添えてください。',
    'Break it up with particles (「〜のための〜」), or explain it once where it first appears.',
  ),
  rareWord: message(
    ['word'],
    (p) =>
      `企業の読み手には分かりにくい行政用語の可能性があります（用語集にない言葉です）。「${p.word}」は役所の文書で使われる硬い言葉で、企業の担当者には意味が取りにくい言葉です。`,
    (p) =>
      `Possibly municipal jargon (not in the glossary): 「${p.word}」 is a stiff word from official documents that a company reader will find hard to follow.`,
  ),
  rareWordFix: fixed(
    '日常の言葉で言い換えるか、「〜（〜のこと）」のように最初に一度だけ説明を添えてください。',
    'Use an everyday word, or explain it once where it first appears, e.g. 「〜（〜のこと）」.',
  ),
  hedgedPromise: message(
    ['phrase'],
    (p) =>
      `「${p.phrase}」は議会答弁の言い回しで、まだ何も決まっていないことを表します（用語集にない言い方です）。企業はこれを約束と読み違えます。`,
    (p) =>
      `「${p.phrase}」 is council-answer phrasing: nothing is decided yet (not in the glossary). Companies misread it as a promise.`,
  ),
  hedgedPromiseFix: fixed(
    '「現時点では未定。〇月までに〇〇を判断する」のように、決まっていることと決まっていないことを分けて書いてください。',
    'Say what is decided and what is not, e.g. 「現時点では未定。〇月までに〇〇を判断する」.',
  ),
};

export const vaguePhraseMessages = {
  explanation: fixed(
    '「一定の」「適宜」「必要に応じて」のように、数値・条件・具体例が入るべき所をぼかす言い回しを見つけます。企業は条件が分からないと見積もれません。',
    'Finds phrases such as 「一定の」, 「適宜」 and 「必要に応じて」 that blur where a number, a condition or an example belongs. Without the conditions a company cannot estimate.',
  ),
  vague: message(
    ['term', 'meaning', 'view'],
    (p) => `「${p.term}」${orEmpty(p.meaning, (v) => `（${v}）`)}はあいまいな表現です。${p.view}`,
    (p) =>
      `「${p.term}」${orEmpty(p.meaning, (v) => ` (「${v}」)`)} is vague.${orEmpty(p.view, (v) => ` ${v}`)}`,
  ),
};
