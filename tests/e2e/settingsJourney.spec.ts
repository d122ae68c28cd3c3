/**
 * A new user's settings, with the keyboard alone: sync set up to a server that does not answer
 * (what is shown, in both languages, and that nothing is lost).
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';

/** A loopback port nothing listens on (discard): the connection is refused at once. */
const DEAD_SERVER = 'http://127.0.0.1:9';
const WORKSPACE = '0190a0b1-2c3d-7e4f-8a9b-0c1d2e3f4a5b';

/** Tabs forward until `name` has the focus (a keyboard user looking for a field). */
async function tabTo(page: Page, role: 'textbox' | 'button', name: string): Promise<void> {
  const target = page.getByRole(role, { name, exact: true });
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

// An English-speaking computer with the app left in Japanese (and the other way round below).
test.use({ locale: 'en-US' });

test('sync to a server that does not answer says so in the UI language, times included, and loses nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('残るべき課題');
  await app.nav('settings').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await tabTo(page, 'textbox', 'サーバーのURL');
  await page.keyboard.type(DEAD_SERVER);
  await tabTo(page, 'textbox', 'メンバートークン');
  await page.keyboard.type('abcdefghijklmnopqrstuvwxyz0123456789');
  await tabTo(page, 'textbox', 'ワークスペースID');
  await page.keyboard.type(WORKSPACE);
  await page.keyboard.press('Enter');

  const status = page.getByTestId('sync-settings-status');
  await expect(status).toHaveText(/^サーバーに接続できません。\d{2}:\d{2} に自動で再試行します$/);
  await expect(page.getByTestId('sync-status')).toContainText('サーバーに接続できません');
  // The log's times are written the Japanese way too (no "Dec 3, 2026, 6:48:55 AM").
  const log = page.locator('section', { has: page.getByRole('heading', { name: /^(同期ログ|Sync log)$/ }) });
  await expect(log.locator('time').first()).toHaveText(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}:\d{2}$/);

  await app.switchLanguage('English');
  await expect(status).toHaveText(/^Cannot reach the server\. Retrying automatically at \d{2}:\d{2}$/);
  await expect(log.locator('time').first()).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}$/);

  // Nothing is lost: the issue is there, and the settings are kept for the next try.
  await app.nav('issues').click();
  await expect(app.issueList().getByText('残るべき課題')).toBeVisible();
  await page.reload();
  await app.nav('settings').click();
  await expect(page.getByRole('textbox', { name: 'Server URL' })).toHaveValue(DEAD_SERVER);
  await expect(page.getByRole('textbox', { name: 'Workspace ID' })).toHaveValue(WORKSPACE);
});

test('a refused sync setting takes the keyboard to the field to correct, marked invalid', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/settings');
  const url = page.getByRole('textbox', { name: /^(サーバーのURL|Server URL)$/ });
  const workspace = page.getByRole('textbox', { name: /^(ワークスペースID|Workspace ID)$/ });
  await url.fill('sync.example.jp');
  await workspace.fill(WORKSPACE);
  await page.getByRole('button', { name: '保存して同期' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('URLは http:// または https:// で始めてください');
  await expect(url).toBeFocused();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription('URLは http:// または https:// で始めてください');

  await page.keyboard.press('Home');
  await page.keyboard.type('https://');
  await workspace.fill('not-a-workspace');
  await app.switchLanguage('English');
  await page.getByRole('button', { name: 'Save and sync' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/^The workspace ID is not valid/);
  await expect(workspace).toBeFocused();
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');
});
