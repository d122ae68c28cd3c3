/** The English UI as someone who reads no Japanese meets it: nothing of the UI left in Japanese. */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CouncilNotesPage } from './pages/CouncilNotesPage';

test('a meeting’s kind, date and place are separated the English way', async ({ page }) => {
  await new CouncilNotesPage(page).create('December session');
  await new AppPage(page).switchLanguage('English');
  await expect(page.locator('.page-lead')).toHaveText(/^Plenary session · \d{4}-\d{2}-\d{2}$/);
});
