/** マイ用語集 as a user meets it: adding, reading it in English, deleting and undoing. */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';

async function addTerm(page: Page, term: string, reading: string, plain: string): Promise<void> {
  await page.getByRole('textbox', { name: /^(用語|Term)$/ }).fill(term);
  await page.getByRole('textbox', { name: /^(よみ|Reading)$/ }).fill(reading);
  await page.getByRole('textbox', { name: /^(やさしい言い換え|Plain wording)$/ }).fill(plain);
  await page.getByRole('button', { name: /^(用語を追加|Add term)$/ }).click();
  await expect(page.getByTestId('glossary-table').getByText(plain)).toBeVisible();
}

test('the reading after a term uses the brackets of the language shown', async ({ page }) => {
  await new AppPage(page).open('#/glossary');
  await addTerm(page, '協働', 'きょうどう', '一緒に取り組むこと');
  const cell = page.getByTestId('glossary-table').getByRole('cell').first();
  await expect(cell).toHaveText('協働（きょうどう）');
  await new AppPage(page).switchLanguage('English');
  await expect(cell).toHaveText('協働 (きょうどう)');
});

test('a deleted term can be brought back, and the keyboard is never dropped to the page', async ({
  page,
}) => {
  await new AppPage(page).open('#/glossary');
  await addTerm(page, '協働', 'きょうどう', '一緒に取り組むこと');
  // Ready for the next term.
  await expect(page.getByRole('textbox', { name: '用語', exact: true })).toBeFocused();
  await addTerm(page, '所管', 'しょかん', '担当している');

  const table = page.getByTestId('glossary-table');
  await page.getByRole('button', { name: '削除: 協働' }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByText('一緒に取り組むこと')).toHaveCount(0);
  const notice = page.getByTestId('glossary-removed');
  await expect(notice).toContainText('「協働」を削除しました。');
  await expect(notice).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '元に戻す: 協働' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(table.getByText('一緒に取り組むこと')).toBeVisible();
  await expect(table.getByText('きょうどう')).toBeVisible();
  await expect(notice).toContainText('「協働」を元に戻しました。');
  await expect(notice).toBeFocused();

  await page.reload();
  await expect(table.getByText('一緒に取り組むこと')).toBeVisible();
  await expect(table.getByText('担当している')).toBeVisible();
});

test('an empty term is refused with the app’s own message in the UI language, not the browser’s', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/glossary');
  await app.switchLanguage('English');
  await page.getByRole('button', { name: 'Add term' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter the term.' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a plain wording' })).toBeVisible();
  const term = page.getByRole('textbox', { name: 'Term', exact: true });
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute('aria-invalid', 'true');

  await term.fill('協働');
  await page.getByRole('button', { name: 'Add term' }).click();
  const plain = page.getByRole('textbox', { name: 'Plain wording' });
  await expect(plain).toBeFocused();
  await expect(term).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByTestId('glossary-table').getByText('協働')).toHaveCount(0);
});
