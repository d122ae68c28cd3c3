import { describe, expect, it } from 'vitest';
import { analyzeText, applyFix } from '../analyze';
import { RAW_MIMAMORI } from '../fixtures/issues';

const jargon = (text: string, userGlossary = []) => analyzeText(text, { rules: ['jargon'], userGlossary });

describe('jargon rule', () => {
  it('flags 行政用語 with offsets that point at the term', () => {
    const found = jargon(RAW_MIMAMORI);
    const terms = found.map((f) => f.text);
    expect(terms).toEqual(expect.arrayContaining(['所管課', '予算措置', '随意契約', '庁内調整', '民生委員']));
    for (const f of found) expect(RAW_MIMAMORI.slice(f.start, f.end)).toBe(f.text);
  });

  it('matches the longest term first', () => {
    const text = '公募型プロポーザルで事業者を選ぶ。';
    const found = jargon(text);
    expect(found.map((f) => f.text)).toEqual(['公募型プロポーザル']);
    const full = jargon('デジタル田園都市国家構想交付金を活用する。');
    expect(full.map((f) => f.text)).toEqual(['デジタル田園都市国家構想交付金']);
  });

  it('explains why a company cares and fixes as 言い換え（用語）', () => {
    const text = '随意契約での発注を想定している。';
    const [f] = jargon(text);
    expect(f?.message).toContain('競争入札をせずに相手を選ぶ契約');
    expect(f?.message).toContain('導入が早くなる');
    // The entry's plain-form note is labelled, not run on after the message's です・ます.
    expect(f?.message).toMatch(/と言い換えると伝わります。企業から見ると：[^。]*導入が早くなる[^。]*。$/u);
    const fixed = applyFix(text, f!);
    expect(fixed).toBe('競争入札をせずに相手を選ぶ契約（随意契約）での発注を想定している。');
    expect(jargon(fixed)).toEqual([]);
  });

  it('leaves later uses alone once the term is explained', () => {
    const text = '専決（課長が市長に代わって決めること）で契約する。専決には2週間かかる。';
    expect(jargon(text)).toEqual([]);
    const once = '専決に時間がかかる。専決者は部長である。専決が下りれば着手できる。';
    const first = jargon(once).filter((f) => f.text === '専決');
    expect(first.map((f) => f.start)).toEqual([0]); // marked once, at its first use
    const fixed = applyFix(once, first[0]!);
    expect(jargon(fixed).filter((f) => f.text === '専決')).toEqual([]);
  });

  it('leaves a part alone after its compound was marked, unless it ends another compound', () => {
    const text = '道路占用許可を得れば、20年の占用ができる。一次仮置場を選び、二次仮置場も探す。';
    const found = jargon(text).map((f) => text.slice(f.start, f.end) + '@' + f.start);
    // 占用 alone reads as the 占用 of 道路占用許可; 二次仮置場 is another place than 一次仮置場.
    expect(found).toEqual(['道路占用許可@0', '一次仮置場@22', '仮置場@33']);
  });

  it('marks an explained term again where it heads a longer compound, once per compound', () => {
    const text =
      '保留地を売って費用に充てる。保留地内の道路と保留地処分金の額を示す。保留地処分金は基金に積む。';
    const found = jargon(text).map((f) => text.slice(f.start, f.end) + '@' + f.start);
    // 保留地内 adds one kanji (a place in it); 保留地処分金 is a sum of money, a new word.
    expect(found).toEqual(['保留地@0', '保留地@22']);
  });

  it('reads figures in parentheses as data, not as an explanation of the term before them', () => {
    const text =
      '令和10年度に使用料改定（平均改定率12％）を行い、水道管の耐震化（令和12年度耐震適合率60％）を進める。';
    expect(jargon(text).map((f) => f.text)).toEqual(['使用料改定', '耐震適合率']);
    expect(jargon('使用料改定（料金の見直し）を行う。')).toEqual([]);
  });

  it('marks a term followed by its reading, another name or an amount: none of them says what it means', () => {
    expect(jargon('海業（うみぎょう）を推進する。').map((f) => f.text)).toEqual(['海業']);
    expect(jargon('公募設置管理制度（Park-PFI）を導入する。').map((f) => f.text)).toEqual([
      '公募設置管理制度',
      'Park-PFI',
    ]);
    expect(jargon('国の補助基準額（1台当たり5万5千円）を超える。').map((f) => f.text)).toEqual([
      '補助基準額',
    ]);
    expect(jargon('海業（漁港を観光や販売に活かす取組）を推進する。')).toEqual([]);
  });

  it('leaves numbered section labels alone (基本施策1 …)', () => {
    expect(jargon('基本施策1 権利擁護の推進\n基本施策12　産業振興').map((f) => f.text)).toEqual(['権利擁護']);
    expect(jargon('基本施策の1つとして計上する。').map((f) => f.text)).toEqual(['基本施策', '計上']);
  });

  it('leaves vague phrases to the vague-phrase rule and everyday words alone', () => {
    expect(jargon('速やかに対応する。')).toEqual([]);
    expect(jargon('業務委託の仕様書を策定する。')).toEqual([]);
    expect(jargon('業務委託の仕様書を作り、予算を計上する。').map((f) => f.text)).toEqual(['計上']);
  });

  it('merges user glossary terms with the shipped ones', () => {
    const text = '見守りネットの登録事業者と連携する。';
    expect(jargon(text)).toEqual([]);
    const found = analyzeText(text, {
      rules: ['jargon'],
      userGlossary: [
        {
          term: '見守りネット',
          reading: 'みまもりねっと',
          plain: '市の見守り協力事業者の登録制度',
          why: '協力事業者として登録すると実証の場になる',
          category: '福祉・医療',
        },
      ],
    });
    expect(found.map((f) => f.text)).toEqual(['見守りネット']);
  });

  it('ignores terms inside URLs and code', () => {
    const text = '詳細は https://example.lg.jp/DX/keikaku.html と `随意契約` を参照。';
    expect(analyzeText(text, { rules: ['jargon', 'abbreviation-first'] })).toEqual([]);
  });
});

describe('jargon rule on a council-answer phrase', () => {
  it('says what it means, what to write, then its note for a company, labelled', () => {
    const [f] = jargon('国の動向を注視してまいります。');
    expect(f?.message).toMatch(
      /^「[^」]+」は議会答弁の言い回しで、「[^」]+」という意味です。企業には、決まっていることと決まっていないことを分けて書きましょう。企業から見ると：[^。]+。$/u,
    );
  });
});
