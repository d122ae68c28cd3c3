import { describe, expect, it } from 'vitest';
import { findTextCues, MAX_CUE_CHARS } from './textCues';

describe('findTextCues', () => {
  it('finds the budget in an amount beside a limit or cost word, in any unit of 円', () => {
    expect(findTextCues('本業務の委託上限額は、12,800千円（税込）とする。').budget).toBe(
      '本業務の委託上限額は、12,800千円（税込）とする。',
    );
    expect(findTextCues('実証費用は1校あたり150万円を上限とし、市が支払う。').budget).toBeDefined();
    expect(findTextCues('事業費として1.2億円を予算に計上している。').budget).toBeDefined();
  });

  it('finds who bears the cost even without an amount', () => {
    expect(findTextCues('実証期間中の費用は、すべて企業の負担とします。').budget).toBeDefined();
  });

  it('does not read an amount of the background as the budget', () => {
    const text = '本市は毎年度約8,000万円を一般会計から支出して赤字を埋めている。';
    expect(findTextCues(text).budget).toBeUndefined();
    expect(findTextCues('空き家の解体費用は年3,000万円に上る。').budget).toBeUndefined();
    expect(findTextCues('実証の費用は500万円程度を見込んでいる。').budget).toBeDefined();
  });

  it('prefers the amount, in the sentence or the tab table it points at, to who bears the cost', () => {
    const text = [
      '実証に係る費用については、予算の範囲内において町が負担するものとする。',
      '本事業に係る経費の上限額は、次のとおりとする。',
      '区分\t金額（税込）',
      '合計\t5,500,000円',
    ].join('\n');
    expect(findTextCues(text).budget).toBe('本事業に係る経費の上限額は、次のとおりとする。');
    expect(findTextCues(text.split('\n')[0]!).budget).toBeDefined();
  });

  it('reads no section name as what it names (５．応募資格 says nothing of who may apply)', () => {
    const text =
      '５．応募資格\n応募者は、次に掲げる要件を全て満たす者とする。\nア．町税を滞納していない者であること。';
    expect(findTextCues(text).constraints).toBe('応募者は、次に掲げる要件を全て満たす者とする。');
  });

  it('finds who may apply', () => {
    expect(findTextCues('対象は、市内に事業所を有する法人とする。').constraints).toBeDefined();
    expect(findTextCues('市内の事業所は増えている。').constraints).toBeUndefined();
    expect(findTextCues('応募資格は、市内に事業所を有すること。').constraints).toBeDefined();
    expect(findTextCues('提案できるのは、県内に本店を置く事業者です。').constraints).toBeDefined();
  });

  it('finds the period in a date beside から・まで・期間, not a date of the past', () => {
    const cues = findTextCues(
      '利用は令和7年度において11件にとどまった。実証は令和9年9月から12月までの4か月間、3校で行う。',
    );
    expect(cues.schedule).toBe('実証は令和9年9月から12月までの4か月間、3校で行う。');
    expect(findTextCues('提案書の提出期限は2027年6月30日です。').schedule).toBeDefined();
    expect(findTextCues('平成30年度に計画を策定した。').schedule).toBeUndefined();
    // A plan for after the project, and a から that follows no date, name no period of it.
    expect(
      findTextCues('その結果を踏まえ、令和10年度以降の本格導入の可否を判断する。').schedule,
    ).toBeUndefined();
    expect(
      findTextCues('所有者が市外に住むことから、確認に相当の期間を要し、令和7年度は11件にとどまった。')
        .schedule,
    ).toBeUndefined();
  });

  it('finds what the city gives or lends as a predicate, not a service a company provides', () => {
    expect(
      findTextCues('市は、過去3年分の乗降データを提供するほか、公用車2台を貸与する。').offer,
    ).toBeDefined();
    expect(findTextCues('モデル校の教員へのヒアリングの機会を提供いたします。').offer).toBeDefined();
    expect(findTextCues('見守りサービスを提供する事業者を募集する。').offer).toBeUndefined();
    expect(findTextCues('受託者は、利用者に配車アプリを提供すること。').offer).toBeUndefined();
  });

  it('finds named measures of success and targets', () => {
    expect(findTextCues('成果指標は、登録者数300人以上の達成とする。').successMeasure).toBeDefined();
    expect(findTextCues('待ち時間を半分にすることを目指します。').successMeasure).toBeDefined();
    expect(findTextCues('市民の満足度が高い。').successMeasure).toBeUndefined();
  });

  it('finds a phone number or an e-mail address as the contact', () => {
    expect(findTextCues('学校教育課（電話 012-345-6789）まで提出してください。').contact).toBeDefined();
    expect(findTextCues('問い合わせは kyoiku@example.lg.jp へ。').contact).toBeDefined();
    expect(findTextCues('令和9年4月1日から受け付ける。').contact).toBeUndefined();
  });

  it('does not cut a sentence at a 。 inside brackets', () => {
    expect(findTextCues('委託上限額は、12,800千円（消費税を含む。）とする。').budget).toBe(
      '委託上限額は、12,800千円（消費税を含む。）とする。',
    );
  });

  it('skips ｜-table rows and term explanations, and keeps the first answer of each field', () => {
    const text = [
      '区分｜件数｜上限額',
      '戸建て｜1,284件｜500万円',
      '委託料とは、業務を任せて払うお金のことで、上限は100万円です。',
      '委託料は年額9,600千円を上限とする。',
      '予備費として別に200万円の予算を置く。',
    ].join('\n');
    expect(findTextCues(text).budget).toBe('委託料は年額9,600千円を上限とする。');
  });

  it('finds who has the problem: people beside a hardship, not a request to the company', () => {
    expect(
      findTextCues('市内の高齢者のうち約3割が、最寄りの商店まで遠く買い物に不便を感じている。').affected,
    ).toBeDefined();
    expect(findTextCues('検針員の高齢化により担い手の確保が困難になりつつある。').affected).toBeDefined();
    expect(findTextCues('生産者の負担を増やさない出荷方法を含めること。').affected).toBeUndefined();
    expect(findTextCues('市民の満足度が高い。').affected).toBeUndefined();
    expect(findTextCues('人手不足が深刻である。').affected).toBeUndefined();
    // Who bears a cost is the budget, not a hardship.
    expect(findTextCues('事業者の負担で屋根に太陽光発電設備を設置する。').affected).toBeUndefined();
  });

  it('finds who decides: a body or the city choosing a company, a proposal or the adoption', () => {
    expect(
      findTextCues('市は、提案者との協議を経て実施事業者を選定し、協定を締結する。').decisionMaker,
    ).toBeDefined();
    expect(findTextCues('提案は審査委員会において審査の上、採択者を決定する。').decisionMaker).toBeDefined();
    expect(findTextCues('本格導入の可否は、実証の結果を踏まえて町が判断する。').decisionMaker).toBeDefined();
    // The city judging something else, or a choice nobody is named for.
    expect(findTextCues('豪雨時に市が決壊の危険度を判断する。').decisionMaker).toBeUndefined();
    expect(findTextCues('事業者の選定方法は未定である。').decisionMaker).toBeUndefined();
    expect(
      findTextCues('市が危険度を判断するための情報提供についても提案を歓迎する。').decisionMaker,
    ).toBeUndefined();
    expect(findTextCues('採択された提案者と本市は協定を締結する。').decisionMaker).toBeUndefined();
  });

  it('reads a huge paste only as far as MAX_CUE_CHARS (readiness runs as the user types)', () => {
    const filler = '本市においては、所管課で庁内調整を行う。'.repeat(12_000);
    expect(findTextCues(`${filler}委託料は500万円を上限とする。`).budget).toBeUndefined();
    expect(
      findTextCues(`${filler.slice(0, MAX_CUE_CHARS - 100)}委託料は500万円を上限とする。`).budget,
    ).toBeDefined();
  });
});
