/** Export menu downloads and backup → restore through the settings page, including a refused file. */
import { expect, test } from '@playwright/test';
import { BRIEF_ID, BRIEF_TITLE, HEADINGS } from '../fixtures/export/longBrief';
import { ExportPage } from './pages/ExportPage';

test.beforeEach(async ({ page }) => {
  await new ExportPage(page).openWithLongBrief();
});

test('the export menu downloads Markdown with front matter and copies plain text', async ({
  page,
  context,
}) => {
  const app = new ExportPage(page);
  const { name, text } = await app.download('export-markdown');
  expect(name).toBe(`${BRIEF_TITLE}.md`);
  expect(text).toMatch(
    new RegExp(
      `^---\\ntitle: "${BRIEF_TITLE}"\\nmunicipality: "〇〇市"\\ndepartment: "高齢福祉課"\\nstatus: "briefReady"\\n` +
        `updatedAt: "2026-11-20T01:00:00.000Z"\\nid: "${BRIEF_ID}"\\n---\\n\\n## ${HEADINGS[0]}\\n`,
    ),
  );
  await expect(page.getByText('Markdown をダウンロードしました。')).toBeVisible();

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('export-text').click();
  await expect(page.getByText(/クリップボードにコピーしました/)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(`${BRIEF_TITLE}\n〇〇市 高齢福祉課\n\n【${HEADINGS[0]}】`)).toBe(true);
  expect(copied).toContain('統計データ (https://www.e-stat.go.jp/)');
  expect(copied).not.toMatch(/^##|\*\*|\]\(/m);
});

test('the keyboard stays on the export button after a download, ready for the next one', async ({ page }) => {
  await page.getByTestId('export-markdown').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`${BRIEF_TITLE}.md`);
  await expect(page.getByText('Markdown をダウンロードしました。')).toBeVisible();
  await expect(page.getByTestId('export-markdown')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('export-text')).toBeFocused();
});

test('backup by keyboard: the focus stays on 作成, moves to the restore question, and back on キャンセル', async ({
  page,
}) => {
  const app = new ExportPage(page);
  const create = app.backupSection().getByRole('button', { name: 'バックアップを作成' });
  await create.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  await expect(app.backupSection().getByText(/バックアップを保存しました/)).toBeVisible();
  await expect(create).toBeFocused();

  const file = app.backupSection().getByLabel('バックアップファイルを選択');
  await file.setInputFiles(await download.path());
  const question = app.backupSection().getByRole('heading', { name: /を復元しますか？/ });
  await expect(question).toBeFocused();
  // In the records the user knows, as the saved message counted them.
  await expect(app.backupSection().getByTestId('restore-confirm').getByRole('listitem')).toHaveText([
    '課題 1 件（うち 1 件はこの端末にもあり、項目ごとに新しい方を残します）',
    'ブリーフ 1 件（うち 1 件はこの端末にもあり、項目ごとに新しい方を残します）',
  ]);
  await page.keyboard.press('Tab');
  await expect(app.backupSection().getByRole('button', { name: '復元する' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // キャンセル
  await expect(question).toHaveCount(0);
  await expect(file).toBeFocused();
});

test('backup → restore through settings; a bad file is refused with the reason and changes nothing', async ({
  page,
}) => {
  const app = new ExportPage(page);
  const backup = await app.createBackup();
  expect(backup.name).toMatch(/^kyoso-backup-\d{8}-\d{4}\.json$/);
  expect(backup.text.split('\n')[0]).toMatch(/^\{"format":"kyoso-backup","version":1,/);
  // What the user made, not the file's rows (settings, the sync log).
  await expect(app.backupSection().getByText(/^バックアップを保存しました/)).toHaveText(
    'バックアップを保存しました（課題 1 件、ブリーフ 1 件）。',
  );

  // A foreign file, then a truncated backup: refused, with a Japanese reason.
  await app.restore('other.json', JSON.stringify({ app: 'something-else', items: [1, 2] }));
  await expect(app.backupSection().getByRole('alert')).toHaveText(
    'このファイルは復元できません。データは変更していません。 共創デスクのバックアップファイルではありません。',
  );
  await app.restore('cut.json', backup.text.slice(0, Math.floor(backup.text.length / 2)));
  await expect(app.backupSection().getByRole('alert')).toContainText('ファイルが途中で切れています');

  // Wipe the brief (as a broken laptop would lose it), restore, and it is back.
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
    });
    const tx = db.transaction('briefs', 'readwrite');
    tx.objectStore('briefs').delete(id);
    await new Promise((r) => (tx.oncomplete = r));
    db.close();
  }, BRIEF_ID);
  await page.reload();
  await expect(app.briefSection().getByText('ブリーフがまだありません。')).toBeVisible();

  await app.restore(backup.name, backup.text);
  await expect(app.backupSection().getByText('バックアップから復元しました。')).toBeVisible();
  await expect(app.briefSection().getByRole('combobox')).toContainText(BRIEF_TITLE);

  // Restoring the same file again adds nothing: one brief, same backup content.
  await app.restore(backup.name, backup.text);
  await expect(app.backupSection().getByText('バックアップから復元しました。')).toBeVisible();
  await expect(app.briefSection().getByRole('option')).toHaveCount(1);
  const again = await app.createBackup();
  const body = (t: string) => t.split('\n').slice(1).join('\n');
  expect(body(again.text)).toBe(body(backup.text));
});
