import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';

const fixed = (text: string, term: string) => {
  const f = analyzeText(text, { rules: ['jargon'] }).find((x) => x.text === term);
  expect(f?.fix, term).toBeDefined();
  return applyFix(text, f!);
};

describe('jargon fixes fit their grammatical slot', () => {
  it('explains an adverbial 的 word after it instead of replacing it (全庁的に)', () => {
    const out = fixed('全庁的に地域課題を洗い出す。', '全庁的');
    expect(out).toMatch(/^全庁的（[^）]+）に地域課題を洗い出す。$/);
    expect(out).not.toContain('（全庁的）に');
  });

  it('explains a term inside a compound after the whole compound (普及啓発事業)', () => {
    const out = fixed('普及啓発事業を委託する。', '普及啓発');
    expect(out).toMatch(/^普及啓発事業（普及啓発：[^）]+）を委託する。$/);
  });

  it('never cuts 所管横断型 or doubles 方式 in 公募型プロポーザル方式', () => {
    expect(fixed('所管横断型の体制を作る。', '所管横断')).toMatch(/^所管横断型（所管横断：[^）]+）の体制/);
    const out = fixed('公募型プロポーザル方式で選ぶ。', '公募型プロポーザル方式');
    expect(out).toMatch(/（公募型プロポーザル方式）で選ぶ。$/);
    expect(out).not.toMatch(/方式（[^）]*）方式/);
  });

  it('takes an item’s bullet for no part of the word (・交通空白地域における…)', () => {
    const text = '・交通空白地域における住民の外出機会の確保\n・介護・福祉人材の確保';
    const f = analyzeText(text, { rules: ['jargon'] }).find((x) => x.text === '交通空白地域');
    // A whole word in a noun slot: replaced in place, the bullet kept before it.
    expect(f?.suggestion).toBe('バスや鉄道が使えない地域（交通空白地域）');
    expect(applyFix(text, f!)).toMatch(/^・バスや鉄道が使えない地域（交通空白地域）における/u);
  });

  it('never puts a note inside a number (繰出金3,200万円)', () => {
    const out = fixed('令和9年度繰出金3,200万円を充てる。', '繰出金');
    expect(out).toContain('3,200万円を充てる。');
    expect(out).toMatch(/繰出金（[^）]+）3,200万円/);
  });

  it('stops a compound at a conjunction written with a kanji (総合評価及びヒアリング)', () => {
    expect(fixed('総合評価及びヒアリングにより選定する。', '総合評価')).toMatch(
      /^総合評価（[^）]+）及びヒアリングにより選定する。$/,
    );
    expect(fixed('提案内容の整合性又は継続性を評価する。', '整合性')).toMatch(
      /^提案内容の整合性（[^）]+）又は継続性/,
    );
  });

  it('keeps an ordinal with its compound in the suggestion (第6次総合計画後期基本計画)', () => {
    const f = analyzeText('第6次総合計画後期基本計画に位置付ける。', { rules: ['jargon'] }).find(
      (x) => x.text === '後期基本計画',
    );
    expect(f?.suggestion).toMatch(/^第6次総合計画後期基本計画（後期基本計画：[^）]+）$/);
    expect(applyFix('第6次総合計画後期基本計画に位置付ける。', f!)).toMatch(/^第6次総合計画後期基本計画（/);
  });

  it('replaces a whole noun in a noun slot with 言い換え（用語）', () => {
    expect(fixed('随意契約で発注する。', '随意契約')).toBe(
      '競争入札をせずに相手を選ぶ契約（随意契約）で発注する。',
    );
  });

  it('replaces in place when the wording ends in a noun made of a verb stem (…仕組み, …決まり)', () => {
    expect(fixed('繰越明許費として計上する。', '繰越明許費')).toBe(
      '年度内に終わらない事業費を翌年度に繰り越す仕組み（繰越明許費）として計上する。',
    );
    expect(fixed('交付要綱に従う。', '交付要綱')).toBe(
      '補助金の条件や手続を定めた決まり（交付要綱）に従う。',
    );
  });

  it('does not give a verb phrase the object the term had (予算を計上, 意識の醸成)', () => {
    expect(fixed('予算を計上する。', '計上')).toBe('予算を計上（予算に入れること）する。');
    expect(fixed('意識の醸成に努める。', '醸成')).toBe('意識の醸成（少しずつ育てること）に努める。');
  });

  it('treats its own notes as explanations, so a second pass finds nothing new', () => {
    const once = fixed('協定締結に向けて協議する。', '協定締結');
    expect(analyzeText(once, { rules: ['jargon'] })).toEqual([]);
  });

  it('does not take a label in parentheses for an explanation (計画（改訂版）)', () => {
    const found = analyzeText('公共施設等総合管理計画（改訂版）を公表した。', { rules: ['jargon'] });
    expect(found.map((f) => f.text)).toEqual(['公共施設等総合管理計画']);
  });

  it('tells plainly that council-answer phrases commit to nothing', () => {
    const [f] = analyzeText('市場の動向を注視してまいります。', { rules: ['jargon'] });
    expect(f?.text).toBe('動向を注視');
    expect(f?.message).toContain('議会答弁の言い回し');
    expect(f?.fix).toBeUndefined();
  });
});
