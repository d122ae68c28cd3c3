/**
 * Focus after moving to another page: on the new page's main heading (nav links, breadcrumbs,
 * opening a record, a Ctrl+K result), with no focus ring for a mouse user — and never taken from
 * what a page focuses on purpose (the council note box, the note a search hit leads to).
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { seriousViolations } from './pages/axeScan';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { SearchPageModel } from './pages/SearchPage';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('nav links, opening a record, breadcrumbs and Ctrl+K leave the focus on the new page heading', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('駅前広場の活用');

  await app.nav('workshops').focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('ワークショップ');
  await expect(heading(page)).toBeFocused();
  // Tab goes on from the heading into the page, not from the top of the document.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(
    true,
  );

  await app.nav('issues').focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await app
    .issueList()
    .getByRole('link', { name: /駅前広場の活用/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('駅前広場の活用');
  await expect(heading(page)).toBeFocused();
  // The issue page's heading ends the breadcrumb, visible (the title is edited in place below it):
  // the keyboard focus is seen on it, not on something around it.
  await expect(heading(page)).toBeVisible();
  expect((await heading(page).boundingBox())?.width).toBeGreaterThan(50);
  expect(await heading(page).evaluate((h) => h.matches(':focus-visible'))).toBe(true);
  expect(await heading(page).evaluate((h) => getComputedStyle(h).boxShadow)).not.toBe('none');
  expect(await seriousViolations(page)).toEqual([]);

  await page
    .getByRole('navigation', { name: 'パンくずリスト' })
    .getByRole('link', { name: '課題とブリーフ' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('課題とブリーフ');
  await expect(heading(page)).toBeFocused();

  const search = new SearchPageModel(page);
  await search.openPalette();
  await page.keyboard.type('設定');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('設定・同期');
  await expect(heading(page)).toBeFocused();
});

test('a mouse click on a nav link moves the focus without a visible focus ring', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.nav('council').click();
  await expect(heading(page)).toBeFocused();
  expect(await heading(page).evaluate((h) => h.matches(':focus-visible'))).toBe(false);
  expect(await heading(page).evaluate((h) => getComputedStyle(h).boxShadow)).toBe('none');
});

test('a mouse click opening an issue shows no ring around its heading', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('駅前広場の活用');
  await app.nav('issues').click();
  await app
    .issueList()
    .getByRole('link', { name: /駅前広場の活用/ })
    .click();
  await expect(heading(page)).toBeFocused();
  expect(await heading(page).evaluate((h) => getComputedStyle(h).boxShadow)).toBe('none');
});

test('a page that focuses a field on purpose keeps it: the note box, a searched note', async ({ page }) => {
  const app = new AppPage(page);
  const notes = new CouncilNotesPage(page);
  const search = new SearchPageModel(page);
  await app.open();
  const sessionId = await notes.create('9月定例会 文教厚生委員会');
  await notes.addNotes(['学童保育の待機児童は解消の見込み', '通学路の安全点検を実施']);

  await app.nav('council').click();
  await page.getByRole('link', { name: /9月定例会 文教厚生委員会/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/council/${sessionId}$`));
  await expect(notes.memo()).toBeFocused();
  // Still there once the arrival has had every chance to move it.
  await page.waitForTimeout(500);
  await expect(notes.memo()).toBeFocused();

  await search.search('通学路');
  await search
    .results()
    .getByRole('link', { name: /通学路の安全点検/ })
    .focus();
  await page.keyboard.press('Enter');
  const target = notes.entries().filter({ hasText: '通学路の安全点検' });
  await expect(target).toBeFocused();
  await page.waitForTimeout(500);
  await expect(target).toBeFocused();
});
