/**
 * The issue's municipality sets the body the brief assistant speaks of: a 町's issue is told
 * 「町の見解なら」 and 「町が提供できるもの」 by the pen and the readiness panel, and a rewrite under
 * review made for a 市 says it no longer fits when the municipality becomes a 町 — 「再作成」 makes it
 * again in the 町's words and keeps the author's decisions.
 */
import { expect, test } from './pages/sharedPage';
import { AppPage } from './pages/AppPage';
import { RewritePanelPage } from './pages/RewritePanelPage';

const TEXT = '庁内の調整に時間がかかっている。事業費は一般財源で賄う。人手の確保が課題と考えられる。';

test('a changed municipality marks the rewrite stale, and 「再作成」 redoes it in the new body’s words keeping decisions', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const ws = await app.openNewIssue('町の財源の課題');
  await ws.rawInput().fill(TEXT);
  const picker = page.getByRole('combobox', { name: '自治体', exact: true });
  await picker.fill('北海道 札幌市');

  // A 市's issue: the pen and readiness speak of the 市.
  const hedge = ws.findingsOf(ws.rawFindings(), 'passive-hedge').first();
  await expect(hedge).toContainText('市の見解なら', { timeout: 30_000 });
  await expect(page.getByTestId('readiness')).toContainText('市が提供できるもの');

  const rewrite = new RewritePanelPage(page);
  await rewrite.rewrite();
  await expect(rewrite.result()).toContainText('市役所の中');
  const total = await rewrite.changes().count();
  const rejected = rewrite.change('jargon').filter({ hasText: '一般財源' }).first();
  await rejected.getByRole('button', { name: '却下する' }).click();
  await expect(rejected).toHaveAttribute('data-accepted', 'false');

  // The municipality becomes a 町: the review says it still speaks as a 市, and offers 「再作成」.
  await picker.fill('北海道 森町');
  const stale = page.getByTestId('rewrite-stale');
  await expect(stale).toContainText('「市」から「町」に変わった');
  await expect(rewrite.changes()).toHaveCount(0);
  // The pen and readiness follow at once.
  await expect(hedge).toContainText('町の見解なら');
  await expect(hedge).not.toContainText('市の見解');
  await expect(page.getByTestId('readiness')).toContainText('町が提供できるもの');
  await expect(page.getByTestId('readiness')).not.toContainText('市が提供できるもの');

  await stale.getByRole('button', { name: '再作成' }).click();
  await expect(page.getByText(/作り直しました（採否を引き継いだ変更：\d+ 件）/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(stale).toBeHidden();
  await expect(rewrite.result()).toContainText('町役場の中');
  await expect(rewrite.result()).not.toContainText('市役所');
  await expect(rewrite.changes()).toHaveCount(total);
  // The decision on 一般財源 is kept: it stays as written, with no 市's or 町's wording.
  const kept = rewrite.change('jargon').filter({ hasText: '一般財源' }).first();
  await expect(kept).toHaveAttribute('data-accepted', 'false');
  await expect(kept).toContainText('町の自由なお金');
  await expect(page.getByText(`変更点（${total - 1} / ${total} 件を採用）`)).toBeVisible();

  // Another 町 speaks the same words: nothing goes stale.
  await picker.fill('北海道 七飯町');
  await expect(stale).toBeHidden();
  await expect(kept).toHaveAttribute('data-accepted', 'false');
});
