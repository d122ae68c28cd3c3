/** The English UI as someone who reads no Japanese meets it: nothing of the UI left in Japanese. */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { ExportPage } from './pages/ExportPage';
import { WorkshopPage } from './pages/WorkshopPage';

test('a meeting’s kind, date and place are separated the English way', async ({ page }) => {
  await new CouncilNotesPage(page).create('December session');
  await new AppPage(page).switchLanguage('English');
  await expect(page.locator('.page-lead')).toHaveText(/^Plenary session · \d{4}-\d{2}-\d{2}$/);
});

test('switching to English leaves no Japanese 「保存しました」 behind', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('駅前広場の活用');
  await expect(page.getByRole('status').getByText('保存しました')).toBeVisible();
  await app.switchLanguage('English');
  // Right away: a passing note goes by itself after 4 s anyway.
  await expect(page.getByText('保存しました')).toHaveCount(0, { timeout: 500 });
});

test('a method’s kind, length and group size are separated the English way', async ({ page }) => {
  await new WorkshopPage(page).create('Planning');
  await new AppPage(page).switchLanguage('English');
  const kpt = page
    .locator('.method')
    .filter({ has: page.getByRole('heading', { name: 'KPT (Keep / Problem / Try)' }) });
  await expect(kpt.locator('.method__head .muted')).toHaveText(/^[A-Z][a-z]+ · \d+ min · /);
  await expect(kpt.locator('.method__head .muted')).not.toContainText('・');
});

test('the search page’s example says in English that the records are searched in Japanese', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/search');
  const box = page.getByRole('searchbox', { name: '検索' });
  await expect(box).toHaveAttribute('placeholder', '例: 実証実験');
  await expect(page.getByRole('button', { name: '実証実験' })).toHaveCount(0);

  await app.switchLanguage('English');
  const english = page.getByRole('searchbox', { name: 'Search' });
  await expect(english).toHaveAttribute('placeholder', 'Words as written in the records');
  await expect(english).toHaveAccessibleDescription(/mostly in Japanese, so search with Japanese words/);
  const example = page.getByRole('button', { name: '実証実験' });
  await expect(example).toHaveAttribute('lang', 'ja');
  await example.click();
  await expect(english).toHaveValue('実証実験');
  await expect(english).toBeFocused();
});

test('the English planner offers the built-in templates and methods in English; an agenda keeps its language', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/workshops');
  await app.switchLanguage('English');
  await page.getByRole('textbox', { name: 'Workshop name' }).fill('Framing');
  await page
    .getByRole('combobox', { name: 'Template' })
    .selectOption({ label: 'Reverse-proposal briefing (gyaku-puro)' });
  await page.getByRole('button', { name: 'Add workshop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Framing');
  const titles = page.getByTestId('agenda-row').getByRole('textbox', { name: 'Item', exact: true });
  await expect(titles).toHaveCount(7);
  await expect(titles.first()).toHaveValue('Opening and the day’s programme');

  // The library in English, searched in English.
  const library = page.getByRole('region', { name: 'Method library' });
  await expect(library.getByRole('heading', { name: 'World Café' })).toBeVisible();
  await library.getByRole('searchbox', { name: 'Search methods' }).fill('affinity');
  await expect(library.getByRole('heading', { level: 3 })).toHaveText(['KJ method (affinity diagram)']);
  await expect(library.getByRole('status')).toHaveText('1 method');
  await library.getByRole('button', { name: 'Add KJ method (affinity diagram) to the agenda' }).click();
  await expect(titles).toHaveCount(8);
  await expect(titles.last()).toHaveValue('KJ method (affinity diagram)');

  // Back in Japanese: the library and the templates are Japanese, the agenda stays as it was made.
  await app.switchLanguage('日本語');
  // The English query still finds the method by its English name.
  await expect(page.getByRole('region', { name: 'Method library' })).toHaveCount(0);
  await expect(page.locator('.method-library').getByRole('searchbox')).toHaveValue('affinity');
  await expect(page.locator('.method-library').getByRole('heading', { level: 3 })).toHaveText([
    'KJ法（親和図）',
  ]);
  await expect(page.locator('option', { hasText: '逆プロポ説明会' })).toHaveCount(1);
  await expect(page.getByTestId('agenda-row').getByRole('textbox', { name: '項目名' }).first()).toHaveValue(
    'Opening and the day’s programme',
  );
});

test('a backup says what it saved in records the user knows, singular for one', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('駅前広場の活用');
  await app.switchLanguage('English');
  const backup = new ExportPage(page);
  await backup.open();
  await backup.createBackup();
  await expect(backup.backupSection().getByText(/^Backup saved/)).toHaveText('Backup saved: 1 issue.');
});

test('readiness names a village’s own offer: 村が提供できるもの, “What the village provides”', async ({
  page,
}) => {
  const ws = await new AppPage(page).openNewIssue('買い物支援');
  await ws.rawInput().fill('本村は、実証に使う公用車を受託者へ貸与する。');
  const offer = page.getByTestId('readiness-from-text').locator('li[data-key="offer"]');
  await expect(offer.locator('strong')).toHaveText('村が提供できるもの');
  await new AppPage(page).switchLanguage('English');
  await expect(offer.locator('strong')).toHaveText('What the village provides');
});
