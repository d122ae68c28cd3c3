/**
 * Issue 13's journey walked a fifth time (session 16), with three texts written for this test: a
 * 町's call for a school-bus routing trial with a ｜ table of routes, a 市 council answer on a 空き家
 * database with 「研究してまいりたい」, and a 県 plan excerpt on smart agriculture with numbered
 * headings and a tab budget table. Each checks what the walk found, through what a user reads: the
 * red pen, the rewrite, the drafted brief, the company preview, the Markdown and the PDF.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './pages/sharedPage';
import { AppPage } from './pages/AppPage';
import { printOffline } from './pages/printOffline';
import { RewritePanelPage } from './pages/RewritePanelPage';
import { exportedMarkdown, pasteAndWait, section } from './pages/briefWalk';

const CALL = [
  '１．募集の趣旨',
  '本町では、町立小学校4校の統合に伴い、スクールバスの運行路線が令和7年度から5路線に増えた。各路線の運行経路は担当職員が紙の地図で毎年見直しており、児童の転入・転出のたびに調整に時間を要している。',
  '',
  '２．現在の運行状況',
  '現在の運行状況は次のとおりである。',
  '',
  '路線名｜利用児童数｜片道の所要時間｜便数（1日）',
  '東部線｜38人｜42分｜4便',
  '西部線｜27人｜35分｜3便',
  '',
  '３．予算及び期間',
  '実証に係る委託料は上限250万円（税込）とし、実証期間は令和9年9月から令和10年2月までとする。',
  '',
  '４．問合せ先',
  '提出先：教育委員会事務局 学校教育課 学務係',
  '電話：0241-22-3456',
].join('\n');

const ANSWER = [
  '空き家対策についての御質問にお答えいたします。',
  '',
  '空き家の情報は、課税情報や水道の閉栓情報などに分かれて管理されております。このため、所有者への連絡に時間を要し、働きかけが遅れる事例も見受けられるところでございます。',
  '',
  '空き家のデータベースの構築につきましては、先進自治体の事例も参考に、研究してまいりたいと考えております。',
].join('\n');

const PLAN = [
  '１　スマート農業の推進',
  '',
  '（１）現状と課題',
  '県内の基幹的農業従事者は令和2年の18,400人から令和6年には15,100人に減少した。水田の見回りに多くの時間がかかっており、経営規模の拡大が進まない。',
  '',
  '（２）主な取組',
  '県の農業試験場に試験用の田畑を設け、農業者が機械を試せる場を提供する。',
  '',
  '（３）事業費',
  '区分\t令和8年度\t令和9年度',
  '自動操舵の導入支援補助金\t120,000千円\t150,000千円',
  '試験用の田畑の運営\t18,000千円\t18,000千円',
  '',
  '（４）担当',
  '所管：農林水産部 農業技術振興課 スマート農業推進室',
].join('\n');

const paste = (page: Page, title: string, text: string) => pasteAndWait(page, 'walk16', title, text);

test('a 町’s call: contact names stay names, budget and period are quoted once each, in the PDF too', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const ws = await paste(page, 'スクールバスの経路を見直したい', CALL);
  // The red pen reads 学校教育課 学務係 as names: no 「学務」 to explain on the contact line.
  await expect(ws.rawFindings()).not.toContainText('学務');

  // Short plain sentences and names: the rewrite has nothing to change (学務係 is no term to explain).
  let started = Date.now();
  await new RewritePanelPage(page).start().click();
  await expect(page.getByText('書き換える所はありませんでした。')).toBeVisible({ timeout: 30_000 });
  console.log(`[walk16] call: rewrite ${Date.now() - started} ms`);

  await ws.tab('ブリーフ').click();
  started = Date.now();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  await expect(ws.briefInput()).toHaveValue(/こんなことに困っていませんか/);
  console.log(`[walk16] call: draft ${Date.now() - started} ms`);
  const md = await ws.briefInput().inputValue();
  expect(section(md, '予算と費用負担')).toContain('実証に係る委託料は上限250万円（税込）とする。');
  expect(section(md, 'スケジュール')).toContain('実証期間は令和9年9月から令和10年2月までとする。');
  expect(section(md, 'スケジュール')).not.toContain('5路線に増えた');
  expect(section(md, '解決したい課題')).not.toContain('提出先');
  expect(section(md, '用語集')).not.toContain('学務');
  await ws.waitSaved();

  await ws.tab('企業向けプレビュー').click();
  const preview = page.getByTestId('brief-preview');
  await expect(preview.getByRole('table').filter({ hasText: '片道の所要時間' })).toBeVisible();
  started = Date.now();
  const { html } = await ws.exportPdfFromPreview();
  const { text } = await printOffline(page, html, testInfo, 'walk16-call');
  console.log(`[walk16] call: PDF ${Date.now() - started} ms`);
  expect(text).toContain('実証に係る委託料は上限250万円（税込）とする。');
  expect(text).toContain('提出先：教育委員会事務局学校教育課学務係');
  expect(text.split('250万円')).toHaveLength(2);
});

test('a 県 plan: its 事業費 table is the budget, its 所管 line whom to ask, in the Markdown export', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ws = await paste(page, 'スマート農業を広げたい', PLAN);
  // A term in a table cell is explained under the table, not inside the cell.
  const rewrite = new RewritePanelPage(page);
  const started = Date.now();
  await rewrite.rewrite();
  console.log(`[walk16] plan: rewrite ${Date.now() - started} ms`);
  await expect(rewrite.result()).toContainText('自動操舵とは、');
  await expect(rewrite.result()).not.toContainText('自動操舵（');
  await page.getByRole('button', { name: '書き換えを保存' }).click();
  await ws.waitSaved();
  await ws.tab('ブリーフ').click();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  await expect(ws.briefInput()).toHaveValue(/## 県が提供できるもの/);
  await ws.waitSaved();
  await ws.tab('企業向けプレビュー').click();
  const preview = page.getByTestId('brief-preview');
  await expect(preview.getByRole('table').filter({ hasText: '自動操舵の導入支援補助金' })).toBeVisible();

  const md = await exportedMarkdown(page);
  expect(section(md, '予算と費用負担')).toContain('| 自動操舵の導入支援補助金 | 120,000千円 | 150,000千円 |');
  expect(section(md, '担当課・連絡先')).toContain('所管：農林水産部 農業技術振興課 スマート農業推進室');
  expect(section(md, 'スケジュール')).not.toContain('18,400人');
});

test('a 市 council answer in the English UI: the pain bullet is said plainly', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  await app.switchLanguage('English');
  try {
    const ws = await paste(page, '空き家の情報をまとめたい', ANSWER);
    await ws.tab('Brief').click();
    await page.getByRole('button', { name: 'Create brief' }).click();
    await expect(ws.briefInput()).toHaveValue(/こんなことに困っていませんか/);
    const md = await ws.briefInput().inputValue();
    expect(section(md, 'こんなことに困っていませんか')).toContain(
      '- 所有者への連絡に時間を要し、働きかけが遅れる事例もある\n',
    );
    expect(md).not.toContain('見受けられるところでございます');
    await ws.waitSaved();
  } finally {
    await app.switchLanguage('日本語');
  }
});
