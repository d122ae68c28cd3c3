/**
 * Backup and restore as a new user meets them: a backup restored on a fresh profile, and a cut
 * backup refused — with the keyboard kept where the user can choose another file.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { ExportPage } from './pages/ExportPage';

test('a cut backup is refused in the UI language, changes nothing, and leaves the keyboard on the picker', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('消えてはいけない課題');
  const settings = new ExportPage(page);
  await app.nav('settings').click();
  const backup = await settings.createBackup();
  const cut = Buffer.from(backup.text.slice(0, Math.floor(backup.text.length / 2)));

  const picker = settings.backupSection().getByLabel('バックアップファイルを選択');
  await picker.focus();
  await picker.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: cut });
  const alert = settings.backupSection().getByRole('alert');
  await expect(alert).toHaveText(
    /^このファイルは復元できません。データは変更していません。 ファイルが途中で切れています/,
  );
  await expect(picker).toBeFocused();

  await app.switchLanguage('English');
  const pickerEn = settings.backupSection().getByLabel('Choose a backup file');
  await pickerEn.focus();
  await pickerEn.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: cut });
  await expect(alert).toHaveText(
    /^This file cannot be restored\. Nothing was changed\. The file ends too early/,
  );
  await expect(pickerEn).toBeFocused();

  await app.nav('issues').click();
  await expect(app.issueList().getByRole('link')).toHaveCount(1);
  await expect(app.issueList().getByText('消えてはいけない課題')).toBeVisible();
});

test('a backup restores on a fresh profile: the issue and the glossary term are there', async ({
  page,
  browser,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('引き継ぐ課題');
  await page.goto('/#/glossary');
  await page.getByRole('textbox', { name: '用語', exact: true }).fill('協働');
  await page.getByRole('textbox', { name: 'やさしい言い換え' }).fill('一緒に取り組むこと');
  await page.getByRole('button', { name: '用語を追加' }).click();
  await expect(page.getByTestId('glossary-table').getByText('一緒に取り組むこと')).toBeVisible();
  await page.goto('/#/settings');
  const backup = await new ExportPage(page).createBackup();

  const fresh = await (await browser.newContext()).newPage();
  const freshApp = new AppPage(fresh);
  await freshApp.open('#/settings');
  const settings = new ExportPage(fresh);
  await settings
    .backupSection()
    .getByLabel('バックアップファイルを選択')
    .setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  const question = settings.backupSection().getByRole('heading', { name: /を復元しますか？/ });
  await expect(question).toBeFocused();
  await expect(settings.backupSection().getByTestId('restore-confirm')).toContainText('課題 1 件');
  await fresh.keyboard.press('Tab');
  await fresh.keyboard.press('Enter'); // 復元する
  await expect(settings.backupSection().getByText('バックアップから復元しました。')).toBeVisible();
  await freshApp.nav('issues').click();
  await expect(freshApp.issueList().getByText('引き継ぐ課題')).toBeVisible();
  await fresh.goto('/#/glossary');
  await expect(fresh.getByTestId('glossary-table').getByText('一緒に取り組むこと')).toBeVisible();
  await fresh.context().close();
});
