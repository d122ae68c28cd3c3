/**
 * 決定事項 end to end, through accessible names: typed on the run screen (button and Enter), a vote's
 * winner marked decided, kept across a reload, shown on the presenter view, summarised at the top
 * of the minutes and under each item (screen, Markdown, PDF), and seen on a second device via sync.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { printedHtml, standInPreload } from '../support/standInPreload';
import { SyncPage } from './pages/SyncPage';
import { SyncServer } from './pages/SyncServer';
import { WorkshopPage } from './pages/WorkshopPage';

test('decisions typed and voted during the run survive a reload, reach the projector and lead the minutes', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('交通の共創ワークショップ');
  await ws.addItem('課題の共有', 10);
  await ws.addItem('アイデア出し', 20);
  await ws.view('進行');
  await ws.button('開始').click();

  const field = page.getByRole('textbox', { name: '決まったこと' });
  const add = ws.button('決定事項を追加');
  await expect(page.getByRole('region', { name: '決定事項（課題の共有）' })).toBeVisible();
  await field.fill('対象は市内2地区の高齢者');
  await add.click();
  const list = page.getByRole('list', { name: '決定事項' });
  await expect(list.getByRole('listitem')).toHaveText(['対象は市内2地区の高齢者削除']);
  await expect(field).toHaveValue('');
  // Enter adds too, and the keyboard stays in the field for the next one.
  await field.fill('次回は1月に開く');
  await field.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(field).toBeFocused();
  await field.fill('消す決定');
  await field.press('Enter');
  await page.getByRole('button', { name: '決定事項「消す決定」を削除' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(field).toBeFocused();

  // Saved, not just shown: a reload keeps them.
  await page.reload();
  await expect(page.getByRole('list', { name: '決定事項' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('list', { name: '決定事項' })).toContainText('次回は1月に開く');

  // The second item: sticky notes, a vote, and the winner marked as its decision.
  await ws.button('次へ').click();
  await expect(page.getByRole('region', { name: '決定事項（アイデア出し）' })).toBeVisible();
  const ideaText = page.getByRole('textbox', { name: 'アイデア', exact: true });
  await ideaText.fill('乗合タクシーの予約窓口');
  await ideaText.press('Enter');
  await expect(page.getByTestId('idea')).toHaveCount(1);
  await page.getByRole('textbox', { name: '投票する人' }).fill('佐藤');
  await page.getByRole('button', { name: '「乗合タクシーの予約窓口」に投票' }).click();
  const decide = page.getByRole('button', { name: '「乗合タクシーの予約窓口」を決定事項にする' });
  await decide.focus();
  await page.keyboard.press('Enter');
  await expect(decide).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('list', { name: '決定事項' })).toHaveText(/乗合タクシーの予約窓口（付箋から）/);
  await expect(page.getByTestId('idea')).toContainText('決定');

  // The projector shows the current item's decisions.
  const presenter = await page.context().newPage();
  await presenter.goto(`/#/present/${id}`);
  await expect(presenter.getByTestId('presenter-current')).toHaveText('アイデア出し');
  await expect(presenter.getByRole('list', { name: '決定事項' }).getByRole('listitem')).toHaveText([
    '乗合タクシーの予約窓口',
  ]);
  await presenter.close();

  await page.getByRole('textbox', { name: '誰が' }).fill('佐藤');
  await page.getByRole('textbox', { name: '何を' }).fill('予約窓口の費用を見積もる');
  await page.getByLabel('いつまでに').fill('2026-12-15');
  await ws.button('アクションを追加').click();
  await expect(page.getByTestId('action-list')).toContainText('予約窓口の費用を見積もる');
  await page.getByRole('textbox', { name: '何を' }).fill('地区の候補を挙げる');
  await ws.button('アクションを追加').click();
  await expect(page.getByTestId('action-list')).toContainText('地区の候補を挙げる');

  await ws.view('議事録');
  await expect(page.getByRole('list', { name: '決定事項' }).getByRole('listitem')).toHaveText([
    '対象は市内2地区の高齢者（課題の共有）',
    '次回は1月に開く（課題の共有）',
    '乗合タクシーの予約窓口（アイデア出し）',
  ]);
  await ws.button('議事録を生成').click();
  const editor = page.getByRole('textbox', { name: '議事録（Markdown）' });
  await expect(editor).toHaveValue(/## まとめ/);
  const minutes = await editor.inputValue();
  // A reader who was not there: decisions first, then who does what by when; dates in Japanese.
  expect(minutes).toContain(
    '## まとめ\n\n### 決定事項\n\n- 対象は市内2地区の高齢者（課題の共有）\n- 次回は1月に開く（課題の共有）\n' +
      '- 乗合タクシーの予約窓口（アイデア出し）\n\n### アクション\n\n| 誰が | 何を | 期限 |',
  );
  expect(minutes).toContain('| 佐藤 | 予約窓口の費用を見積もる | 2026年12月15日 |');
  expect(minutes).toContain('| — | 地区の候補を挙げる | — |');
  expect(minutes.indexOf('## まとめ')).toBeLessThan(minutes.indexOf('## アジェンダと実績'));
  expect(minutes).toContain(
    '### 課題の共有\n\n#### 決定事項\n\n- 対象は市内2地区の高齢者\n- 次回は1月に開く',
  );
  expect(minutes).toContain('### アイデア出し\n\n#### 決定事項\n\n- 乗合タクシーの予約窓口');
  // No empty heading, no raw date or id.
  expect(minutes).not.toMatch(/^#+ *$/m);
  expect(minutes).not.toContain('2026-12-15');
  expect(minutes).not.toContain(id);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    ws.button('議事録を Markdown で保存').click(),
  ]);
  expect(await readFile((await download.path())!, 'utf8')).toContain('#### 決定事項');

  // The PDF's print document carries the same sections (the desktop path, through the host).
  await standInPreload(page);
  await page.reload();
  await page.getByTestId('export-minutes').click();
  await expect(page.getByRole('status').filter({ hasText: 'PDF を保存しました' })).toBeVisible();
  const html = await printedHtml(page);
  expect(html).toContain('決定事項');
  expect(html).toContain('対象は市内2地区の高齢者（課題の共有）');
  expect(html).toContain('2026年12月15日');
});

test('a decision recorded on one device reaches another through sync, and one added there comes back', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const server = await SyncServer.start();
  const contexts: BrowserContext[] = [];
  try {
    const wsId = await server.createWorkspace('〇〇市 共創チーム');
    contexts.push(await browser.newContext(), await browser.newContext());
    const [a, b] = await Promise.all(contexts.map(async (c) => new SyncPage(await c.newPage())));
    if (!a || !b) throw new Error('two devices expected');
    const wa = new WorkshopPage(a.page);
    const id = await wa.create('同期する決定');
    await wa.addItem('方針の確認', 15);
    await wa.view('進行');
    await a.page.getByRole('textbox', { name: '決まったこと' }).fill('実証は上期に行う');
    await wa.button('決定事項を追加').click();
    await expect(a.page.getByRole('list', { name: '決定事項' })).toContainText('実証は上期に行う');
    for (const [device, name] of [
      [a, 'Aさん'],
      [b, 'Bさん'],
    ] as const) {
      const member = await server.addMember(wsId, name);
      await device.configure(server.url, member.token, wsId);
    }

    await b.page.goto(`/#/workshops/${id}/run`);
    const listB = b.page.getByRole('list', { name: '決定事項' });
    await expect(listB.getByRole('listitem')).toHaveText(['実証は上期に行う削除']);
    await b.page.getByRole('textbox', { name: '決まったこと' }).fill('予算は市が持つ');
    await b.page.getByRole('textbox', { name: '決まったこと' }).press('Enter');
    await expect(listB.getByRole('listitem')).toHaveCount(2);
    await b.syncNow();

    await a.syncNow();
    await a.page.goto(`/#/workshops/${id}/run`);
    await expect(a.page.getByRole('list', { name: '決定事項' }).getByRole('listitem')).toHaveText([
      '実証は上期に行う削除',
      '予算は市が持つ削除',
    ]);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
    await server.stop();
  }
});
