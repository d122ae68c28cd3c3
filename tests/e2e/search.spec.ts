/**
 * Search end to end: the command palette from the issues screen finds a record and jumps to it
 * (and runs commands); the 検索 page finds records in any width/case, highlights, groups by kind
 * and is keyboard-navigable; a record written on another device is found after sync; axe is clean
 * on the page and the palette in Japanese and English. Self-contained: its own sync server.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { SearchPageModel } from './pages/SearchPage';
import { SyncPage } from './pages/SyncPage';
import { SyncServer } from './pages/SyncServer';

async function addCouncilSession(page: Page, title: string) {
  await new CouncilNotesPage(page).create(title);
}

test('Ctrl+K on the issues screen finds a record and jumps to it, and runs commands', async ({ page }) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  await app.open();
  await addCouncilSession(page, '6月定例会 総務委員会 ｽﾏｰﾄｼﾃｨ答弁');
  await app.open('#/issues');

  await search.openPalette();
  await page.keyboard.type('スマートシティ答弁'); // full-width query, half-width record
  const option = search.palette().getByRole('option', { name: /6月定例会 総務委員会/ });
  await expect(option).toBeVisible();
  await expect(option.locator('mark')).toHaveText('ｽﾏｰﾄｼﾃｨ答弁');
  await page.keyboard.press('ArrowDown'); // past any command whose label matched
  while ((await option.getAttribute('aria-selected')) !== 'true') await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(search.palette()).toBeHidden();
  await expect(page).toHaveURL(/#\/council\/.+/);

  await search.openPalette();
  await page.keyboard.type('設定');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('設定・同期');

  await search.openPalette();
  await page.keyboard.press('Escape');
  await expect(search.palette()).toBeHidden();
});

test('a mouse resting where the palette opens does not pick an option; moving it does', async ({ page }) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  await app.open('#/issues');
  await search.openPalette();
  const options = search.palette().getByRole('option');
  const third = (await options.nth(2).boundingBox())!;
  await page.keyboard.press('Escape');
  // The pointer rests where the third option will appear, as a hand left on the mouse does.
  await page.mouse.move(third.x + third.width / 2, third.y + third.height / 2);
  await search.openPalette();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('を');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.mouse.move(third.x + third.width / 2 + 5, third.y + third.height / 2, { steps: 3 });
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
});

test('the search page finds every kind, highlights, and is navigable by keyboard', async ({ page }) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  await app.open();
  await app.addIssue('実証実験の協力企業を探したい');
  await addCouncilSession(page, '実証実験について質疑');
  await addCouncilSession(page, '予算特別委員会');

  await search.search('実証実験');
  const results = search.results();
  await expect(results.getByRole('heading', { name: /^課題/ })).toBeVisible();
  await expect(results.getByRole('heading', { name: /^会議/ })).toBeVisible();
  await expect(results.getByRole('link')).toHaveCount(2);
  await expect(results.locator('mark').first()).toHaveText('実証実験');
  await expect(page.getByTestId('search-count')).toHaveText('2 件');

  await search.searchbox().press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search.searchbox()).toBeFocused();

  await page.getByText('絞り込み', { exact: true }).click();
  await page.getByRole('checkbox', { name: '会議', exact: true }).check();
  await expect(results.getByRole('link')).toHaveCount(1);
  await search.searchbox().press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/council\/.+/);
});

test('a search for words inside a council note lands on that note, from the page and the palette', async ({
  page,
}) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  const notes = new CouncilNotesPage(page);
  await app.open();
  const sessionId = await notes.create('6月定例会 建設経済委員会');
  // Enough notes before and after that the one searched for is not simply the only one on screen.
  const bodies = Array.from({ length: 14 }, (_, i) => `一般質問の記録 その${i + 1}`);
  bodies.splice(3, 0, '駅前ロータリーの実証実験は来年度に延期との答弁');
  // Taken under the second agenda item: the result names it beside the meeting.
  await notes.setAgenda(['議案第1号', '一般質問（田中議員）']);
  await page.keyboard.press('Alt+Digit1');
  await notes.addNotes(bodies.slice(0, 2));
  await page.keyboard.press('Alt+Digit2');
  await expect(notes.headings()).toHaveCount(2);
  await notes.addNotes(bodies.slice(2));
  const target = notes.entries().filter({ hasText: '駅前ロータリー' });

  await search.search('ロータリーの実証');
  const hit = search.results().getByRole('link', { name: /駅前ロータリーの実証実験/ });
  await expect(search.results().getByRole('heading', { name: /^議会メモ/ })).toBeVisible();
  await expect(hit.locator('mark')).toHaveText('ロータリーの実証');
  // The result names the meeting and agenda item the note was taken under, and reads the note's
  // words once (its snippet).
  await expect(hit).toHaveText(/^6月定例会 建設経済委員会 · 一般質問（田中議員）\d{4}-/);
  expect(((await hit.textContent()) ?? '').split('駅前ロータリー')).toHaveLength(2);
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`#/council/${sessionId}/.+`));
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('aria-current', 'location');
  await expect(notes.entries().and(page.locator('[aria-current]'))).toHaveCount(1);

  // The agenda heading itself is found too, its title read once (as the snippet).
  await search.search('議案第1号');
  const heading = search.results().getByRole('link', { name: /議案第1号/ });
  await expect(heading).toHaveText(/^6月定例会 建設経済委員会\d{4}-\d\d-\d\d議案第1号$/);

  // Ctrl+K from the issues screen jumps to the same note.
  await app.open('#/issues');
  await search.openPalette();
  await page.keyboard.type('来年度に延期');
  const option = search.palette().getByRole('option', { name: /駅前ロータリー/ });
  await expect(option).toBeVisible();
  await expect(option).toHaveAccessibleName(
    /^議会メモ\s*6月定例会 建設経済委員会 · 一般質問（田中議員）\s*駅前/,
  );
  expect(((await option.textContent()) ?? '').split('駅前ロータリー')).toHaveLength(2);
  while ((await option.getAttribute('aria-selected')) !== 'true') await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/council/${sessionId}/.+`));
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
});

test('a note taken before 09:00 in Japan is dated by its own day, not the UTC day before', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-03T08:30:00+09:00') });
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  const notes = new CouncilNotesPage(page);
  await app.open();
  await notes.create('12月定例会 早朝の委員会');
  await notes.addNotes(['朝の委員会で除雪計画の見直しを報告']);
  await search.search('除雪計画');
  const hit = search.results().getByRole('link', { name: /除雪計画/ });
  await expect(hit.locator('.search-result__date')).toHaveText('2026-12-03');
});

test('the date filter finds a note taken at 08:30 in Japan on that local day, not the UTC day before', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-03T08:30:00+09:00') });
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  const notes = new CouncilNotesPage(page);
  await app.open();
  await notes.create('12月定例会 早朝の委員会');
  await notes.addNotes(['朝の委員会で除雪計画の見直しを報告']);
  await search.search('除雪計画');
  await page.getByText('絞り込み', { exact: true }).click();
  const from = page.getByLabel('期間（から）');
  const to = page.getByLabel('期間（まで）');
  await from.fill('2026-12-03');
  await to.fill('2026-12-03');
  const hit = search.results().getByRole('link', { name: /除雪計画/ });
  await expect(hit).toBeVisible();
  // The day before in Japan (the note's UTC day) does not hold it.
  await from.fill('2026-12-02');
  await to.fill('2026-12-02');
  await expect(hit).toBeHidden();
  await expect(search.results().getByText('見つかりませんでした。')).toBeVisible();
});

test('a word typed in kana and left unconverted is offered as the term it reads as, one click from its note', async ({
  page,
}) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  const notes = new CouncilNotesPage(page);
  await app.open();
  await notes.create('9月定例会 一般質問');
  await notes.addNotes(['交通空白地の解消については鋭意検討してまいりますとの答弁']);

  await search.search('えいいけんとう');
  // (Once the notes' kanji are read, the kana finds the note itself too; the offer stays.)
  const offer = page.getByRole('group', { name: '読みが一致する用語' });
  await offer.getByRole('button', { name: '「鋭意検討」で検索' }).click();
  await expect(search.searchbox()).toHaveValue('鋭意検討');
  await expect(search.searchbox()).toBeFocused();
  const hit = search.results().getByRole('link', { name: /交通空白地の解消/ });
  await expect(hit.locator('mark')).toHaveText('鋭意検討');
  // A kanji query, or kana that reads as no term, offers nothing.
  await expect(offer).toBeHidden();
  await search.searchbox().fill('ぬぬぬぬ');
  await expect(search.results()).toHaveAttribute('data-query', 'ぬぬぬぬ');
  await expect(offer).toBeHidden();
});

test('a name or word typed in kana finds the kanji it reads as in the notes (さとう → 佐藤)', async ({
  page,
}) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  const notes = new CouncilNotesPage(page);
  await app.open();
  await notes.create('12月定例会 本会議');
  await notes.addNotes(['佐藤議員から除雪体制について質問', '議事録への追記を依頼']);

  await search.search('さとう');
  // The dictionary loads on the first kana query (about 2 s, longer on a loaded machine).
  const hit = search.results().getByRole('link', { name: /除雪体制/ });
  await expect(hit).toBeVisible({ timeout: 30_000 });
  await expect(hit.locator('mark')).toHaveText('佐藤');
  await expect(search.results().getByTestId('search-count')).toHaveText('1 件 （読みから「佐藤」も検索）');
  await search.searchbox().fill('ついき');
  await expect(search.results().getByRole('link', { name: /議事録への追記/ })).toBeVisible();
  // Kana that reads as nothing in the notes still finds nothing.
  await search.searchbox().fill('ぬぬぬぬ');
  await expect(search.results().getByText('見つかりませんでした。')).toBeVisible();
});

test('a long page of results shows every row, and a cleared box never brings back the last results', async ({
  page,
}) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  const notes = new CouncilNotesPage(page);
  await app.open();
  await notes.create('9月定例会 総務委員会');
  // More results than a window shows: they are painted in two steps (useRowsInView).
  const bodies = Array.from({ length: 12 }, (_, i) => `一般質問の記録 その${i + 1}`);
  bodies.push('駅前ロータリーの整備について');
  await notes.addNotes(bodies);

  await search.search('一般質問');
  const links = search.results().getByRole('link');
  await expect(links).toHaveCount(12);
  await expect(page.getByTestId('search-count')).toHaveText('12 件');
  await search.searchbox().press('ArrowDown');
  for (let i = 1; i < 12; i++) await page.keyboard.press('ArrowDown');
  await expect(links.last()).toBeFocused();
  await expect(links.last()).toBeInViewport();

  // Clear, then type a query the old results do not match: they must not show up in between.
  await page.evaluate(() => {
    const list = document.querySelector('section[data-query]')!;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const a of list.querySelectorAll('a[data-result]')) seen.push(a.textContent ?? '');
    }).observe(list, { childList: true, subtree: true, characterData: true });
  });
  await search.searchbox().fill('');
  await search.searchbox().pressSequentially('駅前');
  await expect(links).toHaveCount(1);
  await expect(links.first()).toContainText('駅前ロータリー');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((text) => text.includes('一般質問'))).toEqual([]);
});

test('a record written on another device is found by search after sync', async ({ browser }) => {
  test.setTimeout(120_000);
  const server = await SyncServer.start();
  try {
    const ws = await server.createWorkspace('〇〇市 共創チーム');
    const [contextA, contextB] = [await browser.newContext(), await browser.newContext()];
    const a = new SyncPage(await contextA.newPage());
    const b = new SyncPage(await contextB.newPage());
    await new AppPage(a.page).open();
    await new AppPage(a.page).addIssue('ﾄﾞﾛｰﾝ配送の実証フィールドを提供したい');
    await a.configure(server.url, (await server.addMember(ws, 'Aさん')).token, ws);
    await b.configure(server.url, (await server.addMember(ws, 'Bさん')).token, ws);

    const search = new SearchPageModel(b.page);
    await search.search('ドローン配送');
    await expect(search.results().getByRole('link', { name: /配送の実証フィールド/ })).toBeVisible();
    await Promise.all([contextA.close(), contextB.close()]);
  } finally {
    await server.stop();
  }
});

for (const language of ['日本語', 'English'] as const) {
  test(`search page and palette have no serious or critical axe violations (${language})`, async ({
    page,
  }) => {
    const app = new AppPage(page);
    const search = new SearchPageModel(page);
    await app.open();
    await app.addIssue('実証実験の協力企業を探したい');
    await app.switchLanguage(language);
    await search.search('実証');
    await expect(search.results().locator('mark').first()).toBeVisible();
    await page.locator('details.search-filters summary').click();
    const check = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    };
    await check();
    await search.openPalette();
    await page.keyboard.type('実証');
    await expect(search.palette().getByRole('option').first()).toBeVisible();
    await check();
  });
}

test('a screen reader hears the result count after a search, not every result again', async ({ page }) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  await app.open();
  await app.addIssue('デマンド交通の実証をしたい');
  await search.search('デマンド');
  await expect(page.getByTestId('search-count')).toHaveText('1 件');
  await expect(page.getByTestId('search-count')).toHaveRole('status');
  await expect(search.results()).not.toHaveAttribute('aria-live');
});

test('a search for a speaker’s name shows what each of their notes said, not the name alone', async ({
  page,
}) => {
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  const notes = new CouncilNotesPage(page);
  await app.open();
  await notes.create('12月定例会 本会議 発言者');
  await notes.pickSpeaker('佐藤花子議員');
  await page.keyboard.type('デマンド交通の利用者数を問う');
  await page.keyboard.press('Enter');
  await page.keyboard.type('子育て支援の財源を問う');
  await page.keyboard.press('Enter');
  await expect(notes.entries()).toHaveCount(2);

  await search.search('佐藤花子');
  const links = search.results().getByRole('link');
  await expect(links).toHaveCount(2);
  // Each result reads its name and then its note, so the two can be told apart.
  await expect(
    search.results().getByRole('link', { name: /佐藤花子議員.*子育て支援の財源を問う/ }),
  ).toBeVisible();
  await expect(
    search.results().getByRole('link', { name: /佐藤花子議員.*デマンド交通の利用者数を問う/ }),
  ).toBeVisible();
});
