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
