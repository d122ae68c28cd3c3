/** What the style rules say: sentence length, 「等」, roundabout forms, double negatives, style, order. */
import { fixed, message } from './message';

export const sentenceLengthMessages = {
  explanation: fixed(
    '60文字を超える文を見つけます（公用文作成の考え方：一文を短くする）。「〜ており、」「〜であり、」など切れ目があれば、そこで2文に分ける修正を、文書の文体（です・ます／である）に合わせて提案します。見出し・表は対象外です。',
    "Finds sentences over 60 characters (「公用文作成の考え方」: keep sentences short). Where there is a seam such as 「〜ており、」 or 「〜であり、」, it proposes splitting there into two sentences in the document's style (「です・ます」 or 「である」). Headings and tables are left alone.",
  ),
  tooLong: message(
    ['length', 'limit'],
    (p) =>
      `1文が${p.length}文字あります（目安は${p.limit}文字以内）。長い文は企業の担当者が読み違えやすく、要点が伝わりません。`,
    (p) =>
      `This sentence has ${p.length} characters (aim for ${p.limit} or fewer). Company readers misread long sentences and miss the point.`,
  ),
  cutAt: message(
    ['seam', 'replacement'],
    (p) => `「${p.seam}」を「${p.replacement}」にして2文に分けましょう。`,
    (p) => `Change 「${p.seam}」 to 「${p.replacement}」 to make two sentences.`,
  ),
  split: fixed(
    '言いたいことを1文に1つにして、2〜3文に分けましょう。',
    'Make one point per sentence: split it into two or three.',
  ),
};

export const vagueTouMessages = {
  explanation: fixed(
    '具体例を挙げずに使った「等」「など」を見つけます（公用文作成の考え方：「等」を使うときは具体例を示す）。企業は対象の範囲が分からないと、提案の規模も費用も見積もれません。',
    'Finds 「等」 and 「など」 used without examples (「公用文作成の考え方」: give examples with 「等」). A company that cannot tell the scope cannot estimate the size or the cost of a proposal.',
  ),
  noExample: message(
    ['word', 'shown'],
    (p) =>
      `「${p.word}」の前に具体例がありません。企業には「${p.shown}」以外に何が含まれるのか分かりません。`,
    (p) =>
      `No examples before 「${p.word}」: a company cannot tell what else besides 「${p.shown}」 is included.`,
  ),
  giveExamples: message(
    ['word', 'shown'],
    (p) =>
      `「${p.shown}（例：〇〇、〇〇）」のように具体例を挙げるか、含まれるものが他になければ「${p.word}」を削りましょう。`,
    (p) =>
      `Give examples, as in 「${p.shown}（例：〇〇、〇〇）」, or drop 「${p.word}」 if nothing else is included.`,
  ),
};

export const redundantMessages = {
  explanation: fixed(
    '回りくどい表現・重なった言葉を見つけて、短い形に直します（することができる→できる、調査を実施した→調査した、説明を行う→説明する、ことが可能である→できる、という形で→で）。文が短くなり、誰が何をするのかがはっきりします。',
    'Finds roundabout and doubled wording and shortens it (「することができる」 → 「できる」, 「調査を実施した」 → 「調査した」, 「説明を行う」 → 「説明する」, 「ことが可能である」 → 「できる」, 「という形で」 → 「で」). Sentences get shorter and say who does what.',
  ),
  roundabout: message(
    ['why'],
    (p) => `回りくどい表現です。${p.why}`,
    (p) => `Roundabout wording. ${p.why}`,
  ),
  verbForm: fixed(
    '「〜を〇〇する」「〜と〇〇する」の形に言い換えましょう（例：関係課との調整を行う→関係課と調整する）。',
    'Rephrase it as 「〜を〇〇する」 or 「〜と〇〇する」 (e.g. 「関係課との調整を行う」 → 「関係課と調整する」).',
  ),
  canDo: fixed(
    '「することができる」は「できる」で足ります。',
    '「することができる」 can simply be 「できる」.',
  ),
  possible: fixed(
    '「〜することが可能である」は「〜できる」で足ります。',
    '「〜することが可能である」 can simply be 「〜できる」.',
  ),
  jisshi: fixed(
    '「〜を実施する」は「〜する」で足ります（調査を実施した→調査した）。',
    '「〜を実施する」 can simply be 「〜する」 (「調査を実施した」 → 「調査した」).',
  ),
  okonau: fixed(
    '「〜を行う」は「〜する」で足ります（説明を行う→説明する）。',
    '「〜を行う」 can simply be 「〜する」 (「説明を行う」 → 「説明する」).',
  ),
  hakaru: fixed(
    '「〜を図る」は何をするのかがぼやけます（連携を図る→連携する）。',
    '「〜を図る」 blurs what is actually done (「連携を図る」 → 「連携する」).',
  ),
  katachi: fixed('「〜という形で」は「〜で」で足ります。', '「〜という形で」 can simply be 「〜で」.'),
  houkou: fixed(
    '「〜の方向で検討」は「〜を検討」で足ります。',
    '「〜の方向で検討」 can simply be 「〜を検討」.',
  ),
  kotoToSuru: fixed(
    '「〜することとする」は「〜する」で足ります。',
    '「〜することとする」 can simply be 「〜する」.',
  ),
  itadaku: fixed(
    '「〜させていただく」は丁寧すぎて回りくどくなります。',
    '「〜させていただく」 is overly polite and roundabout.',
  ),
  niOite: fixed(
    '「において」「における」は硬い表現です。「で」「の」で足ります（本市においては→本市では）。',
    '「において」 and 「における」 are stiff; 「で」 and 「の」 will do (「本市においては」 → 「本市では」).',
  ),
  yakuTeido: fixed('「約」と「程度」は意味が重なります。', '「約」 and 「程度」 say the same thing twice.'),
  doubled: fixed('意味が重なる言葉（重言）です。', 'The words repeat each other’s meaning.'),
};

export const doubleNegativeMessages = {
  explanation: fixed(
    '二重否定（ないわけではない、なくはない、ざるを得ない など）を見つけます。否定を重ねると、市が実際にするのかしないのかが企業に伝わりません。肯定形で言い切ります。',
    'Finds double negatives (「ないわけではない」, 「なくはない」, 「ざるを得ない」 …). Stacked negatives hide whether the city will actually do it; the fix says it positively.',
  ),
  doubleNegative: message(
    ['advice'],
    (p) => `二重否定です。企業には「するのか、しないのか」が伝わりません。${p.advice}`,
    (p) => `A double negative: a company cannot tell whether it will be done or not. ${p.advice}`,
  ),
  zaru: fixed(
    '「〜ざるを得ない」は「〜する必要がある」と言い切りましょう。',
    'Say 「〜する必要がある」 instead of 「〜ざるを得ない」.',
  ),
  zaruFix: fixed('「〜する必要がある」と言い切りましょう。', 'Say it plainly: 「〜する必要がある」.'),
  partly: fixed(
    '「一部は〜する」「〜の場合もある」と肯定形で書きましょう。',
    'Say it positively: 「一部は〜する」 or 「〜の場合もある」.',
  ),
  can: fixed(
    '「〜できる」「〜の場合もある」と肯定形で書きましょう。',
    'Say it positively: 「〜できる」 or 「〜の場合もある」.',
  ),
  withConditions: fixed(
    '肯定形で、条件があればそれも書きましょう。',
    'Say it positively, with any conditions.',
  ),
  possibly: fixed('「〜の可能性がある」と書きましょう。', 'Write 「〜の可能性がある」.'),
  positive: fixed('肯定形で書きましょう。', 'Say it positively.'),
};

export const mixedStyleMessages = {
  explanation: fixed(
    '「です・ます」と「である・だ」が混ざった文末を見つけ、少ない方の文体を指摘します。企業向けの募集文は、どちらかにそろえると信頼できる文書として読まれます。',
    'Finds sentence endings that mix 「です・ます」 with 「である・だ」 and points out the less used style. A call for proposals in one style reads as a document a company can trust.',
  ),
  mixed: message(
    ['style'],
    (p) =>
      `文末が${p.style}調にそろっていません（この文書は主に${p.style}調です）。文体が混ざると、公式の文書として読みにくくなります。`,
    (p) =>
      `This sentence does not end in the 「${p.style}」 style the document mostly uses. Mixed styles make an official document hard to read.`,
  ),
  endIn: message(
    ['style'],
    (p) => `文末を${p.style}調に直しましょう。`,
    (p) => `End the sentence in the 「${p.style}」 style.`,
  ),
};

export const conclusionFirstMessages = {
  explanation: fixed(
    '背景の説明（〜に伴い、〜ため、近年…）から始まり、結論（〜したい、〜が課題）が後にくる段落を見つけます（公用文作成の考え方：結論を先に書く）。結論の文を先頭に移す修正を提案します。',
    'Finds paragraphs that open with background (「〜に伴い」, 「〜ため」, 「近年」 …) and end with the conclusion (「〜したい」, 「〜が課題」) (「公用文作成の考え方」: conclusion first), and proposes moving the conclusion to the front.',
  ),
  conclusionLast: fixed(
    '結論が段落の最後にあります。企業の担当者は段落の最初の文で読むかどうかを決めるため、「何をしたいのか」を先に書きましょう。',
    'The conclusion comes last in the paragraph. Company readers decide from the first sentence whether to read on: say first what the city wants.',
  ),
  moveUp: fixed(
    '結論の文を段落の先頭に移し、背景はその後に続けましょう。',
    'Move the conclusion to the start of the paragraph and let the background follow.',
  ),
};

export const runOnListMessages = {
  explanation: fixed(
    '3つ以上の項目を「、」「及び」「や」でつないだ文を見つけ、箇条書きを提案します（公用文作成の考え方：列挙は箇条書きに）。',
    'Finds sentences that join three or more items with 「、」, 「及び」 or 「や」 and proposes a bulleted list (「公用文作成の考え方」: list items as bullets).',
  ),
  packed: message(
    ['count'],
    (p) => `${p.count}つの項目が1文に詰め込まれています。箇条書きにすると、企業が項目を1つずつ確認できます。`,
    (p) =>
      `${p.count} items are packed into one sentence. As a bulleted list, a company can check them one by one.`,
  ),
};

export const passiveHedgeMessages = {
  explanation: fixed(
    '受け身や推量でぼかした表現（〜と考えられる、〜が見込まれる、〜とされている、〜に努める、〜が検討されている）と、約束にならない答弁の言い回し（〜したいと考えております、〜こととなっております、〜しているところです、〜の方向で調整）を見つけます。誰が判断し、誰が何をするのかが分からないと、企業は市の本気度を測れません。',
    'Finds wording hedged with passives or conjecture (「〜と考えられる」, 「〜が見込まれる」, 「〜とされている」, 「〜に努める」, 「〜が検討されている」) and council-answer phrasing that commits to nothing (「〜したいと考えております」, 「〜こととなっております」, 「〜しているところです」, 「〜の方向で調整」). Without knowing who judges and who acts, a company cannot tell how serious the city is.',
  ),
  hedged: message(
    ['advice'],
    (p) => `ぼかした表現です。${p.advice}`,
    (p) => `Hedged wording. ${p.advice}`,
  ),
  mono: fixed('「もの」は不要です。', '「もの」 is not needed.'),
  whoseJudgement: fixed(
    '誰の判断か分かりません。根拠があれば言い切り、市の見解なら「と考える」と書きましょう。',
    'Whose judgement is it? State it if there is evidence; if it is the city’s view, write 「と考える」.',
  ),
  whoseEstimate: fixed(
    '誰の見込みか分かりません。「〜を見込む」と書き、根拠の数字も添えましょう。',
    'Whose estimate is it? Write 「〜を見込む」 and give the figures behind it.',
  ),
  whoRequires: fixed(
    '誰が求めているのか分かりません。「〜が必要である」と書きましょう。',
    'Who requires it? Write 「〜が必要である」.',
  ),
  source: fixed(
    '出典が分かりません。「（出典）によると〜」と根拠を示しましょう。',
    'The source is missing. Cite it: 「（出典）によると〜」.',
  ),
  tsutomeru: fixed(
    '「努める」では何をするのか分かりません。「〜を〇〇する」と言い切りましょう。',
    '「努める」 does not say what will be done. Commit to it: 「〜を〇〇する」.',
  ),
  intention: fixed(
    '「〜したいと考えております」は意向で、約束ではありません。いつまでに何をするかを書き、「〜します」と言い切りましょう。',
    '「〜したいと考えております」 is an intention, not a commitment. Say what will be done by when, and commit with 「〜します」.',
  ),
  decided: fixed(
    '決まったことなのか、誰が決めたのかが分かりません。決定なら「〜します（〇〇で決定）」、未定なら「未定（〇月に決定予定）」と書きましょう。',
    'Is it decided, and by whom? If decided, write 「〜します（〇〇で決定）」; if not, 「未定（〇月に決定予定）」.',
  ),
  needed: fixed(
    '必要と考えるだけでは、市がするのかどうか分かりません。するなら「〜します」、まだなら決める時期を書きましょう。',
    'Thinking it necessary does not say whether the city will do it. If it will, write 「〜します」; if not yet, say when it will decide.',
  ),
  progress: fixed(
    '進み具合が分かりません。何がどこまで済み、いつ終わる見込みかを書きましょう。',
    'Progress is unclear. Say what is done, how far it has got and when it should finish.',
  ),
  undecided: fixed(
    'まだ決まっていません。決まる時期と、決めるのが誰かを書きましょう。',
    'Nothing is decided yet. Say when it will be decided and who decides.',
  ),
  passive: fixed(
    '誰がするのか分かりません。「（誰）が〜する」と能動の形で書きましょう。',
    'Who acts? Use the active voice: 「（誰）が〜する」.',
  ),
};

export const kanjiRatioMessages = {
  explanation: fixed(
    '漢字の割合が50%を超える文を見つけます（公用文作成の考え方：漢字を減らし、複合語を短く）。読みやすい文の漢字は30%前後です。',
    'Finds sentences more than 50% kanji (「公用文作成の考え方」: fewer kanji, shorter compounds). Easy sentences are about 30% kanji.',
  ),
  tooManyKanji: message(
    ['percent'],
    (p) =>
      `この文は漢字が${p.percent}%を占めます（読みやすい文は30%前後）。漢字が続くと企業の担当者は読むのをやめてしまいます。`,
    (p) =>
      `Kanji make up ${p.percent}% of this sentence (easy reading is about 30%). Company readers give up on long runs of kanji.`,
  ),
  fewerKanji: fixed(
    '漢語を和語に（実施する→行う、策定する→作る）、複合語は助詞を入れてほどきましょう。',
    'Use native words for Sino-Japanese ones (「実施する」 → 「行う」, 「策定する」 → 「作る」) and break up compounds with particles.',
  ),
};
