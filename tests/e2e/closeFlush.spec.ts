/**
 * Flush before close, web mode (issue 10 item 9): an edit still inside the autosave delay is
 * written when the page is hidden, and closing the tab warns only while something is unsaved.
 */
import { expect, test, type Page } from '@playwright/test';
import { readAppRecords } from '../support/appDb';
import { AppPage } from './pages/AppPage';

/** The stored rawText of the only issue, read straight from IndexedDB. */
async function storedRawText(page: Page): Promise<string> {
  return (await readAppRecords<{ rawText: string }>(page, 'issues'))[0]?.rawText ?? '';
}

test('pagehide writes an edit that is still waiting for its autosave delay', async ({ page }) => {
  // Fake timers so the autosave delay cannot run out by itself: only the pagehide flush can write.
  await page.clock.install();
  const ws = await new AppPage(page).openNewIssue('閉じる前の保存');
  await page.clock.pauseAt(Date.now() + 60_000);
  await ws.rawInput().fill('閉じる直前に打った一文。');
  expect(await storedRawText(page)).toBe('');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect.poll(() => storedRawText(page)).toBe('閉じる直前に打った一文。');
});

test('closing the tab warns while an edit is unsaved, and closes silently once it says saved', async ({
  page,
}) => {
  const ws = await new AppPage(page).openNewIssue('閉じるときの警告');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss(); // "stay on this page"
  });

  await ws.rawInput().fill('まだ保存されていない。');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await ws.waitSaved();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual(['beforeunload']);
});
