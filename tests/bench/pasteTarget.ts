/** Where the big-paste bench and profile paste: the app's 課題の原文, or a bare textarea with the same classes. */
import type { Browser } from '@playwright/test';
import { AppPage } from '../e2e/pages/AppPage';

/** A new context (clipboard allowed) with the paste target focused. */
export async function openPasteTarget(browser: Browser, baseURL: string, where: string, title: string) {
  const context = await browser.newContext({ baseURL, locale: 'ja-JP' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  if (where === 'app') {
    await new AppPage(page).openNewIssue(title);
    await page.getByTestId('raw-input').click();
  } else {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    // The same classes as the app's editor, in the app's stylesheet, without React.
    await page.evaluate(() => {
      document.body.innerHTML =
        '<div class="highlighted"><textarea id="bare" rows="16" spellcheck="false" class="highlighted__input input textarea"></textarea></div>';
    });
    await page.click('#bare');
  }
  return { context, page };
}
