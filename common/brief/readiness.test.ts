import { describe, expect, it } from 'vitest';
import type { IssueFields } from '../records/types';
import { draftBrief } from './draft';
import { BRIEF_MD, RAW_MIMAMORI } from './fixtures/issues';
import { READINESS_WEIGHTS, scoreReadiness } from './readiness';

const FULL: Partial<IssueFields> = {
  title: '独居高齢者の見守りをセンサーで支えたい',
  department: '健康福祉部 高齢福祉課',
  municipalityName: '〇〇市',
  rawText: RAW_MIMAMORI,
  affected: '一人暮らしの75歳以上の高齢者と、見守りを担う民生委員（市内182人）',
  evidence: '独居高齢者は2,340世帯（令和5年度実態調査）で、5年前の約1.3倍。',
  offer: '実証の場（モデル地区3地区）、見守り対象世帯の紹介、職員の同行、広報紙での参加者募集',
  constraints: '個人情報の取扱いに関する誓約書の提出。市内に連絡拠点があること',
  budget: '実証期間は企業負担。本格導入時は上限300万円/年を想定',
  schedule: '令和8年6月〜12月に実証、9月に翌年度予算の要求',
  contact: '高齢福祉課 見守り推進係 山田（決裁：高齢福祉課長）kourei@example.lg.jp',
  successMeasure: '民生委員の訪問にかかる時間を月40時間減らす',
};

describe('scoreReadiness', () => {
  it('names the body that writes in what it asks for (町が提供できるもの in a 町’s text)', () => {
    const town = scoreReadiness({ rawText: '本町では、町営バスの利用者が減っている。' });
    expect(town.missing.find((m) => m.key === 'offer')?.label).toBe(
      '町が提供できるもの（実証の場・データ・職員の協力など）が書かれていません',
    );
    const city = scoreReadiness({ rawText: '本市では、市営バスの利用者が減っている。' }, undefined, 'en');
    expect(city.missing.find((m) => m.key === 'offer')?.label).toMatch(/^What the city provides/);
  });

  it('weights sum to 100', () => {
    expect(Object.values(READINESS_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('scores an empty issue 0 and lists everything, each with its field', () => {
    const r = scoreReadiness({});
    expect(r.score).toBe(0);
    expect(r.missing.map((m) => m.key)).toEqual([
      'problem',
      'numbers',
      'budget',
      'affected',
      'schedule',
      'successMeasure',
      'offer',
      'contact',
      'decisionMaker',
      'eligibility',
    ]);
    expect(r.missing.find((m) => m.key === 'budget')).toEqual({
      key: 'budget',
      label: '予算（上限・費用負担）が書かれていません',
      field: 'budget',
    });
  });

  it('scores a complete issue 100', () => {
    expect(scoreReadiness(FULL)).toEqual({ score: 100, missing: [], fromText: [], body: '市' });
  });

  it('raises the score as each field is filled', () => {
    // The text says who is affected (独居高齢者, 民生委員の担い手不足): that check is credited from it.
    let issue: Partial<IssueFields> = { rawText: RAW_MIMAMORI };
    expect(scoreReadiness(issue).fromText.map((f) => f.key)).toEqual(['affected']);
    let last = scoreReadiness(issue).score;
    for (const key of ['budget', 'schedule', 'successMeasure', 'offer', 'constraints', 'contact'] as const) {
      issue = { ...issue, [key]: FULL[key] };
      const now = scoreReadiness(issue).score;
      expect(now, key).toBeGreaterThan(last);
      last = now;
    }
  });

  it('does not count 未定 or a schedule without any date', () => {
    const r = scoreReadiness({ ...FULL, budget: '未定', schedule: '調整中です' });
    expect(r.missing.map((m) => m.key)).toEqual(['budget', 'schedule']);
    expect(r.score).toBe(75);
  });

  it('finds numbers in the raw text when evidence is empty', () => {
    expect(
      scoreReadiness({ rawText: '保育所の申込みは年1,200件で、確認に400時間かかっている。' }).missing.map(
        (m) => m.key,
      ),
    ).not.toContain('numbers');
    expect(
      scoreReadiness({ rawText: '保育所の申込みが多く、確認作業に時間がかかって困っている。' }).missing.map(
        (m) => m.key,
      ),
    ).toContain('numbers');
  });

  it('reads sections of a brief body, ignoring 【要記入】 placeholders and template notes', () => {
    const fromBrief = scoreReadiness({}, BRIEF_MD);
    expect(fromBrief.missing.map((m) => m.key)).not.toContain('budget');
    expect(fromBrief.missing.map((m) => m.key)).not.toContain('schedule');
    expect(fromBrief.missing.map((m) => m.key)).toContain('offer');
    const issue = { title: '見守り', rawText: RAW_MIMAMORI };
    expect(scoreReadiness(issue, draftBrief(issue)).missing.map((m) => m.key)).toEqual(
      expect.arrayContaining(['budget', 'schedule', 'offer', 'successMeasure']),
    );
  });

  it('credits what the text states when the fields are empty, and names the sentence it read', () => {
    const rawText = [
      '中山間地域では路線バスの撤退が続き、通院の足が足りない。',
      '本事業の委託上限額は、12,800千円（税込）とする。',
      '実証運行期間は、令和9年7月1日から令和10年2月28日までを予定している。',
      '市は、乗降調査のデータを受託者に提供するほか、公用車2台を貸与する。',
      '成果指標は、登録者数300人以上の達成とする。',
      '運行事業者は、審査委員会において提案を審査の上、市が選定する。',
    ].join('\n');
    const fieldsOnly = scoreReadiness({ rawText: 'まだ何も書いていない課題の説明です。困っています。' });
    const r = scoreReadiness({ rawText });
    expect(r.fromText).toEqual([
      { key: 'budget', field: 'budget', sentence: '本事業の委託上限額は、12,800千円（税込）とする。' },
      {
        key: 'schedule',
        field: 'schedule',
        sentence: '実証運行期間は、令和9年7月1日から令和10年2月28日までを予定している。',
      },
      {
        key: 'successMeasure',
        field: 'successMeasure',
        sentence: '成果指標は、登録者数300人以上の達成とする。',
      },
      {
        key: 'offer',
        field: 'offer',
        sentence: '市は、乗降調査のデータを受託者に提供するほか、公用車2台を貸与する。',
      },
      {
        key: 'decisionMaker',
        field: 'contact',
        sentence: '運行事業者は、審査委員会において提案を審査の上、市が選定する。',
      },
    ]);
    expect(r.score - fieldsOnly.score).toBe(15 + 15 + 10 + 10 + 10 + 5);
  });

  it('prefers a filled field to the text, and reads the accepted rewrite over the original', () => {
    const rawText = '委託料は年額500万円を上限とする。';
    expect(scoreReadiness({ rawText, budget: '上限500万円' }).fromText).toEqual([]);
    const rewritten = scoreReadiness({ rawText, companyText: '費用は市が負担します。' }).fromText;
    expect(rewritten.map((f) => f.sentence)).toEqual(['費用は市が負担します。']);
  });
});
