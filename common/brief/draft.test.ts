import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { BRIEF_SECTIONS, briefSections, draftBrief, GLOSSARY_CAP, glossaryForText } from './draft';
import { extractIssueFields } from './extract';
import { RAW_CHOJU, RAW_MIMAMORI } from './fixtures/issues';

describe('draftBrief', () => {
  const issue = {
    title: 'わなの見回りを楽にしたい',
    department: '農政課',
    municipalityName: '〇〇町',
    rawText: RAW_CHOJU,
    budget: '上限200万円（補正予算で要求予定）',
  };
  const md = draftBrief(issue);

  it('writes every section in order, title as a wish', () => {
    expect(md.startsWith('# わなの見回りを楽にしたい！\n')).toBe(true);
    let at = 0;
    // The issue's municipality is a 町: its brief says what the 町 offers.
    for (const h of briefSections('町')) {
      const next = md.indexOf(`## ${h}\n`, at);
      expect(next, h).toBeGreaterThan(at);
      at = next;
    }
    expect(draftBrief({ title: '鳥獣被害対策' })).toContain('# 「鳥獣被害対策」を企業と一緒に解決したい！');
  });

  it('prefills from the issue and marks gaps with 【要記入】', () => {
    expect(md).toContain('上限200万円（補正予算で要求予定）');
    expect(md).toContain('〇〇町 農政課');
    expect(md).toMatch(/## 町が提供できるもの\n\n【要記入】/);
    const pains = md.split('## こんなことに困っていませんか\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(pains.length).toBe(3);
    // The damage with its figure is the size of the problem: quoted once, under 背景と現状.
    expect(pains[0]).toContain('猟友会の会員の高齢化');
    expect(md.split('農作物被害が拡大')).toHaveLength(2);
    expect(md.split('## 背景と現状')[1]!.split('\n## ')[0]).toContain('農作物被害が拡大');
  });

  it('lists the 行政用語 it uses in 用語集, with readings', () => {
    expect(md).toContain('- **猟友会**（りょうゆうかい）：狩猟者の団体。');
    expect(md).toContain('- **補正予算**（ほせいよさん）');
    // Words a company uses itself (ICT) are not explained to it.
    expect(md).not.toContain('- **ICT**');
  });

  it('its own template text draws no findings', () => {
    const empty = draftBrief({});
    expect(analyzeText(empty)).toEqual([]);
  });

  it('round-trips through the extractor', () => {
    const fields = extractIssueFields(md);
    expect(fields.title).toBe('わなの見回りを楽にしたい！');
    expect(fields.budget).toBe('上限200万円（補正予算で要求予定）');
    expect(fields.offer).toBeUndefined();
  });
});

describe('glossaryForText', () => {
  it('returns each term once, in order of first use, longest match', () => {
    const terms = glossaryForText(RAW_MIMAMORI).map((e) => e.term);
    expect(terms.slice(0, 3)).toEqual(['独居高齢者', '地域包括支援センター', '関係機関']);
    expect(new Set(terms).size).toBe(terms.length);
    expect(glossaryForText('公募型プロポーザルで選ぶ。').map((e) => e.term)).toEqual(['公募型プロポーザル']);
  });

  it('uses the accepted company rewrite instead of the raw sentences when there is one', () => {
    const rawText = '予算を計上の上、協定締結に向けて協議を行うことが課題である。';
    const companyText = '予算に入れたうえで、協定を結ぶ話し合いをすることが課題です。';
    const md = draftBrief({ title: 't', rawText, companyText });
    expect(md).toContain(companyText);
    expect(md).not.toContain(rawText);
    expect(draftBrief({ title: 't', rawText, companyText: ' ' })).toContain(rawText);
  });

  it('quotes a pain point without the connective that pointed at the sentence before it', () => {
    const companyText =
      '巡回は月2回です。しかし、住民が移動に困っている。そのため、買物に行けない高齢者が多い。一方で、運転手が不足している。移動手段の確保が課題です。';
    const pains = draftBrief({ title: 't', rawText: 'x', companyText })
      .split('## こんなことに困っていませんか\n\n')[1]!
      .split('\n\n')[0]!;
    expect(pains).toContain('- 住民が移動に困っている');
    expect(pains).toContain('- 運転手が不足している');
    expect(pains).not.toMatch(/しかし|そのため|一方/);
  });

  it('explains in 用語集 what a company reads, not what the author must fix', () => {
    const rawText =
      '審査は一定の基準により総合的に行い、必要に応じて追加資料を求める。予算は計上の上、協定締結を目指す。';
    const glossary = draftBrief({ title: 't', rawText }).split('## 用語集')[1]!.split('\n## ')[0]!;
    expect(glossary).toContain('- **計上**（けいじょう）');
    // Vague phrases are gaps to fill (一定の →「（具体的な数値・条件を書く）」), not terms to explain.
    expect(glossary).not.toMatch(/\*\*(一定の|総合的に|必要に応じて)\*\*/);
    expect(glossary).not.toContain('を書く）');
  });

  it('lists no term found only inside the template’s own words (目指す姿 → 目)', () => {
    const glossary = draftBrief({ title: 't', rawText: '空き家の活用を進めたい。' })
      .split('## 用語集')[1]!
      .split('\n## ')[0]!;
    expect(glossary).not.toContain('**目**');
    expect(glossary).not.toContain('**成果指標**');
  });

  it('lists no one-kanji budget term read inside an everyday word of the issue or its rewrite', () => {
    const companyText =
      '持続可能な交通網の構築を目指します。そのために、事業の目的と項目を整理し、経費の節約に努めます。';
    const glossary = draftBrief({ title: 't', rawText: 'x', companyText })
      .split('## 用語集')[1]!
      .split('\n## ')[0]!;
    expect(glossary).not.toMatch(/\*\*[款項目節]\*\*/u);
  });

  it('does not quote the rewrite’s term definitions out of context (用語集 explains the terms)', () => {
    const companyText =
      '契約は単年度契約とし、委託料は3回に分けて支払うことが課題です。単年度契約とは、1年度ごとに結ぶ契約のことです。';
    const md = draftBrief({ title: 't', rawText: 'x', companyText });
    expect(md).toContain('委託料は3回に分けて支払うことが課題です。');
    expect(md).not.toContain('単年度契約とは、');
    expect(md).toContain('- **単年度契約**（たんねんどけいやく）');
    const footnoted = draftBrief({
      title: 't',
      rawText: 'x',
      companyText:
        '契約は単年度契約とすることが課題です。\n※単年度契約：1年度ごとに結ぶ契約\n※対象：市内の120事業者が不足しています。',
    });
    expect(footnoted).not.toContain('※単年度契約：');
    expect(footnoted).toContain('市内の120事業者が不足しています。');
  });

  it('quotes no title or unmarked section name standing alone on its line', () => {
    const companyText =
      '令和8年度 地域課題解決型提案募集要項（案）\n\n第3章 施策の展開\n\n本市の高齢化率は31.2％で、担い手が不足している。\n募集開始　令和8年5月15日（金）\n提案書提出期限　令和8年6月26日（金）';
    const md = draftBrief({ title: 't', rawText: 'x', companyText });
    expect(md).not.toContain('募集要項（案）');
    expect(md).not.toContain('第3章');
    expect(md).toContain('本市の高齢化率は31.2％で、担い手が不足している。');
    // Lines of a block (a schedule) are no titles, nor is an issue typed as one line.
    expect(md).toContain('募集開始　令和8年5月15日（金）');
    const oneLine = draftBrief({ title: 't', rawText: '子育て世帯の転出が多く困っている' });
    expect(oneLine).toContain('子育て世帯の転出が多く困っている');
  });

  it('does not take the sentence that counts a numbered list for a figure of the background', () => {
    const companyText =
      '本業務では、次の3点を一体的に行う事業者を選定します。\n①物件の掘り起こし\n②所有者とのマッチング\n③改修の申請支援\n空き家は約7,400戸です。';
    const background = draftBrief({ title: 't', rawText: 'x', companyText })
      .split('## 背景と現状')[1]!
      .split('\n## ')[0]!;
    expect(background).toContain('空き家は約7,400戸です。');
    expect(background).not.toContain('次の3点');
  });

  it('quotes a sentence that counts a numbered list together with its items', () => {
    const companyText =
      '空き家の対策には課題がある。主に次の2点が課題となっている。\n①所有者の調査に時間を要していること\n②登録件数が伸び悩んでいること\n市は対策を進める。';
    const problem = draftBrief({ title: 't', rawText: 'x', companyText })
      .split('## 解決したい課題')[1]!
      .split('\n## ')[0]!;
    expect(problem).toContain(
      '主に次の2点が課題となっている。\n①所有者の調査に時間を要していること\n②登録件数が伸び悩んでいること',
    );
  });
});

/** The text of one section of a drafted brief. */
const section = (md: string, heading: string) => md.split(`## ${heading}`)[1]!.split('\n## ')[0]!;

describe('draftBrief from what the text states', () => {
  const rawText = [
    '中山間地域では路線バスの撤退が続き、通院の足が足りないことが課題である。',
    '本事業の委託上限額は、12,800千円（消費税を含む。）とする。',
    '実証運行期間は、令和9年7月1日から令和10年2月28日までを予定している。',
    '市は、乗降調査のデータを受託者に提供するほか、公用車2台を貸与する。',
    '成果指標は、登録者数300人以上の達成とする。',
    '応募資格は、県内に事業所を有することとする。',
  ].join('\n');
  const md = draftBrief({ title: 't', rawText });

  it('quotes the sentence that states a field the author left empty in that field’s section', () => {
    expect(section(md, '予算と費用負担').trim()).toBe(
      '本事業の委託上限額は、12,800千円（消費税を含む。）とする。',
    );
    expect(section(md, 'スケジュール')).toContain('令和9年7月1日から令和10年2月28日まで');
    expect(section(md, '市が提供できるもの')).toContain('公用車2台を貸与する。');
    expect(section(md, '目指す姿と成果指標')).toContain('登録者数300人以上');
    expect(section(md, '企業に求めること・応募資格').trim()).toBe(
      '応募資格は、県内に事業所を有することとする。',
    );
    // Quoted once: the budget is no figure of the problem's size.
    expect(section(md, '背景と現状')).not.toContain('12,800千円');
  });

  it('quotes who chooses the company above the selection criteria, and not again in the body', () => {
    const drafted = draftBrief({
      title: 't',
      rawText: [
        '商店街の空き店舗は5年で2倍の38店舗に増え、来訪者の減少が続いている。',
        'なお、実施事業者は、審査委員会において提案を審査の上、市が選定する。',
      ].join('\n'),
    });
    expect(section(drafted, '選考基準')).toMatch(
      /^\s*実施事業者は、審査委員会において.*市が選定する。\n\n（例。/u,
    );
    expect(section(drafted, '選考基準')).toContain('課題の理解');
    expect(section(drafted, '解決したい課題')).not.toContain('審査委員会');
    expect(section(drafted, '背景と現状')).not.toContain('審査委員会');
  });

  it('quotes a budget sentence that counts a list with its items, and only there', () => {
    const companyText = [
      '本業務では、次の3点を実施し、委託料は年額9,600千円を上限とします。',
      '①所有者への意向調査',
      '②相談会の開催',
      '③事例の紹介',
    ].join('\n');
    const drafted = draftBrief({ title: 't', rawText: 'x', companyText });
    expect(section(drafted, '予算と費用負担')).toContain(
      '上限とします。\n①所有者への意向調査\n②相談会の開催',
    );
    expect(section(drafted, '背景と現状')).not.toContain('9,600千円');
  });

  it('quotes a sentence under a section of its own without the connective that pointed back', () => {
    const companyText =
      '教員の残業は月42時間です。しかし、各校の運用がばらばらで、一律の導入は難しいことが課題です。また、匿名化した校務データを提供します。';
    const drafted = draftBrief({ title: 't', rawText: 'x', companyText });
    expect(section(drafted, '解決したい課題').trim()).toBe(
      '各校の運用がばらばらで、一律の導入は難しいことが課題です。',
    );
    expect(section(drafted, '市が提供できるもの').trim()).toBe('匿名化した校務データを提供します。');
  });

  it('quotes the problem once in the body: under 解決したい課題, not again under 背景 beside other figures', () => {
    const problemSentence = '活用に結び付いた件数は年11件にとどまっていることが課題である。';
    const rawText = `${problemSentence}空き家は1,284件ある。`;
    const drafted = draftBrief({ title: 't', rawText });
    expect(section(drafted, '解決したい課題')).toContain(problemSentence);
    expect(section(drafted, '背景と現状')).not.toContain(problemSentence);
    expect(section(drafted, '背景と現状')).toContain('空き家は1,284件ある。');
    // Its figures are the only ones, and it is the only problem: quoted once, under 解決したい課題.
    const only = draftBrief({ title: 't', rawText: problemSentence });
    expect(only.split(problemSentence.replace(/。$/u, ''))).toHaveLength(2);
    expect(section(only, '解決したい課題')).toContain(problemSentence);
  });

  it('does not quote the problem again as a pain point when the text names other pains', () => {
    const problemSentence = '紙の台帳で管理しているため、点検結果の共有ができていないことが課題である。';
    const rawText = [
      '橋りょうの点検に毎年約1,200時間を要している。',
      problemSentence,
      '技術職員は10年前より2割減少し、点検の負担が増している。',
      '点検の遅れは年々拡大している。',
    ].join('');
    const drafted = draftBrief({ title: 't', rawText });
    expect(section(drafted, '解決したい課題')).toContain(problemSentence);
    expect(section(drafted, 'こんなことに困っていませんか')).not.toContain('共有ができていない');
    expect(section(drafted, 'こんなことに困っていませんか').match(/^- /gmu)).toHaveLength(3);
    // The only pain the text names is its problem: quoted once, as the problem, and the bullets are gaps.
    const alone = draftBrief({ title: 't', rawText: problemSentence });
    expect(section(alone, 'こんなことに困っていませんか')).not.toContain('共有ができていない');
    expect(alone.split('共有ができていない')).toHaveLength(2);
  });

  it('quotes a sentence once: the only figure of a text that names its problem elsewhere is data, not a pain', () => {
    // Written for this test (issue 13's walk): the only figure sits in a sentence that is a pain and a problem.
    const figure = '村内の路線バスの利用者は10年で4割減少し、便数の維持が難しくなっている。';
    const rawText = `${figure}\n高齢者の通院の足をどう確保するかが課題である。\n運転手も不足している。`;
    const drafted = draftBrief({ title: 't', rawText });
    expect(drafted.split('10年で4割減少')).toHaveLength(2);
    expect(section(drafted, '背景と現状')).toContain(figure);
    expect(section(drafted, '解決したい課題')).toContain('通院の足をどう確保するかが課題である。');
    expect(section(drafted, 'こんなことに困っていませんか')).toContain('- 運転手も不足している');
    // Every sentence of the text, once: none is a bullet, data and the problem at the same time.
    for (const s of rawText.split('\n')) expect(drafted.split(s.replace(/。$/u, '')), s).toHaveLength(2);
  });

  it('takes no numbered name or date for a figure of the background (第２層, 第3次計画, 令和7年度)', () => {
    // Written for this test: names and dates with digits, and one real figure.
    const names = [
      '第２層協議体において、地域の支え合いの在り方を協議している。',
      '第3次地域福祉計画（令和7年度～令和11年度）に基づき、施策２－３を推進する。',
      '地方自治法施行令第167条の4の規定により、令和8年4月1日から受け付ける。',
    ];
    const figure = '買物に不便を感じる高齢者は1,240人に上る。';
    const drafted = draftBrief({ title: 't', rawText: [...names, figure].join('\n') });
    const background = section(drafted, '背景と現状');
    for (const s of names) expect(background, s).not.toContain(s);
    expect(background).toContain(figure);
    // With no figure at all, 背景 asks for one rather than quoting a name.
    expect(section(draftBrief({ title: 't', rawText: names.join('\n') }), '背景と現状')).toContain(
      '【要記入】',
    );
  });

  it('quotes a condition of application under 応募資格, never as a pain point (該当しない者であることを応募の条件とする)', () => {
    // Written for this test (issue 13's walk, a 村's 逆プロポ theme): its only qualification.
    const condition = '地方自治法施行令第167条の4の規定に該当しない者であることを応募の条件とする。';
    const rawText = `村内の路線バスは1日4往復にとどまっている。\n${condition}`;
    const drafted = draftBrief({ title: 't', rawText });
    expect(section(drafted, '企業に求めること・応募資格').trim()).toBe(condition);
    expect(section(drafted, 'こんなことに困っていませんか')).not.toContain('応募の条件');
  });

  it('quotes a plan’s table of targets under 目指す姿と成果指標, not under 背景', () => {
    // Written for this test (issue 13's walk, a plan excerpt): its （３）成果指標 as a tab table.
    const rawText = [
      '（１）現状と課題',
      '要介護認定者数は7,318人である。',
      '',
      '（３）成果指標',
      '指標名\t現状値（令和6年度）\t目標値（令和11年度）',
      '介護職員の不足数\t173人\t80人以下',
    ].join('\n');
    const drafted = draftBrief({ title: 't', rawText });
    expect(section(drafted, '目指す姿と成果指標')).toContain('| 介護職員の不足数 | 173人 | 80人以下 |');
    expect(section(drafted, '目指す姿と成果指標')).not.toContain('【要記入】');
    expect(section(drafted, '背景と現状')).not.toContain('80人以下');
    expect(section(drafted, '背景と現状')).toContain('7,318人である');
  });

  it('keeps what the author wrote in a field over the text', () => {
    const own = draftBrief({ title: 't', rawText, budget: '上限1,000万円' });
    expect(section(own, '予算と費用負担').trim()).toBe('上限1,000万円');
    expect(section(own, '背景と現状')).toContain('12,800千円');
  });

  it('quotes a ｜-table whole, with its header, as a table — never as bullets or the problem', () => {
    const table = [
      '空き家の状況は次のとおりで、活用が進まないことが課題である。',
      '',
      '区分｜件数｜前回比',
      '戸建て空き家｜1,284件｜＋18.2％',
      '集合住宅の空室｜3,920戸｜＋4.1％',
    ].join('\n');
    const drafted = draftBrief({ title: 't', rawText: table });
    expect(section(drafted, '背景と現状')).toContain(
      '| 区分 | 件数 | 前回比 |\n| --- | --- | --- |\n| 戸建て空き家 | 1,284件 | ＋18.2％ |\n| 集合住宅の空室 | 3,920戸 | ＋4.1％ |',
    );
    expect(section(drafted, 'こんなことに困っていませんか')).not.toContain('｜');
    expect(section(drafted, '解決したい課題')).not.toMatch(/[｜|]/u);
  });

  it('reads a call written without Markdown: section names, items, a tab table, a deadline and a URL', () => {
    // Written for this test: a 町's call pasted from a word processor, its budget table from a spreadsheet.
    const rawText = [
      '１．趣旨',
      '本町では、町営バスの利用者が年々減少しており、一便当たりの平均乗車人数は2.1人にとどまっている。',
      '（１）対象となる課題',
      '・通院のための移動手段の確保',
      '② 実証に係る費用については、予算の範囲内において町が負担するものとする。',
      '',
      '４．予算',
      '本事業に係る経費の上限額は、次のとおりとする。',
      '区分\t金額（税込）',
      '実証運行経費\t3,500,000円',
      '合計\t5,500,000円',
      '',
      '５．応募資格',
      '応募者は、次に掲げる要件を全て満たす者とする。',
      'ア．町税を滞納していない者であること。',
      'イ．入札に参加できない者に該当しないこと。',
      '',
      '提出期限：令和９年６月３０日まで',
      '詳細は https://www.town.example.jp/kyoso/2027 を参照すること。',
    ].join('\n');
    const md = draftBrief({ title: 't', rawText });
    expect(md).not.toMatch(/^(?:- )?(?:対象となる課題|応募資格|予算|趣旨)$/mu);
    expect(section(md, '企業に求めること・応募資格').trim()).toBe(
      '応募者は、次に掲げる要件を全て満たす者とする。\nア．町税を滞納していない者であること。\nイ．入札に参加できない者に該当しないこと。',
    );
    expect(section(md, '予算と費用負担')).toContain(
      '本事業に係る経費の上限額は、次のとおりとする。\n\n| 区分 | 金額（税込） |\n| --- | --- |\n| 実証運行経費 | 3,500,000円 |\n| 合計 | 5,500,000円 |',
    );
    // The deadline and the URL's digits are no data about the problem; the call's cost rule is no pain.
    expect(section(md, '背景と現状（数字とデータ）')).not.toMatch(/提出期限|https/u);
    expect(section(md, 'こんなことに困っていませんか')).not.toContain('負担するもの');
    // The problems the call lists under 対象となる課題 are its pain points, in no sentence.
    expect(section(md, 'こんなことに困っていませんか')).toContain('- 通院のための移動手段の確保\n');
    expect(section(md, '解決したい課題')).not.toContain('入札');
  });

  it('quotes the contact lines around the address, which name whom it reaches', () => {
    const rawText =
      '７．提出方法及び問合せ先\n提出期限：令和９年６月３０日まで\n提出先：山辺町 企画政策課 地域交通係\n電子メール：kotsu@town.example.jp\n詳細は町のホームページを参照すること。';
    expect(section(draftBrief({ title: 't', rawText }), '担当課・連絡先').trim()).toBe(
      '提出先：山辺町 企画政策課 地域交通係\n電子メール：kotsu@town.example.jp',
    );
  });

  it('takes ageing facilities and congestion for pains', () => {
    const rawText = '駅前広場は、老朽化が進み、送迎車両による混雑が生じている。';
    expect(section(draftBrief({ title: 't', rawText }), 'こんなことに困っていませんか')).toContain(
      '- 駅前広場は、老朽化が進み',
    );
  });

  it('quotes no title a rewrite’s ※ term lines follow', () => {
    const companyText =
      '令和９年度 官民共創事業 提案募集要項\n※官民共創：行政と民間が一緒に解決策をつくること\n\n本町では、バスの利用者が2.1人にとどまっている。';
    const md = draftBrief({ title: 't', rawText: 'x', companyText });
    expect(md).not.toContain('提案募集要項');
  });

  it('quotes the first sentences, not the whole text, when none names a problem', () => {
    const plain = ['事業の概要を示す。', '対象は市内全域とする。', '詳細は別紙による。', '以上である。'].join(
      '',
    );
    const drafted = section(draftBrief({ title: 't', rawText: plain }), '解決したい課題');
    expect(drafted).toContain('事業の概要を示す。');
    expect(drafted).not.toContain('以上である。');
  });
});

describe('the brief’s 用語集', () => {
  const glossaryOf = (md: string) => section(md, '用語集');

  it('explains only terms the brief quotes, not one its text explains in place or its reader knows', () => {
    const rawText = [
      '中山間地域の移動が難しいことが課題である。',
      '委託料の上限（委託上限額）は、500万円とする。',
      '受託者への貸与品の管理が負担になっている。',
    ].join('');
    const glossary = glossaryOf(draftBrief({ title: 't', rawText }));
    expect(glossary).toContain('**中山間地域**');
    expect(glossary).toContain('**受託者**');
    expect(glossary).not.toContain('**委託上限額**');
    // 提供する is an everyday verb: its tail 供する is no term.
    expect(
      glossaryOf(draftBrief({ title: 't', rawText: '市はデータを提供することが課題である。' })),
    ).not.toContain('供する');
  });

  it('gives at most GLOSSARY_CAP definitions, in order of first use, and names the rest in one line', () => {
    const terms = [
      '中山間地域',
      '公共交通空白地',
      '実証運行',
      '受託者',
      '供用',
      '相続登記',
      '管理不全',
      '課税台帳',
      '意向調査',
      '総合評価',
      '普及啓発',
      '未了',
      '校務',
      '時間外在校等時間',
    ];
    const rawText = terms.map((t) => `${t}が課題である。`).join('');
    const glossary = glossaryOf(draftBrief({ title: 't', rawText }));
    const defined = [...glossary.matchAll(/^- \*\*([^*]+)\*\*/gmu)].map((m) => m[1]);
    expect(defined).toEqual(terms.slice(0, GLOSSARY_CAP));
    expect(glossary).toContain(
      `- ほか${terms.length - GLOSSARY_CAP}語：${terms.slice(GLOSSARY_CAP).join('、')}`,
    );
  });
});

describe('draftBrief, for the body that writes', () => {
  const text = '全庁的に一般財源の使い道を話し合うことが課題である。';
  const bodyWords = (md: string) => ({
    offers: /^## (.)が提供できるもの$/mu.exec(md)?.[1],
    criteria: /（例。(.)の選び方に合わせて修正）/u.exec(md)?.[1],
    cycle: /^> (.)の予算の流れ：.*3月の(.議会)で決まる/mu.exec(md)?.slice(1, 3).join(' '),
  });

  it('says 市 when neither the issue nor its text names another body', () => {
    expect(bodyWords(draftBrief({ title: 't', rawText: text }))).toEqual({
      offers: '市',
      criteria: '市',
      cycle: '市 市議会',
    });
    expect(BRIEF_SECTIONS[4]).toBe('市が提供できるもの');
  });

  it('takes the body from the issue’s municipality before the text’s own naming', () => {
    const town = draftBrief({ title: 't', municipalityName: '北海道 森町', rawText: text });
    expect(bodyWords(town)).toEqual({ offers: '町', criteria: '町', cycle: '町 町議会' });
    // Its 用語集 says the glossary's wordings for the 町 too.
    expect(town).toContain('町役場の全部署');
    expect(town).not.toContain('市役所の全部署');
    // A chosen 県 wins over a text that calls itself 本市.
    const prefecture = draftBrief({ title: 't', municipalityName: '長野県', rawText: `本市では、${text}` });
    expect(bodyWords(prefecture)).toEqual({ offers: '県', criteria: '県', cycle: '県 県議会' });
    expect(prefecture).toContain('県庁の全部署');
    expect(bodyWords(draftBrief({ title: 't', municipalityName: '東京都', rawText: text }))).toEqual({
      offers: '都',
      criteria: '都',
      cycle: '都 都議会',
    });
  });

  it('falls back to the text’s own naming, then 市, when no municipality is chosen', () => {
    const village = draftBrief({ title: 't', municipalityName: '', rawText: `本村では、${text}` });
    expect(bodyWords(village)).toEqual({ offers: '村', criteria: '村', cycle: '村 村議会' });
    expect(village).toContain('村役場の全部署');
  });
});
