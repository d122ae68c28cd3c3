import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CouncilNotesPage } from './pages/CouncilNotesPage';

test('switches Japanese ↔ English and keeps the choice across a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('課題とブリーフ');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await app.switchLanguage('English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Issues & Briefs');
  await expect(app.nav('council')).toHaveText(/Council Notes/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Issues & Briefs');
  await app.switchLanguage('日本語');
  await expect(app.nav('council')).toHaveText(/議会メモ/);
});

test('a created record is still there after a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('高齢者の通院の足を確保したい');
  await page.reload();
  await expect(app.issueList().getByText('高齢者の通院の足を確保したい')).toBeVisible();

  // Creating a meeting opens its note screen once the record is saved.
  await new CouncilNotesPage(page).create('12月定例会 一般質問');
  await app.nav('council').click();
  await expect(page.getByTestId('council-list').getByText(/12月定例会 一般質問/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('council-list').getByText(/12月定例会 一般質問/)).toBeVisible();
});

test('every section is reachable by keyboard alone', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.keyboard.press('Tab'); // skip link
  await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await app.nav('settings').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(app.nav('settings')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('設定・同期');
});

for (const hash of ['#/issues', '#/workshops', '#/council', '#/search', '#/settings']) {
  test(`the shell has no serious or critical axe violations on ${hash}`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open(hash);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  });
}

test('adding an issue with the button leaves the keyboard in the title field for the next one', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const title = page.getByRole('textbox', { name: '課題のタイトル' });
  await title.fill('公共施設の予約を簡単にしたい');
  await page.getByRole('button', { name: '課題を追加' }).click();
  await expect(app.issueList().getByText('公共施設の予約を簡単にしたい')).toBeVisible();
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('');
});

test('the issue page names its breadcrumb in the language shown', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('パンくずの名前');
  await app.issueList().getByText('パンくずの名前').click();
  await expect(page.getByRole('navigation', { name: 'パンくずリスト' })).toBeVisible();
  await app.switchLanguage('English');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
});
