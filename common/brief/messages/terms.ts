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
  firstUse: message(
    ['term', 'full', 'why'],
    (p) => `「${p.term}」は略語です。初めて使う所では正式名称「${p.full}」を書きましょう。${p.why}。`,
    (p) =>
      `「${p.term}」 is an abbreviation. Write the full name 「${p.full}」 where it first appears.${orEmpty(p.why, (v) => ` For a company: 「${v}」.`)}`,
  ),
};

export const kanjiCompoundMessages = {
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
};

/** The unlisted-jargon rule: one message and one suggestion per shape the model saw. */
export const unlistedJargonMessages = {
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
  vague: message(
    ['term', 'meaning', 'view'],
    (p) => `「${p.term}」${orEmpty(p.meaning, (v) => `（${v}）`)}はあいまいな表現です。${p.view}`,
    (p) =>
      `「${p.term}」${orEmpty(p.meaning, (v) => ` (「${v}」)`)} is vague.${orEmpty(p.view, (v) => ` ${v}`)}`,
  ),
};
