import { expect, test } from './pages/sharedPage';
import { AppPage } from './pages/AppPage';
import { IssueWorkspacePage } from './pages/IssueWorkspacePage';

// 長寿命化 is on the construction trade's list (assets/glossary/src/trade-construction.txt);
// 債務負担行為 is on no trade's list.
const TEXT = '公共施設の長寿命化を進めるため、債務負担行為を設定して点検業務を委託します。';

test("the reader's trade leaves its own words unmarked, keeps the others, and survives a reload", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.addIssue('読み手の業種');
  await app
    .issueList()
    .getByRole('link', { name: /読み手の業種/ })
    .click();
  const ws = new IssueWorkspacePage(page);
  // Each marked 行政用語 has its own 「説明不要にする」 button in the findings.
  const marked = (term: string) =>
    ws.rawFindings().getByRole('button', { name: `「${term}」を説明不要にする` });

  await expect(ws.readerTrade()).toHaveValue('none');
  await ws.rawInput().fill(TEXT);
  await expect(marked('長寿命化')).toHaveCount(1);
  await expect(marked('債務負担行為')).toHaveCount(1);

  await ws.readerTrade().selectOption({ label: '建設・不動産・設備管理' });
  await expect(marked('長寿命化')).toHaveCount(0);
  await expect(marked('債務負担行為')).toHaveCount(1);
  // The other setting is untouched.
  await expect(ws.reader()).toHaveValue('newcomer');
  await ws.waitSaved();

  await page.reload();
  await expect(ws.readerTrade()).toHaveValue('construction');
  await expect(ws.rawInput()).toHaveValue(TEXT);
  await expect(marked('債務負担行為')).toHaveCount(1);
  await expect(marked('長寿命化')).toHaveCount(0);

  // Another trade does not know the word: it is marked again.
  await ws.readerTrade().selectOption({ label: 'IT・ソフトウェア・通信' });
  await expect(marked('長寿命化')).toHaveCount(1);
});
