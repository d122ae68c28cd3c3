/**
 * Issue 13's journey walked a fourth time (session 15), with three texts written for this test: a
 * 村's 逆プロポ theme in plain paragraphs, a 県 部長's council answer and a plan excerpt with a table
 * of targets. Each checks what the walk found in the drafted brief, through the UI a user reads.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './pages/sharedPage';
import { AppPage } from './pages/AppPage';
import { RewritePanelPage } from './pages/RewritePanelPage';
import { section } from './pages/briefWalk';

const MURA = [
  '本村は、人口約2,900人の山間の村で、路線バスは1日4往復にとどまっている。高齢化率は47.3％に達し、高齢者の通院や買物の足の確保が喫緊の課題となっている。',
  '',
  'そこで本村では、逆プロポーザル型の提案募集により、村の移動の課題を一緒に解決してくれる企業を募集する。',
  '',
  '地方自治法施行令第167条の4の規定に該当しない者であることを応募の条件とする。',
].join('\n');

const KEN =
  '県といたしましては、医療的ケア児支援センターを設置し、相談支援体制の整備を図ってきたところでございます。医療的ケア児を受け入れることのできる保育所は県内で23か所にとどまっております。';

const PLAN = [
  '（１）現状と課題',
  '要介護認定者数は令和6年度に7,318人となった。',
  '',
  '（３）成果指標',
  '指標名\t現状値（令和6年度）\t目標値（令和11年度）',
  '介護職員の不足数\t173人\t80人以下',
].join('\n');

async function draft(page: Page, title: string, text: string) {
  const app = new AppPage(page);
  const ws = await app.openNewIssue(title);
  await ws.rawInput().fill(text);
  // The analysis has answered: a finding, or none (the plan's words are all everyday since session 16).
  await expect(ws.rawFindings().locator('li').first().or(page.getByText('指摘はありません。'))).toBeVisible({
    timeout: 30_000,
  });
  await ws.waitSaved();
  await ws.tab('ブリーフ').click();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  await expect(ws.briefInput()).toHaveValue(/こんなことに困っていませんか/);
  return ws;
}

test('a 村’s theme: the condition of application is its 応募資格, the law’s wording says 規定 once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ws = await draft(page, '村の移動の足を確保したい', MURA);
  const md = await ws.briefInput().inputValue();
  expect(section(md, '企業に求めること・応募資格')).toContain('応募の条件とする');
  expect(section(md, 'こんなことに困っていませんか')).not.toContain('応募の条件');
  expect(md).toContain('## 村が提供できるもの');

  await ws.tab(/課題/).click();
  const rewrite = new RewritePanelPage(page);
  await rewrite.rewrite();
  await expect(rewrite.result()).toContainText('入札に参加できない者（地方自治法施行令第167条の4）の規定');
  await expect(rewrite.result()).not.toContainText('決まり（地方自治法施行令');
});

test('a 県 部長’s answer is drafted as the 県’s brief', async ({ page }) => {
  const ws = await draft(page, '医療的ケア児の受入れを広げたい', KEN);
  const md = await ws.briefInput().inputValue();
  expect(md).toContain('## 県が提供できるもの');
  expect(md).toContain('3月の県議会で決まる');
});

test('a plan’s table of targets is the brief’s outcome indicator', async ({ page }) => {
  const ws = await draft(page, '介護人材の不足を減らしたい', PLAN);
  const md = await ws.briefInput().inputValue();
  expect(section(md, '目指す姿と成果指標')).toContain('| 介護職員の不足数 | 173人 | 80人以下 |');
  expect(section(md, '背景と現状（数字とデータ）')).not.toContain('80人以下');
  await ws.tab('企業向けプレビュー').click();
  await expect(
    page.getByTestId('brief-preview').getByRole('table').filter({ hasText: '目標値' }),
  ).toBeVisible();
});
