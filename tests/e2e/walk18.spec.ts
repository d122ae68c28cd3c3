/**
 * Session 18's walk, as a stranger's script drives it (roles and accessible names only): a council
 * day's notes found by their day, an earlier note edited beside the composer, and each export
 * saved under a name that says which document it is.
 */
import { expect, test, type Page } from '@playwright/test';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { WorkshopPage } from './pages/WorkshopPage';

async function downloadName(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return download.suggestedFilename();
}

test('a day typed alone lists that day’s council notes by what was said, not by the speaker alone', async ({
  page,
}) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 一般質問 日付で探す');
  await notes.pickSpeaker('都市整備部長');
  await notes.addNotes(['サブリース方式も研究している', '空き家バンクの登録は累計87件']);
  await notes.waitSaved();

  await page.getByRole('link', { name: '検索', exact: true }).click();
  await page.getByRole('searchbox', { name: '検索' }).fill('今日');
  const council = page.getByRole('region', { name: /^議会メモ/ });
  await expect(
    council.getByRole('link', { name: /都市整備部長\s*サブリース方式も研究している/ }),
  ).toBeVisible();
  await expect(
    council.getByRole('link', { name: /都市整備部長\s*空き家バンクの登録は累計87件/ }),
  ).toBeVisible();
});

test('an earlier note edited beside the composer is a group named after the note, its fields told apart by name', async ({
  page,
}) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 一般質問 編集');
  await notes.pickSpeaker('企画部長');
  await notes.addNotes(['延べ利用者数は3,214人']);
  await page.getByRole('button', { name: /^編集 \d\d:\d\d 企画部長 「延べ利用者数は3,214人」$/ }).click();

  const editor = page.getByRole('group', { name: /^メモの編集 \d\d:\d\d 企画部長$/ });
  await expect(editor.getByRole('textbox', { name: 'メモ' })).toBeFocused();
  // Alt+S goes to the composer's 発言者: the editor's does not say it comes here.
  await expect(editor.getByRole('combobox', { name: '発言者' })).toHaveAccessibleDescription(
    '↑↓ で候補を選び Enter で決定。',
  );
  await page.keyboard.press('End');
  await page.keyboard.type('（速報値）');
  await editor.getByRole('button', { name: '完了' }).click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByRole('region', { name: '記録したメモ' })).toContainText(
    '延べ利用者数は3,214人（速報値）',
  );
  // The composer's 「メモ」 is the page's only one again.
  await expect(page.getByRole('textbox', { name: 'メモ' })).toHaveCount(1);
});

test('each export is saved under a name that says which document it is', async ({ page }) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('総務常任委員会 12月');
  await notes.addNotes(['実証実験の予算は？ #実証実験']);
  expect(await downloadName(page, '議事メモ Markdown')).toBe('総務常任委員会 12月 議事メモ.md');
  expect(await downloadName(page, '議事メモ PDF')).toBe('総務常任委員会 12月 議事メモ.html');

  const workshops = new WorkshopPage(page);
  await workshops.create('交通WS 書き出し', '共有→発散→収束→共有');
  await workshops.view('議事録');
  // Web mode downloads the print document; the agenda's and the minutes' no longer share a name.
  expect(await downloadName(page, 'アジェンダ PDF')).toBe('交通WS 書き出し アジェンダ.html');
  expect(await downloadName(page, '議事録 PDF')).toBe('交通WS 書き出し 議事録.html');
});

test('a note typed when the page reloads opens again where it was, to be finished, and the page says so', async ({
  page,
}) => {
  page.on('dialog', (d) => void d.accept()); // 「このサイトを離れますか?」 → 離れる
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 一般質問 再読み込み');
  await notes.pickSpeaker('佐藤議員');
  await page.keyboard.type('再質問：空き家の利活用に民間のノウハウを');
  await expect(notes.status()).toHaveText('保存しました'); // created: this tab knows which note it typed
  await page.reload();
  const recorded = page.getByRole('region', { name: '記録したメモ' });
  await expect(
    recorded.getByRole('status').filter({ hasText: /入力中だったメモを開きました。そのまま続きを書けます/ }),
  ).toBeVisible();
  const editor = page.getByRole('group', { name: /^メモの編集 \d\d:\d\d 佐藤議員$/ });
  await expect(editor.getByRole('textbox', { name: 'メモ' })).toBeFocused();
  await page.keyboard.type('活かすべきでは');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  await expect(notes.entries()).toHaveCount(1);
  await expect(notes.entries().first()).toContainText('民間のノウハウを活かすべきでは');
  // Reloaded again after 完了: nothing is reopened.
  await page.reload();
  await expect(notes.memo()).toBeVisible();
  await expect(page.getByRole('group', { name: /^メモの編集/ })).toHaveCount(0);
});
