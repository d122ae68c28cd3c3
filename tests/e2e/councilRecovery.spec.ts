/**
 * A council note whose page went away before its save reached the database (a crash, a reload past
 * the browser's prompt) lives in the note journal. It must come back at the next start even if the
 * user never opens that meeting again: found by search, synced like any note.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { SearchPageModel } from './pages/SearchPage';

test('a note a crashed page left in a meeting nobody reopens is found by search after the restart', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new CouncilNotesPage(page);
  const search = new SearchPageModel(page);
  await app.open();
  const sessionId = await notes.create('9月定例会 一般質問 中断');
  await page.goto('/#/issues');
  // What the crashed page's last keystrokes left: its journal entry, never saved to IndexedDB.
  await page.evaluate((session) => {
    localStorage.setItem(
      'kyoso-note-journal:note-left-by-a-crash',
      JSON.stringify({
        owner: 'a-page-that-crashed',
        sessionId: session,
        id: 'note-left-by-a-crash',
        fields: {
          sessionId: session,
          at: new Date().toISOString(),
          kind: 'entry',
          speakerRole: 'member',
          speaker: '高橋議員',
          body: '',
          issueId: '',
        },
        patch: { body: '除雪車の運行情報をオープンデータで公開すべき' },
        revision: 4,
      }),
    );
  }, sessionId);
  await page.reload();

  await search.search('除雪車');
  await expect(search.results().getByRole('link', { name: /9月定例会.*除雪車の運行情報/ })).toBeVisible();
  // Opened at last, the meeting holds the note and says it was put back.
  await page.goto(`/#/council/${sessionId}`);
  await expect(notes.entries()).toHaveCount(1);
  await expect(notes.entries().first()).toContainText('除雪車の運行情報をオープンデータで公開すべき');
  await expect(page.getByRole('status').filter({ hasText: /入力中だったメモを記録しました/ })).toBeVisible();
});
