/**
 * Issue 13's journey walked a sixth time (session 17), with three texts written for this test: a 区's
 * call for a multilingual counter-guidance trial with a table aligned with spaces, a 村 council answer
 * on a 移動販売 service with 「前向きに検討してまいりたい」, and a 市 plan excerpt on 公共施設の再編
 * with numbered headings, a 補助率 sentence and a space-aligned 事業費 table. Each checks what
 * the walk found through what a user reads: the red pen, the rewrite, the brief, the company preview,
 * the Markdown and the PDF. Keyboard for the pen's fix and the rewrite; English UI for the answer.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './pages/sharedPage';
import { AppPage } from './pages/AppPage';
import { printOffline } from './pages/printOffline';
import { RewritePanelPage } from './pages/RewritePanelPage';
import { exportedMarkdown, pasteAndWait, section } from './pages/briefWalk';

const CALL = [
  '１．募集の趣旨',
  '本区では外国人住民が年々増加しており、区役所の窓口では多言語での案内が課題となっている。窓口職員が翻訳アプリを個別に使っているが、手続の説明に時間がかかり、待ち時間が長くなっている。',
  '',
  '２．対象窓口',
  '対象とする窓口の状況は次のとおりである。',
  '',
  '窓口名          月間来庁者数    外国人の割合',
  '戸籍住民課      4,800人         18%',
  '国保年金課      2,100人         12%',
  '子育て支援課    1,300人         9%',
  '',
  '３．実証の内容',
  '多言語で手続を案内する仕組みを窓口に設置し、待ち時間と案内に要する時間の変化を検証する。区は窓口の設置場所と来庁者数のデータを提供する。',
  '',
  '４．予算及び期間',
  '委託料は上限300万円（税込）とする。実証期間は令和9年10月から令和10年3月までとする。',
  '',
  '５．問合せ先',
  '区民部 戸籍住民課 窓口改善係',
  '電話：03-5555-1234',
].join('\n');

const ANSWER = [
  '移動販売についての御質問にお答えいたします。',
  '',
  '本村では、令和5年に村内唯一の食料品店が閉店し、自家用車を持たない高齢者の買い物が困難になっております。村内の65歳以上の方は約1,100人で、そのうち約3割が自家用車を持っていないと推計されております。',
  '',
  '現在、社会福祉協議会が週1回、買い物の送迎を行っておりますが、利用者は固定化しており、集落によっては送迎の対象外となっているところでございます。',
  '',
  '移動販売の導入につきましては、民間事業者の参入の可能性も含めまして、前向きに検討してまいりたいと考えております。',
].join('\n');

const PLAN = [
  '第３章　公共施設の再編',
  '',
  '１　現状と課題',
  '市の公共施設は延床面積の約6割が築30年を超えており、今後40年間の更新費用は約1,800億円と試算されている。利用者の少ない施設が各地区に点在しており、維持管理の負担が大きい。',
  '',
  '２　主な取組',
  '（１）地区の集会施設を小学校の余裕教室に集約し、跡地は民間事業者への売却又は貸付けを検討する。',
  '（２）民間事業者が複合施設を整備する場合には、補助率2分の1以内で補助する。',
  '',
  '３　事業費',
  '区分            令和8年度       令和9年度',
  '基本計画策定    12,000千円      8,000千円',
  '改修設計        30,000千円      45,000千円',
  '',
  '４　担当',
  '所管：財政部 資産経営課',
].join('\n');

const paste = (page: Page, title: string, text: string) => pasteAndWait(page, 'walk17', title, text);

test('a 区’s call by keyboard: a space-aligned table stays a table, its term explained under it', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const ws = await paste(page, '窓口の多言語案内を試したい', CALL);
  // The pen's own fix for 来庁者 (a cell of the table) writes its explanation under the table.
  const fix = page.getByRole('button', { name: '「来庁者」を修正する' });
  await fix.focus();
  await page.keyboard.press('Enter');
  await expect(ws.rawInput()).toHaveValue(/子育て支援課 {4}1,300人 {9}9%\n来庁者とは、/);
  await expect(ws.rawInput()).not.toHaveValue(/来庁者（/);

  const rewrite = new RewritePanelPage(page);
  let started = Date.now();
  await rewrite.start().focus();
  await page.keyboard.press('Enter');
  await expect(rewrite.changes().first()).toBeVisible({ timeout: 30_000 });
  console.log(`[walk17] call: rewrite ${Date.now() - started} ms`);
  await expect(rewrite.result()).toContainText('国民健康保険を国保と');
  await expect(rewrite.result()).not.toContainText('国保（');
  await page.getByRole('button', { name: '書き換えを保存' }).click();
  await ws.waitSaved();

  await ws.tab('ブリーフ').click();
  started = Date.now();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  await expect(ws.briefInput()).toHaveValue(/こんなことに困っていませんか/);
  console.log(`[walk17] call: draft ${Date.now() - started} ms`);
  const md = await ws.briefInput().inputValue();
  expect(section(md, '背景と現状（数字とデータ）')).toContain(
    '| 窓口名 | 月間来庁者数 | 外国人の割合 |\n| --- | --- | --- |\n| 戸籍住民課 | 4,800人 | 18% |',
  );
  await ws.waitSaved();

  await ws.tab('企業向けプレビュー').click();
  const preview = page.getByTestId('brief-preview');
  await expect(preview.getByRole('table').filter({ hasText: '子育て支援課' })).toBeVisible();
  started = Date.now();
  const { html } = await ws.exportPdfFromPreview();
  const { text } = await printOffline(page, html, testInfo, 'walk17-call');
  console.log(`[walk17] call: PDF ${Date.now() - started} ms`);
  expect(text).toContain('窓口名月間来庁者数外国人の割合');
  expect(text).toContain('委託料は上限300万円（税込）とする。');
  // The department line over the phone says whom the number reaches.
  expect(text).toContain('区民部戸籍住民課窓口改善係電話：03-5555-1234');
});

test('a 村 council answer in the English UI: the brief reads in です・ます, no subject to fill in', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const app = new AppPage(page);
  await app.open();
  await app.switchLanguage('English');
  try {
    const ws = await paste(page, '移動販売を村に呼びたい', ANSWER);
    const started = Date.now();
    await page.getByRole('button', { name: 'Rewrite for companies' }).click();
    await expect(page.getByRole('button', { name: 'Save rewrite' })).toBeVisible({ timeout: 30_000 });
    console.log(`[walk17] answer: rewrite ${Date.now() - started} ms`);
    await page.getByRole('button', { name: 'Save rewrite' }).click();
    await ws.waitSaved();
    await ws.tab('Brief').click();
    await page.getByRole('button', { name: 'Create brief' }).click();
    await expect(ws.briefInput()).toHaveValue(/こんなことに困っていませんか/);
    const md = await ws.briefInput().inputValue();
    expect(section(md, '背景と現状（数字とデータ）')).toContain(
      '約3割が自家用車を持っていないと推計されています。',
    );
    expect(md).not.toContain('【要記入：主語】');
    for (const ending of ['ております', 'ございます']) expect(md).not.toContain(ending);
    await ws.waitSaved();
  } finally {
    await app.switchLanguage('日本語');
  }
});

test('a 市 plan: headings stay headings, the 補助率 goes with the 事業費 table, in the Markdown export', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const ws = await paste(page, '公共施設を集約したい', PLAN);
  await ws.tab('ブリーフ').click();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  await expect(ws.briefInput()).toHaveValue(/## 市が提供できるもの/);
  await ws.waitSaved();
  await ws.tab('企業向けプレビュー').click();
  const preview = page.getByTestId('brief-preview');
  await expect(preview.getByRole('table').filter({ hasText: '基本計画策定' })).toBeVisible();

  const md = await exportedMarkdown(page);
  const budget = section(md, '予算と費用負担');
  expect(budget).toContain('| 基本計画策定 | 12,000千円 | 8,000千円 |');
  expect(budget).toContain('補助率2分の1以内で補助する。');
  expect(section(md, '背景と現状（数字とデータ）')).not.toContain('補助率');
  for (const heading of ['１　現状と課題', '２　主な取組', '３　事業費']) expect(md).not.toContain(heading);
  expect(md).not.toContain('【要記入：主語】');

  const { html } = await ws.exportPdfFromPreview();
  const { text } = await printOffline(page, html, testInfo, 'walk17-plan');
  expect(text).toContain('基本計画策定12,000千円8,000千円');
});
