import { describe, expect, it } from 'vitest';
import { politeForm } from './humbleEndings';
import { glossaryMatcher } from './matcher';
import { isFootnoteLine } from './ownNotes';
import { POLITE_ENDINGS_RULE } from './politeEndings';
import { rewriteForCompany } from './rewrite';

/** The rewrite of a short です・ます text, and what a second rewrite of it changes. */
function twice(text: string) {
  const once = rewriteForCompany(text);
  return { ...once, second: rewriteForCompany(once.rewritten).changes };
}

describe('politeForm: each humble ending in plain 丁寧語, tense and negation kept', () => {
  it.each([
    ['窓口を開けております。', '窓口を開けています。'],
    ['まだ届いておりません。', 'まだ届いていません。'],
    ['前から使っておりました。', '前から使っていました。'],
    ['住んでおります。', '住んでいます。'],
    ['この点が課題でございます。', 'この点が課題です。'],
    ['昨年は雨でございました。', '昨年は雨でした。'],
    ['その予定はございません。', 'その予定はありません。'],
    ['候補地は駅の北にございます。', '候補地は駅の北にあります。'],
    ['例は少なくございません。', '例は少なくありません。'],
    ['そのように考えてございません。', 'そのように考えていません。'],
    ['説明会を開催いたします。', '説明会を開催します。'],
    ['説明会を開催いたしました。', '説明会を開催しました。'],
    ['理由といたしましては、二つあります。', '理由としましては、二つあります。'],
    ['窓口を広げてまいります。', '窓口を広げていきます。'],
    ['窓口を広げてまいりたいと考えております。', '窓口を広げていきたいと考えています。'],
    ['これまで窓口を広げてまいりました。', 'これまで窓口を広げてきました。'],
    ['以上、お答え申し上げます。', '以上、お答えします。'],
    ['一概には申し上げられません。', '一概には言えません。'],
    ['先ほども申し上げました。', '先ほども述べました。'],
    ['ご理解いただけるものと存じます。', 'ご理解いただけるものと思います。'],
    ['見直しを進めたく存じます。', '見直しを進めたいと思います。'],
    ['その件は存じております。', 'その件は知っています。'],
    ['以上で答弁とさせていただきます。', '以上で答弁とします。'],
    ['次の課題とさせていただきたいと存じます。', '次の課題としたいと思います。'],
  ])('%s → %s', (humble, plain) => {
    expect(politeForm(humble)).toBe(plain);
  });

  it.each([
    '致命的な欠陥はない。',
    '御座所の跡が残る。',
    '国の将来に思いをいたします。',
    'ありがとうございます。',
    'ご存じのとおりです。',
    '駅前へまいります。',
  ])('leaves %s as it is (no humble ending, or いたす in its own sense)', (text) => {
    expect(politeForm(text)).toBe(text);
  });
});

describe('rewriteForCompany, a council answer in humble endings', () => {
  it('says each ending plainly as a change of its own, and a second rewrite changes nothing', () => {
    const text = 'お答えいたします。本市では、窓口を広げております。今後も相談の機会を増やしてまいります。';
    const { rewritten, changes, second } = twice(text);
    expect(rewritten).toBe(
      'お答えします。本市では、窓口を広げています。今後も相談の機会を増やしていきます。',
    );
    expect(changes.map((c) => [c.before, c.after, c.rule])).toEqual([
      ['いたします', 'します', POLITE_ENDINGS_RULE],
      ['ております', 'ています', POLITE_ENDINGS_RULE],
      ['てまいります', 'ていきます', POLITE_ENDINGS_RULE],
    ]);
    expect(second).toEqual([]);
  });

  it('keeps quoted speech as it was said, and a heading as written', () => {
    const text =
      '■ これまで取り組んでまいりました事業\n相談者からは「大変助かっております」との声が届いております。';
    const { rewritten, second } = twice(text);
    expect(rewritten).toBe(
      '■ これまで取り組んでまいりました事業\n相談者からは「大変助かっております」との声が届いています。',
    );
    expect(second).toEqual([]);
  });

  it('says a verb that modifies a noun in its plain form (受理いたしました件数 → 受理した件数)', () => {
    const { rewritten } = twice('令和6年度に本市が受理いたしました件数は120件でございます。');
    expect(rewritten).toBe('令和6年度に本市が受理した件数は120件です。');
  });

  it('leaves a である text’s endings to the mixed-style rule', () => {
    const text = '本市は窓口を広げている。相談は増えている。国の動向を見守っている。';
    expect(rewriteForCompany(text).changes.filter((c) => c.rule === POLITE_ENDINGS_RULE)).toEqual([]);
  });

  it('quotes a council phrase in its note as the text now says it, and settles', () => {
    const text = '来年度の実施については、検討してまいります。';
    const { rewritten, second } = twice(text);
    expect(rewritten).toContain('検討していきます。');
    expect(rewritten).toContain('「検討していきます」とは、');
    expect(rewritten).not.toContain('まいります');
    expect(second).toEqual([]);
  });

  it('knows the ※ line on a phrase quoted in its plain ending as its own note', () => {
    const matcher = glossaryMatcher();
    expect(isFootnoteLine('※「検討していきます」：これから考える（結論は未定）', matcher)).toBe(true);
    expect(isFootnoteLine('※「工事は3月に終わります」：市の見込み', matcher)).toBe(false);
  });
});
