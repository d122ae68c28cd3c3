/**
 * One record the app cannot show (a number where text belongs, written by an older version or
 * another tool) breaks only its own page: the shell stays usable and the user has a way out.
 */
import { expect, test } from '@playwright/test';
import { emptyIssueFields } from '../../common/records/defaults';
import { putAppRecords } from '../support/appDb';
import { AppPage } from './pages/AppPage';

const ID = '0190a000-0000-7000-8000-00000000e001';

test('a page that cannot render shows a way out and leaves the rest of the app usable', async ({ page }) => {
  const app = new AppPage(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await app.open();
  await app.addIssue('ふつうの課題');
  await putAppRecords(page, [
    {
      table: 'issues',
      id: ID,
      fields: { ...emptyIssueFields('壊れた課題'), rawText: 42, affected: { a: 1 } },
    },
  ]);
  await app.open(`#/issues/${ID}`);
  const alert = page.getByRole('alert').filter({ hasText: 'この画面を表示できませんでした' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
  await alert.getByRole('link', { name: '課題一覧へ戻る' }).click();
  await expect(app.issueList().getByText('ふつうの課題')).toBeVisible();
  await app.nav('settings').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]); // caught by the boundary, not an uncaught page error
});
