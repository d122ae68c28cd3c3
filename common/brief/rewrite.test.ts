import { describe, expect, it } from 'vitest';
import { rewriteForCompany } from './rewrite';
import { BLOCK_BREAK_RULE } from './sectionNotes';
import { testEntry } from './glossaryEntry.testkit';
import type { GlossaryEntry } from './types';

const entry = testEntry;

describe('rewriteForCompany, a term reworded by a change that won', () => {
  it('explains what is left of it (平準化), not the phrase no longer in the text (平準化を図る)', () => {
    const { rewritten } = rewriteForCompany('運賃は、近隣市の路線との平準化を図ること。');
    expect(rewritten).toContain('と平準化すること。');
    expect(rewritten).toMatch(/平準化とは、[^。]+。/u);
    expect(rewritten).not.toContain('平準化を図るとは');
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });
});

describe('rewriteForCompany, a term the pen marks again where it heads a longer compound', () => {
  it('explains the term once, at its first use, and leaves the rewritten text as it is', () => {
    // The pen marks 保留地処分金 (a new word); the rewrite's explanation of 保留地 is already there.
    const text =
      '保留地を売って事業費に充てる。保留地内の道路と保留地処分金の額を、事業計画に示す。保留地処分金は基金に積み立てる。';
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten.match(/（保留地）|保留地：/gu)).toHaveLength(1);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });
});

describe('rewriteForCompany, a term a rewording makes', () => {
  it('explains a glossary term that only the rewording spells (における → の), once', () => {
    // Long enough that explanations go after the sentence instead of inline.
    const text =
      '本市は、人口減少と高齢化が進む既存集落の維持と活性化のため、市街化調整区域における地区計画の運用基準を令和8年度までに見直す。';
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten).toContain('市街化調整区域の地区計画の運用基準');
    // Three notes in one section: ※ lines at its end.
    expect(rewritten).toMatch(/\n※市街化調整区域の地区計画：[^\n]+$/u);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });
});

describe('rewriteForCompany, a council-answer phrase that commits to nothing', () => {
  it('says plainly what it means in a sentence after its sentence, once, and stays put', () => {
    const text = '今後とも、国の動向を注視してまいります。引き続き、国の動向を注視します。';
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten).toBe(
      '今後とも、国の動向を注視していきます。「国の動向を注視」とは、国の動きを見てから決めるという意味です。引き続き、国の動向を注視します。',
    );
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });
});

describe('rewriteForCompany, an abbreviation used before its full form', () => {
  it('writes the full form first: inline in a short sentence', () => {
    const { rewritten } = rewriteForCompany('宅建業者と協定を結ぶ。');
    expect(rewritten).toBe('宅地建物取引業者（宅建業者）と協定を結ぶ。');
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });

  it('in a sentence of its own before a sentence the full form would make too long', () => {
    const text =
      '空き家バンクの登録件数の伸び悩みを踏まえ、宅建業者との連携の在り方について、他市の事例を参考にしながら検討を進める。';
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten.startsWith('宅地建物取引業者を宅建業者という。空き家バンクの')).toBe(true);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });

  it('puts the full form on a line of its own before a long bullet line with no 。', () => {
    const text =
      '・空き家バンクの登録件数の伸び悩みを踏まえた宅建業者との連携の在り方と他市の事例を参考にした検討の進め方\n以上。';
    const { rewritten } = rewriteForCompany(text);
    const lines = rewritten.split('\n');
    expect(lines[0]).toBe('宅地建物取引業者を宅建業者という。');
    // The bullet line stays as written: a term at its start is explained after it, as in any long line.
    expect(lines[1]).toBe(text.split('\n')[0]);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });

  it('leaves an abbreviation alone when its full form is the same word (X（X） says nothing)', () => {
    const same: GlossaryEntry = {
      ...entry('指定管理団体', '施設の管理を任された団体'),
      full: '指定管理団体',
    };
    const { rewritten } = rewriteForCompany('指定管理団体が運営する。', { userGlossary: [same] });
    expect(rewritten).not.toContain('指定管理団体（指定管理団体）');
  });
});

describe('rewriteForCompany, a change that wins over a register fix it overlaps', () => {
  it('carries the register fix past its own end (指導を行って|おります → 指導している)', () => {
    const text = '相談件数は年々増えている。窓口は平日に開いている。所有者への助言・指導を行っております。';
    const { rewritten, changes } = rewriteForCompany(text);
    expect(rewritten).toBe(
      '相談件数は年々増えている。窓口は平日に開いている。所有者への助言・指導している。',
    );
    expect(changes).toHaveLength(1);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });
});

describe('rewriteForCompany, where a section’s only explanation sentence goes', () => {
  // Long enough that its one term (書類審査) is explained after it instead of inline.
  const long =
    '提案内容は書類審査で選び、選ばれた提案は担当課と細かな条件を話し合ったうえで、来年の春から市内の各地域で順番に試していく予定である。';
  const note = '書類審査とは、提出書類による審査のことである。';

  it('after the sentences that point back at the long one (また、 このため、), so they still follow it', () => {
    const text = `${long}また、審査の結果は全員に通知する。このため、連絡先を必ず書くこと。本市は会場を用意する。`;
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten).toBe(
      `${long}また、審査の結果は全員に通知する。このため、連絡先を必ず書くこと。${note}本市は会場を用意する。`,
    );
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });

  it('right after the long sentence when the next one starts afresh', () => {
    const { rewritten } = rewriteForCompany(`${long}本市は会場を用意する。`);
    expect(rewritten).toBe(`${long}${note}本市は会場を用意する。`);
  });
});

describe('rewriteForCompany, a section that would get several explanation sentences', () => {
  const long =
    '提案内容は書類審査及び評価検証を経て採否を決定し、採択された提案は予算を計上の上、協定締結に向けて協議を行う。';
  const footnotes = [
    '※書類審査：提出書類による審査',
    '※評価検証：結果を評価して確かめること',
    '※計上：予算に入れること',
    '※協定締結：協定を結ぶこと',
  ];

  it('gets them as ※ lines at its end, before the next heading, in reading order', () => {
    const text = `【審査】\n${long}本市は会場を用意する。\n【その他】\n詳細は別途示す。`;
    const { rewritten, changes } = rewriteForCompany(text);
    expect(rewritten).toBe(
      `【審査】\n提案内容は書類審査及び評価検証を経て採否を決定し、採択された提案は予算を計上の上、協定締結に向けて協議する。本市は会場を用意する。\n${footnotes.join('\n')}\n【その他】\n詳細は別途示す。`,
    );
    // Each ※ line is a change of its own: rejecting one leaves the others whole.
    const lines = changes.filter((c) => c.after.startsWith('\n※'));
    expect(lines.map((c) => c.after.slice(1))).toEqual(footnotes);
    expect(new Set(lines.map((c) => c.start))).toEqual(new Set([text.indexOf('\n【その他】')]));
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });

  it('puts them at the end of the text when no heading follows, and a blank line ends a section too', () => {
    const text = `${long}\n\n本市は会場を用意する。\n`;
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten).toMatch(
      /協議する。\n※書類審査：[^\n]+\n(?:※[^\n]+\n){2}※協定締結：[^\n]+\n\n本市は会場を用意する。\n$/u,
    );
    expect(rewriteForCompany(`${long}本市は会場を用意する。`).rewritten).toMatch(
      /本市は会場を用意する。\n※書類審査：.*\n※協定締結：協定を結ぶこと$/su,
    );
  });

  it('ends a block after each sentence when it would get more than MAX_FOOTNOTE_LINES ※ lines', () => {
    const more = '本事業は滞在型観光と域内循環と磨き上げを進める。';
    const text = `【審査】\n${long}${more}\n【その他】\n詳細は別途示す。`;
    const { rewritten, changes } = rewriteForCompany(text);
    expect(rewritten).toBe(
      `【審査】\n提案内容は書類審査及び評価検証を経て採否を決定し、採択された提案は予算を計上の上、協定締結に向けて協議する。\n${footnotes.join(
        '\n',
      )}\n${more}\n※滞在型観光：泊まって長く過ごす観光\n※域内循環：地域の中でお金が回ること\n※磨き上げ：魅力ある商品に仕上げること\n【その他】\n詳細は別途示す。`,
    );
    // The ※ lines inside the line come after a line break of their own (decideChange ties them).
    expect(changes.filter((c) => c.rule === BLOCK_BREAK_RULE)).toHaveLength(1);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
    // Five or fewer stay together at the block's end.
    const few = rewriteForCompany(`【審査】\n${long}本事業は域内循環を進める。`).rewritten;
    expect(few).toMatch(/協議する。本事業は[^\n]+を進める。\n※書類審査：/u);
  });

  it('keeps a council-answer phrase’s note after its sentence unless three follow that sentence', () => {
    const one = rewriteForCompany(`${long}本市は国の動向を注視してまいります。`).rewritten;
    expect(one).toMatch(
      /注視してまいります。「国の動向を注視」とは、[^。]+という意味(?:です|である)。\n※書類審査：/u,
    );
    // A sentence that turns to the next point (今後とも、) starts a block: the ※ lines go before it.
    const turned = rewriteForCompany(`${long}今後とも、国の動向を注視してまいります。`).rewritten;
    expect(turned).toMatch(
      /協議する。\n※書類審査：[^\n]+\n(?:※[^\n]+\n){3}今後とも、国の動向を注視してまいります。「/u,
    );
    expect(rewriteForCompany(turned).changes).toEqual([]);
    const three = rewriteForCompany(
      '国の動向を注視しつつ、費用対効果を見極め、導入の是非を研究してまいります。以上です。',
    ).rewritten;
    expect(three).not.toContain('」とは、');
    expect(three).toMatch(/^[^※]*以上です。(?:\n※「[^」]+」：[^\n]+){3,}$/u);
    expect(rewriteForCompany(three).changes).toEqual([]);
  });
});

describe('rewriteForCompany, a council phrase another change rewords', () => {
  it.each([
    ['本事業は、国の責任において実施する。', '国の責任で'],
    ['現時点での実施は難しいものと考えております。', '難しいと考えています'],
  ])('explains what the text says after the rewording, once (%s)', (text, left) => {
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten.match(/「[^」]+」とは、/gu)).toEqual([`「${left}」とは、`]);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });
});

describe('rewriteForCompany, a word change that leaves a form another rule rewrites', () => {
  it('makes the second fix inside the first (との連携を図ることとする → と連携する)', () => {
    const text = '提案内容によっては、県との連携を図ることとする。';
    const { rewritten, changes } = rewriteForCompany(text);
    expect(rewritten).toBe('提案内容によっては、県と連携する。');
    expect(changes).toEqual([
      { start: 11, end: 23, before: 'との連携を図ることとする', after: 'と連携する', rule: 'redundant' },
    ]);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });

  it('makes a passive active when a register fix brings it out (見込まれております)', () => {
    const text = '窓口は平日のみ開いている。今後30年間で約410億円の更新投資が見込まれております。';
    const { rewritten, changes } = rewriteForCompany(text);
    expect(rewritten).toBe(
      '窓口は平日のみ開いている。今後30年間で【要記入：主語】が約410億円の更新投資を見込んでいる。',
    );
    expect(changes.map((c) => c.rule)).toEqual(['passive-hedge']);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });
});

describe('rewriteForCompany, the doer a passive hides', () => {
  it('puts the gap where a subject goes, before the object (【要記入：主語】が機能強化を図る)', () => {
    // Written for this test: objects of a サ変 noun and of a verb, after a clause, a topic and a time.
    const cases: [string, string][] = [
      // 機能強化を図る is then plain 機能強化する (the redundant rule's fix, made in the same change).
      ['高齢化に伴い、機能強化が図られる。', '高齢化に伴い、【要記入：主語】が機能強化する。'],
      ['今後は計画の見直しが検討されている。', '今後は【要記入：主語】が計画の見直しを検討している。'],
      ['新制度への移行が予定されている。', '【要記入：主語】が新制度への移行を予定している。'],
    ];
    for (const [text, want] of cases) {
      const { rewritten } = rewriteForCompany(text);
      expect(rewritten, text).toBe(want);
      expect(rewriteForCompany(rewritten).changes, text).toEqual([]);
    }
  });

  it('makes a term explained in place and the passive after it one change, the gap before both', () => {
    const text = '高齢化に伴い、地域包括支援センターの機能強化が図られる。';
    const { rewritten, changes } = rewriteForCompany(text);
    expect(rewritten).toMatch(
      /^高齢化に伴い、【要記入：主語】が[^。]+（地域包括支援センター）の機能強化を図る。$/u,
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]!.before).toBe('地域包括支援センターの機能強化が図られる');
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });

  it('leaves the gap before the verb where the object has a modifier or a topic (新たな体制, 計画は)', () => {
    expect(rewriteForCompany('新たな体制の強化が図られる。').rewritten).toBe(
      '新たな体制の強化を【要記入：主語】が図る。',
    );
    expect(rewriteForCompany('計画は策定された。').rewritten).toBe('計画は【要記入：主語】が策定した。');
  });
});

describe('rewriteForCompany, a heading whose term its section explains', () => {
  it('keeps the heading’s words when the section explains the term or a word of it (explained once)', () => {
    // Written for this test: a plan's heading and the section under it, which says 施策 again.
    const text = '第３章　施策の展開\n\n本市では、各種施策を推進する。';
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten.split('\n')[0]).toBe('第３章　施策の展開');
    expect(rewritten).toMatch(/施策（施策：[^）]+）/u);
    // Headings stacked under it are in its section (a plan's 第４章 / 基本目標２ / 施策２－１).
    const stacked =
      '第４章 施策の展開\n\n基本目標２ 支え合うまち\n\n施策２－１ 各種施策の推進\n本市は、移動の手段を増やす。';
    const once = rewriteForCompany(stacked).rewritten;
    expect(once.split('\n')[0]).toBe('第４章 施策の展開');
    // Explained once, on the stacked heading's line (at 施策２－１ or at 各種施策: either reads well).
    expect(once.match(/施策（/gu)).toHaveLength(1);
    expect(once.split('\n').find((line) => line.includes('施策（'))).toMatch(/^施策２－１ /u);
    // A heading whose section says nothing of it is still explained in place.
    expect(
      rewriteForCompany('第３章　施策の展開\n\n本市は、移動の手段を増やす。').rewritten.split('\n')[0],
    ).not.toBe('第３章　施策の展開');
  });
});

describe('rewriteForCompany, a term beside or inside brackets', () => {
  it('explains a term followed by a bracket after its line, not in a second bracket (計画（…）（第3期）)', () => {
    const { rewritten } = rewriteForCompany('北川市地域強靱化計画（第3期）の概要\n本市は災害に備える。');
    expect(rewritten.split('\n')[0]).toBe('北川市地域強靱化計画（第3期）の概要');
    expect(rewritten.split('\n')[1]).toMatch(/^地域強靱化計画とは、/u);
  });

  it('explains a term inside brackets after its line, not in a bracket inside them', () => {
    const { rewritten } = rewriteForCompany(
      '【予算】上限100万円（令和9年度一般会計の予算で行う。）\n本市は災害に備える。',
    );
    expect(rewritten.split('\n')[0]).toBe('【予算】上限100万円（令和9年度一般会計の予算で行う。）');
    expect(rewritten.split('\n')[1]).toMatch(/^一般会計とは、/u);
  });

  it('still explains a term in a sentence in place', () => {
    expect(rewriteForCompany('本市は地域強靱化計画を改定する。').rewritten).toContain('（地域強靱化計画）');
  });
});

describe('rewriteForCompany, the doer’s gap of a passive in a list', () => {
  it('stays before the verb where moving it would split a list (約620万羽、豚約38万頭が飼養され)', () => {
    const { rewritten } = rewriteForCompany('本県では採卵鶏約620万羽、豚約38万頭が飼養されている。');
    expect(rewritten).toBe('本県では採卵鶏約620万羽、豚約38万頭を【要記入：主語】が飼養している。');
  });

  it('still moves before an object after a clause (そのため、利用者数の増加が見込まれる)', () => {
    const { rewritten } = rewriteForCompany('そのため、利用者数の増加が見込まれる。');
    expect(rewritten).toContain('そのため、【要記入：主語】が利用者数の増加を見込む。');
  });
});
