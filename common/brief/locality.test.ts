import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { draftBrief } from './draft';
import { bodyFor, localOptions, localWording, municipalityBody, textBody } from './locality';
import { rewriteForCompany } from './rewrite';

describe('textBody', () => {
  it('finds the body a text names itself by', () => {
    expect(textBody('本町では、空き家が増えている。')).toBe('町');
    expect(textBody('当村の人口は3,000人である。村長が答弁した。')).toBe('村');
    expect(textBody('本区の区民課窓口では、待ち時間が長い。')).toBe('区');
    expect(textBody('本県が管理する河川である。')).toBe('県');
    expect(textBody('本市では、窓口を増やす。')).toBe('市');
  });

  it('finds the body a council answer speaks for (県といたしましては), as a 県 部長 says it', () => {
    // Written for this test (issue 13's walk): a 県's answer never says 本県 or 県庁.
    const answer =
      '県といたしましては、支援センターを設置いたしました。今後とも、市町村と連携してまいります。';
    expect(textBody(answer)).toBe('県');
    expect(textBody('市町村としては、県の方針を待つことになる。本市は窓口を増やす。')).toBe('市');
  });

  it('is 市 when the text names no body, or names places and offices that are not its own', () => {
    expect(textBody('空き家が増えている。')).toBe('市');
    expect(textBody('本町通りの商店街と本町3丁目の空き店舗を活用する。')).toBe('市');
    // 市区町村長 names no 村長; 本市 outweighs a 県知事 it needs a permit from.
    expect(textBody('本籍地の市区町村長が職権で記載する。')).toBe('市');
    expect(textBody('区長文書は地区長が配る。')).toBe('市');
    expect(textBody('本市が申請し、県知事の許可を得る。本市は結果を公表する。')).toBe('市');
  });

  it('does not count the rewrite’s own notes, which quote the glossary’s wordings', () => {
    const notes = '市民ニーズとは、市民が求めることである。\n※市民協働：市民と市が協力すること\n';
    expect(textBody(`本町の施設と市民ニーズの間にかい離がある。${notes}`)).toBe('町');
  });
});

describe('municipalityBody and bodyFor', () => {
  it('read the body from the end of the chosen municipality’s name', () => {
    expect(municipalityBody('北海道 札幌市')).toBe('市');
    expect(municipalityBody('北海道 森町')).toBe('町');
    expect(municipalityBody('長野県 南牧村')).toBe('村');
    expect(municipalityBody('東京都 千代田区')).toBe('区');
    expect(municipalityBody('長野県')).toBe('県');
    expect(municipalityBody('東京都')).toBe('都');
    expect(municipalityBody('北海道')).toBe('道');
    expect(municipalityBody('大阪府')).toBe('府');
    expect(municipalityBody('')).toBeNull();
    expect(municipalityBody(undefined)).toBeNull();
    expect(municipalityBody('〇〇広域連合')).toBeNull();
  });

  it('prefer the chosen municipality, then the text’s own naming, then 市', () => {
    expect(bodyFor('空き家が増えている。', '北海道 森町')).toBe('町');
    expect(bodyFor('本市では、空き家が増えている。', '長野県')).toBe('県');
    expect(bodyFor('本村では、空き家が増えている。', '')).toBe('村');
    expect(bodyFor('空き家が増えている。')).toBe('市');
  });
});

describe('localWording', () => {
  it('says the office, the head and the body of a 町, 村, 区 or 県', () => {
    expect(localWording('市役所の中', '町')).toBe('町役場の中');
    expect(localWording('市役所の中', '村')).toBe('村役場の中');
    expect(localWording('市役所に来る人', '区')).toBe('区役所に来る人');
    expect(localWording('市長が決めた補正予算', '県')).toBe('知事が決めた補正予算');
    expect(localWording('使い道が決まっていない市の自由なお金', '町')).toBe(
      '使い道が決まっていない町の自由なお金',
    );
    expect(localWording('市と企業などが協力すること', '村')).toBe('村と企業などが協力すること');
  });

  it('leaves 都市, 市場, 市町村 and another body’s 市 alone', () => {
    expect(localWording('都市の計画', '町')).toBe('都市の計画');
    expect(localWording('市町村が作る計画', '町')).toBe('市町村が作る計画');
    expect(localWording('市などが開設する地方の卸売市場', '町')).toBe('町などが開設する地方の卸売市場');
    expect(localWording('中心市と周辺の町が協力する圏域', '町')).toBe('中心市と周辺の町が協力する圏域');
    // In a 県's text, a wording that names the 県 speaks of a 市 under it.
    expect(localWording('県から市に渡されるお金', '県')).toBe('県から市に渡されるお金');
    expect(localWording('市役所の中', '市')).toBe('市役所の中');
  });

  it('says a prefecture’s office, head, assembly and body (都庁, 知事, 道議会, 府の)', () => {
    expect(localWording('市役所の中', '都')).toBe('都庁の中');
    expect(localWording('市長が決めた補正予算', '道')).toBe('知事が決めた補正予算');
    expect(localWording('市議会の委員会', '道')).toBe('道議会の委員会');
    expect(localWording('使い道が決まっていない市の自由なお金', '府')).toBe(
      '使い道が決まっていない府の自由なお金',
    );
    // 県から市に渡されるお金 in a 都's text is the 都's money; 都道府県 names them all.
    expect(localWording('県から市に渡されるお金', '都')).toBe('都から市に渡されるお金');
    expect(localWording('都道府県が定める計画', '府')).toBe('都道府県が定める計画');
  });
});

describe('the rewrite and the brief, in a 町’s text', () => {
  it('say the glossary’s wording for the 町 and settle on a second rewrite', () => {
    const text = '本町では、全庁的に一般財源の使い道を話し合う。';
    const { rewritten } = rewriteForCompany(text);
    expect(rewritten).toBe(
      '本町では、全庁的（町役場の全部署にわたる）に使い道が決まっていない町の自由なお金（一般財源）の使い道を話し合う。',
    );
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
    expect(analyzeText(rewritten, { rules: ['jargon'] })).toEqual([]);
    expect(rewriteForCompany('本市では、全庁的に検討する。').rewritten).toBe(
      '本市では、全庁的（市役所の全部署にわたる）に検討する。',
    );
    const brief = draftBrief({ title: 't', rawText: text });
    expect(brief).toContain('町役場の全部署');
    expect(brief).not.toContain('市役所の全部署');
  });

  it('say the chosen municipality’s wordings, whatever the text calls itself', () => {
    const text = '本市では、全庁的に一般財源の使い道を話し合う。';
    const { rewritten } = rewriteForCompany(text, { municipality: '北海道 森町' });
    expect(rewritten).toContain('全庁的（町役場の全部署にわたる）');
    expect(rewritten).toContain('町の自由なお金（一般財源）');
    expect(rewriteForCompany(rewritten, { municipality: '北海道 森町' }).changes).toEqual([]);
    expect(rewriteForCompany('全庁的に検討する。', { municipality: '東京都' }).rewritten).toBe(
      '全庁的（都庁の全部署にわたる）に検討する。',
    );
    // Unchosen (''), the text's own naming decides.
    expect(rewriteForCompany('本町では、全庁的に検討する。', { municipality: '' }).rewritten).toContain(
      '町役場の全部署',
    );
  });

  it('keeps a term that names a 市 as it is (市債 is a 市’s debt whoever writes), and the user’s own wording', () => {
    expect(rewriteForCompany('本町では、市債の残高を調べる。').rewritten).toContain('市の借金');
    const mine = {
      term: '庁内',
      reading: 'ちょうない',
      plain: '役場の中',
      why: '理由',
      category: 'ユーザー登録',
    };
    const options = localOptions('本町では、庁内で決める。', { userGlossary: [mine] });
    expect(rewriteForCompany('本町では、庁内で決める。', options).rewritten).toBe(
      '本町では、役場の中（庁内）で決める。',
    );
  });
});
