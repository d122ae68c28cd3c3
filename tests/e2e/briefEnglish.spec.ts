import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

// Playwright's own page, not the shared one: the language chosen here is kept in localStorage.

test('in the English UI the red pen and readiness speak English, quoting the Japanese words', async ({
  page,
}) => {
  const app = new AppPage(page);
  const ws = await app.openNewIssue('英語表示の指摘');
  await ws.rawInput().fill('所管課と庁内調整を行う。');
  const jargon = ws.findingsOf(ws.rawFindings(), 'jargon').filter({ hasText: '所管課' });
  await expect(jargon.locator('.finding__message')).toContainText('「所管課」は行政用語です');

  await app.switchLanguage('English');
  const message = jargon.locator('.finding__message');
  await expect(message).toContainText('「所管課」 is municipal jargon; companies understand 「');
  await expect(message).not.toContainText('行政用語です');
  await expect(jargon.locator('.finding__suggestion')).toContainText(/^Suggestion: .*（所管課）/);
  await expect(
    ws.findingsOf(ws.rawFindings(), 'redundant').locator('.finding__message').first(),
  ).toContainText('Roundabout wording. 「〜を行う」 can simply be 「〜する」');
  await expect(page.getByTestId('readiness')).toContainText(
    'The budget (ceiling, cost sharing) is not written',
  );

  await app.switchLanguage('日本語');
  await expect(message).toContainText('「所管課」は行政用語です');
  await expect(page.getByTestId('readiness')).toContainText('予算（上限・費用負担）が書かれていません');
});
