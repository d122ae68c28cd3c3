/** What readiness says a company still cannot know, by check key (readiness.ts). */
import { fixed } from './message';

export const readinessMessages = {
  problem: fixed(
    '解決したい課題（何に困っているか）が書かれていません',
    'The problem to solve (what is wrong) is not written',
  ),
  numbers: fixed(
    '課題の規模を示す数字（人数・件数・時間・金額）がありません',
    'No numbers show the size of the problem (people, cases, hours, money)',
  ),
  budget: fixed(
    '予算（上限・費用負担）が書かれていません',
    'The budget (ceiling, cost sharing) is not written',
  ),
  affected: fixed('誰が困っているのか（対象者）が書かれていません', 'Who is affected is not written'),
  schedule: fixed(
    'スケジュール（いつから・どのくらいの期間か）が書かれていません',
    'The schedule (from when, for how long) is not written',
  ),
  successMeasure: fixed(
    '成果指標（何がどうなれば成功か）が書かれていません',
    'The success measure (what must change) is not written',
  ),
  offer: fixed(
    '市が提供できるもの（実証の場・データ・職員の協力など）が書かれていません',
    'What the city provides (test site, data, staff time) is not written',
  ),
  contact: fixed('担当課・連絡先が書かれていません', 'The department and contact are not written'),
  decisionMaker: fixed(
    '誰が導入を決めるのか（決裁者）が書かれていません',
    'Who decides to adopt it is not written',
  ),
  eligibility: fixed(
    '企業に求めること・応募資格が書かれていません',
    'What is asked of companies / eligibility is not written',
  ),
};
