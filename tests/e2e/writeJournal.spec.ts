/**
 * A write under way when the page goes away (web mode): a click on 投票 and a reload in the same
 * task abort the click's IndexedDB transaction; the write-ahead journal (writeJournal.ts) keeps
 * the intent and the reloaded page writes it before it shows the records.
 */
import { expect, test } from '@playwright/test';
import { WorkshopPage } from './pages/WorkshopPage';

test('a vote clicked right before a reload is there after the reload', async ({ page }) => {
  const ws = new WorkshopPage(page);
  await ws.create('再読み込み直前の投票');
  await ws.addItem('発散', 20);
  await ws.view('進行');
  await ws.button('開始').click();
  await page.getByRole('textbox', { name: 'アイデア', exact: true }).fill('オンライン予約');
  await ws.button('付箋を追加').click();
  const voter = page.getByRole('textbox', { name: '投票する人' });
  await voter.fill('佐藤');
  await expect(page.getByTestId('votes-left')).toHaveText('佐藤さんの残り 3 票');

  // The click's handler and the reload run in one task, while another transaction keeps the votes
  // busy (a sync pull writing a page, a slow disk): the click's write is still queued when the page
  // goes away, every run, not only when the reload happens to win the race.
  const vote = page.getByRole('button', { name: '「オンライン予約」に投票' });
  await Promise.all([
    page.waitForEvent('load'),
    vote
      .evaluate(async (button: HTMLElement) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('kyoso-desk');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const store = db.transaction('votes', 'readwrite').objectStore('votes');
        const spin = () => void (store.get('none').onsuccess = spin);
        spin();
        button.click();
        location.reload();
      })
      .catch(() => undefined), // the page may go away before the answer comes back
  ]);

  await voter.fill('佐藤');
  await expect(page.getByTestId('votes-left')).toHaveText('佐藤さんの残り 2 票');
  // The row also holds its 「決定にする」 toggle (session 17's decisions).
  await expect(page.getByTestId('vote-tally').getByRole('listitem').first()).toContainText(
    'オンライン予約 — 1票',
  );
});
