/**
 * Two browser contexts (two IndexedDBs, like two laptops) sync through a real server started by
 * the test: a record A created before its first sync appears in B; edits of different lines merge; edits of the
 * same line become a visible conflict the user resolves, after which both show the same text; a council
 * note or an issue field with a conflict says so on its own screen and leads to both versions.
 */
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { SyncPage } from './pages/SyncPage';
import { SyncServer } from './pages/SyncServer';

let server: SyncServer;
test.beforeAll(async () => {
  server = await SyncServer.start();
});
test.afterAll(async () => {
  await server?.stop();
});

const BASE = '一行目: 高齢者の通院\n二行目: 移動手段が足りない\n三行目: 予算は未定\n';

/**
 * Two devices sharing one issue. A wrote it (with text BASE) before sync was ever set up, as a
 * seconded staffer does offline: the first sync binds A's workspace in place and uploads it.
 * B joins afterwards and has the issue open.
 */
async function sharedIssue(browser: Browser, title: string) {
  const ws = await server.createWorkspace('〇〇市 共創チーム');
  const contexts: BrowserContext[] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = await Promise.all(contexts.map(async (c) => new SyncPage(await c.newPage())));
  if (!a || !b) throw new Error('two devices expected');
  await new AppPage(a.page).open();
  await new AppPage(a.page).addIssue(title);
  await a.openIssue(title);
  await a.setRawText(BASE);
  for (const [device, name] of [
    [a, 'Aさん'],
    [b, 'Bさん'],
  ] as const) {
    const member = await server.addMember(ws, name);
    await device.configure(server.url, member.token, ws);
  }
  await b.openIssue(title);
  await expect(b.rawText()).toHaveValue(BASE);
  return { a, b, contextB: contexts[1]!, close: () => Promise.all(contexts.map((c) => c.close())) };
}

test('an issue A wrote before its first sync reaches B, and overlapping edits become a conflict B resolves', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = '通院の足を確保したい';
  const { a, b, contextB, close } = await sharedIssue(browser, title);

  // B edits offline; A edits the same line and syncs first.
  await contextB.setOffline(true);
  const mineB = BASE.replace('移動手段が足りない', '移動手段が足りない（Bの修正: バスが減便）');
  await b.setRawText(mineB);
  await a.openIssue(title);
  const mineA = BASE.replace('移動手段が足りない', '移動手段が足りない（Aの修正: タクシー不足）');
  await a.setRawText(mineA);
  await a.syncNow();
  await contextB.setOffline(false);
  await b.syncNow();

  // Nothing silently lost: the header says so, the conflict view shows both versions and the differences.
  await expect(b.status()).toContainText('未解決の競合 1 件');
  await expect(b.status()).not.toContainText('✓'); // no all-clear beside an open conflict
  // Where the text is read, the issue says which field conflicts and leads to both versions.
  await b.openIssue(title);
  const notice = b.page.getByTestId('issue-conflicts');
  await expect(notice).toHaveText(
    '「自治体の原文」が別の端末での変更と競合しています。もう一方の内容は「設定・同期」で確認できます',
  );
  await notice.getByRole('link').click();
  await expect(b.page.getByRole('heading', { level: 2, name: /^競合（1 件）/ })).toBeFocused();
  await expect(b.conflicts()).toHaveCount(1);
  const conflict = b.conflicts().first();
  // Named as the screens name the record and the field, not 「…」の rawText.
  await expect(conflict.getByRole('heading', { level: 3 })).toHaveText(
    '「通院の足を確保したい」の 自治体の原文',
  );
  const diff = conflict.getByTestId('conflict-diff');
  await expect(diff).toContainText('Aの修正: タクシー不足');
  await expect(diff).toContainText('Bの修正: バスが減便');
  await expect(diff.locator('del').first()).toBeVisible();
  await expect(diff.locator('ins').first()).toBeVisible();
  await expect(diff.locator('tr[data-kind="changed"]')).toHaveCount(1);

  // B merges by hand: keeps both remarks.
  const merged = BASE.replace('移動手段が足りない', '移動手段が足りない（タクシー不足・バスが減便）');
  await conflict.getByRole('button', { name: '編集してまとめる' }).click();
  await conflict.getByLabel('まとめた内容').fill(merged);
  await conflict.getByRole('button', { name: 'まとめた内容を保存' }).click();
  await expect(b.conflicts()).toHaveCount(0);
  await expect(b.status()).not.toContainText('未解決の競合');

  await b.syncNow();
  await expect(b.status()).toContainText('✓');
  await a.syncNow();
  for (const device of [a, b]) {
    await device.openIssue(title);
    await expect(device.rawText()).toHaveValue(merged);
    await expect(device.page.getByTestId('issue-conflicts')).toHaveCount(0);
  }
  await a.openSettings();
  await expect(a.conflicts()).toHaveCount(0); // the resolution synced too
  await expect(a.page.getByTestId('sync-log')).toContainText('同期しました');
  await close();
});

test('edits of different lines on two devices merge without a conflict', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = '窓口の待ち時間を減らしたい';
  const { a, b, contextB, close } = await sharedIssue(browser, title);

  await contextB.setOffline(true);
  await b.setRawText(BASE.replace('予算は未定', '予算は300万円（B）'));
  await a.openIssue(title);
  await a.setRawText(BASE.replace('高齢者の通院', '高齢者の通院と買い物（A）'));
  await a.syncNow();
  await contextB.setOffline(false);
  await b.syncNow();
  await a.syncNow();

  const merged =
    '一行目: 高齢者の通院と買い物（A）\n二行目: 移動手段が足りない\n三行目: 予算は300万円（B）\n';
  for (const device of [a, b]) {
    await device.openIssue(title);
    await expect(device.rawText()).toHaveValue(merged);
    await expect(device.status()).not.toContainText('未解決の競合');
  }
  await close();
});

test('a council note edited on both devices says so where it is read, and leads to both versions', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ws = await server.createWorkspace('〇〇市 議会担当');
  const contexts = [await browser.newContext(), await browser.newContext()];
  const [a, b] = await Promise.all(contexts.map(async (c) => new SyncPage(await c.newPage())));
  if (!a || !b) throw new Error('two devices expected');
  const notesA = new CouncilNotesPage(a.page);
  const notesB = new CouncilNotesPage(b.page);
  await new AppPage(a.page).open();
  const sessionId = await notesA.create('12月定例会 建設経済委員会');
  await notesA.addNotes(['デマンド交通の実証は来年度']);
  for (const [device, name] of [
    [a, 'Aさん'],
    [b, 'Bさん'],
  ] as const)
    await device.configure(server.url, (await server.addMember(ws, name)).token, ws);

  const editNote = async (notes: CouncilNotesPage, text: string) => {
    await notes.open(sessionId);
    await notes.entries().getByRole('button', { name: /^編集/ }).click();
    await notes.page.getByTestId('note-entry-editor').getByRole('textbox', { name: 'メモ' }).fill(text);
    await notes.page.keyboard.press('Control+Enter');
    await expect(notes.entries().filter({ hasText: text })).toBeVisible();
  };
  await contexts[1]!.setOffline(true);
  await editNote(notesB, 'デマンド交通の実証は来年度（B: 4月開始）');
  await editNote(notesA, 'デマンド交通の実証は来年度（A: 秋以降）');
  await a.syncNow();
  await contexts[1]!.setOffline(false);
  await b.syncNow();

  // B's own wording is not on the note any more: the note says where it went.
  await notesB.open(sessionId);
  const note = notesB.entries().filter({ hasText: 'デマンド交通の実証は来年度' });
  await expect(note).toContainText('（A: 秋以降）');
  await note.getByRole('link', { name: /別の端末での変更と競合/ }).click();
  // The link leads to the conflicts, not to the top of 設定・同期.
  await expect(b.page.getByRole('heading', { level: 2, name: /^競合（1 件）/ })).toBeFocused();
  const conflict = b.conflicts().first();
  await expect(conflict.getByRole('heading', { level: 3 })).toHaveText(
    '「デマンド交通の実証は来年度（A: 秋以降）」の 本文',
  );
  await expect(conflict.getByTestId('conflict-diff')).toContainText('B: 4月開始');
  await conflict.getByRole('button', { name: '競合した内容を採用' }).click();
  await notesB.open(sessionId);
  await expect(note).toContainText('（B: 4月開始）');
  await expect(note.getByRole('link', { name: /競合/ })).toHaveCount(0);
  await Promise.all(contexts.map((c) => c.close()));
});
