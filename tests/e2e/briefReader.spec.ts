import { expect, test } from './pages/sharedPage';
import { AppPage } from './pages/AppPage';
import { IssueWorkspacePage } from './pages/IssueWorkspacePage';

const TEXT = '予定価格を定めた上で、随意契約により業務を委託します。';

test('the issue reader decides whether business-known words are marked, and survives a reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('読み手の設定');
  await app
    .issueList()
    .getByRole('link', { name: /読み手の設定/ })
    .click();
  const ws = new IssueWorkspacePage(page);
  const marks = (term: string) => page.locator('.finding-mark--jargon').filter({ hasText: term });

  await expect(ws.reader()).toHaveValue('newcomer');
  await expect(ws.reader().locator('option:checked')).toHaveText('行政に不慣れな企業');
  await ws.rawInput().fill(TEXT);
  await expect(marks('予定価格')).toHaveCount(1);
  await expect(marks('随意契約')).toHaveCount(1);

  await ws.reader().selectOption({ label: '官民連携に慣れた企業' });
  await expect(marks('予定価格')).toHaveCount(0);
  await expect(marks('随意契約')).toHaveCount(1);
  await ws.waitSaved();

  await page.reload();
  await expect(ws.reader()).toHaveValue('public-sector-savvy');
  await expect(ws.rawInput()).toHaveValue(TEXT);
  await expect(marks('随意契約')).toHaveCount(1);
  await expect(marks('予定価格')).toHaveCount(0);

  // Back to the default reader: the word is marked again.
  await ws.reader().selectOption({ label: '行政に不慣れな企業' });
  await expect(marks('予定価格')).toHaveCount(1);
});
