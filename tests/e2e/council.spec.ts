/**
 * Council notes (issue 12): notes taken by keyboard with speaker tags through a simulated IME,
 * the page closed the moment it says 保存しました, and every character there after reopening.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CouncilNotesPage } from './pages/CouncilNotesPage';

/** Every stored note body of the session, straight from IndexedDB. */
function storedBodies(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<{ body: string; deleted: number }[]>((resolve) => {
      const req = db.transaction('notes').objectStore('notes').getAll();
      req.onsuccess = () => resolve(req.result as { body: string; deleted: number }[]);
    });
    db.close();
    return rows.filter((r) => !r.deleted).map((r) => r.body);
  });
}

test('notes taken by keyboard through an IME survive closing the page the moment it says saved', async ({
  page,
  context,
}) => {
  const notes = new CouncilNotesPage(page);
  const id = await notes.create('12月定例会 総務常任委員会');
  await notes.setAgenda(['議案第1号 DX推進計画', '所管事務調査']);

  // Alt+1: the first agenda item opens with a heading at the current time.
  await page.keyboard.press('Alt+Digit1');
  await expect(notes.headings()).toHaveText([/議案第1号 DX推進計画/]);
  // The heading is named by its time and item alone; its 編集 button stands beside it.
  await expect(notes.headings().first()).toHaveAccessibleName(/^\d{2}:\d{2} 議案第1号 DX推進計画$/);
  await expect(notes.memo()).toBeFocused();

  // First speaker, typed in full (a new name; its role is told from 〜議員).
  await notes.pickSpeaker('山田太郎議員');
  await page.keyboard.type('実証実験の');
  await notes.typeWithIme('よさん', '予算');
  await page.keyboard.type('は？ #実証実験');

  // A composition left open: nothing is saved or re-rendered under the candidate window.
  await notes.waitSaved();
  await notes.composeWithoutCommitting('かくほ');
  await page.waitForTimeout(500);
  expect((await storedBodies(page)).join('')).not.toContain('かくほ');
  await expect(notes.status()).toHaveText('保存しました');
  await notes.typeWithIme('かくほ', '確保');
  await page.keyboard.press('Enter');

  const first = notes.entries().filter({ hasText: '山田太郎議員' });
  await expect(first).toContainText('実証実験の予算は？ #実証実験確保');
  await expect(first).toContainText('議員');
  await expect(notes.memo()).toHaveValue('');

  // Second agenda item; the answerer is picked from suggestions by two keystrokes.
  await page.keyboard.press('Alt+Digit2');
  await expect(notes.headings()).toHaveCount(2);
  await notes.pickSpeaker('市');
  await notes.typeWithIme('けんとう', '検討');
  await page.keyboard.type('します。');
  await page.keyboard.press('Shift+Enter');
  await notes.typeWithIme('よさんか', '予算化');
  await page.keyboard.type('は来年度。');

  // Close the tab as soon as it says saved: no "leave site?" prompt, nothing lost.
  await notes.waitSaved();
  const prompts: string[] = [];
  page.on('dialog', (d) => {
    prompts.push(d.type());
    void d.accept();
  });
  await page.close({ runBeforeUnload: true });
  expect(prompts).toEqual([]);

  const again = new CouncilNotesPage(await context.newPage());
  await again.open(id);
  await expect(again.headings()).toHaveText([/議案第1号 DX推進計画/, /所管事務調査/]);
  await expect(again.entries()).toHaveCount(2);
  await expect(again.entries().nth(0)).toContainText('山田太郎議員');
  await expect(again.entries().nth(0)).toContainText('実証実験の予算は？ #実証実験確保');
  const mayor = again.entries().nth(1);
  await expect(mayor).toContainText('市長');
  await expect(mayor).toContainText('答弁者');
  expect(await storedBodies(again.page)).toContain('検討します。\n予算化は来年度。');
});

/** The stored session's fields, straight from IndexedDB. */
function storedSession(page: Page, id: string): Promise<{ title: string; place: string }> {
  return page.evaluate(async (sessionId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const row = await new Promise<{ title: string; place: string }>((resolve) => {
      const req = db.transaction('councilSessions').objectStore('councilSessions').get(sessionId);
      req.onsuccess = () => resolve(req.result as { title: string; place: string });
    });
    db.close();
    return row;
  }, id);
}

test('the session details are IME safe: nothing is saved or adopted while a composition is open', async ({
  page,
  context,
}) => {
  const notes = new CouncilNotesPage(page);
  const id = await notes.create('総務委員会');
  const details = page.locator('details.session-details');
  const status = details.getByTestId('note-save-status');
  const place = details.getByRole('textbox', { name: '場所' });
  await place.fill('本庁舎');
  await expect(status).toHaveText('保存しました');

  // Another window on the same session (opened first: a new window takes the focus, and a
  // focus change ends a composition).
  const other = new CouncilNotesPage(await context.newPage());
  await other.open(id);
  await page.bringToFront();

  // Compose at the start of the field and leave the candidate window up past the save delay.
  await place.press('Home');
  await notes.composeWithoutCommitting('だいいち');
  // Meanwhile the other window renames the session: its version arrives under the composition.
  await other.page.getByRole('textbox', { name: '会議名' }).fill('総務常任委員会');
  await expect(other.page.locator('details.session-details').getByTestId('note-save-status')).toHaveText(
    '保存しました',
  );
  await page.waitForTimeout(800);
  expect((await storedSession(page, id)).place).toBe('本庁舎');
  await expect(status).toHaveText('保存しました'); // no 未保存 re-render under the candidate window
  await expect(place).toHaveValue('だいいち本庁舎');
  await expect(page.getByRole('textbox', { name: '会議名' })).toHaveValue('総務委員会');

  // Committing saves exactly what was composed, where the caret was, and then adopts the rename.
  await notes.commitComposition('第1');
  await page.keyboard.type(' ');
  await expect(place).toHaveValue('第1 本庁舎');
  await expect(status).toHaveText('保存しました');
  await expect(page.getByRole('textbox', { name: '会議名' })).toHaveValue('総務常任委員会');
  expect(await storedSession(page, id)).toMatchObject({ title: '総務常任委員会', place: '第1 本庁舎' });
});

test('two windows editing the same note merge their lines instead of overwriting', async ({
  page,
  context,
}) => {
  const a = new CouncilNotesPage(page);
  const id = await a.create('文教委員会');
  await a.memo().click();
  await page.keyboard.type('1行目');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('2行目');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('3行目');
  await page.keyboard.press('Enter');
  await expect(a.entries()).toHaveCount(1);

  const b = new CouncilNotesPage(await context.newPage());
  await b.open(id);
  for (const side of [a, b]) await side.entries().first().getByRole('button', { name: /編集/ }).click();
  const editorOf = (side: CouncilNotesPage) =>
    side.page.getByTestId('note-entry-editor').getByRole('textbox', { name: 'メモ' });
  // Both edit from the same version, before either has saved.
  await editorOf(a).fill('1行目 A\n2行目\n3行目');
  await editorOf(b).fill('1行目\n2行目\n3行目 B');
  for (const side of [a, b]) {
    await side.page.getByTestId('note-entry-editor').getByRole('button', { name: '完了' }).click();
  }
  for (const side of [a, b]) {
    await expect(side.entries().first()).toContainText('1行目 A');
    await expect(side.entries().first()).toContainText('3行目 B');
  }
});

test('an entry can be re-timed afterwards and moves to where its new time belongs', async ({ page }) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('予算特別委員会');
  for (const text of ['最初のメモ', '二つ目のメモ']) {
    await notes.memo().click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(notes.entries()).toHaveText([/最初のメモ/, /二つ目のメモ/]);
  await notes.entries().nth(1).getByRole('button', { name: /編集/ }).click();
  const editor = page.getByTestId('note-entry-editor');
  await editor.getByRole('textbox', { name: '時刻' }).fill('00:01');
  await editor.getByRole('button', { name: '完了' }).click();
  await expect(notes.entries()).toHaveText([/00:01.*二つ目のメモ/, /最初のメモ/]);
});

test('編集 puts the keyboard in the note it edits: what is typed changes that note, not a new one', async ({
  page,
}) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 編集');
  await notes.addNotes(['保育所の待機児童は何人か。', '二つ目のメモ']);
  await notes.entries().nth(1).getByRole('button', { name: /編集/ }).press('Enter');
  const memo = page.getByTestId('note-entry-editor').getByRole('textbox', { name: 'メモ' });
  await expect(memo).toBeFocused();
  await page.keyboard.type('（追記）');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('note-entry-editor')).toHaveCount(0);
  await expect(notes.entries()).toHaveText([/保育所の待機児童は何人か。/, /二つ目のメモ（追記）/]);
  // The keyboard is back on the note's 編集, not on the page: the next Tab goes on from there.
  await expect(notes.entries().nth(1).getByRole('button', { name: /編集/ })).toBeFocused();
  // 完了 pressed as a button does the same; このメモを削除 leaves it on a neighbour's 編集.
  await notes.entries().first().getByRole('button', { name: /編集/ }).press('Enter');
  await page.getByRole('button', { name: '完了' }).press('Enter');
  await expect(notes.entries().first().getByRole('button', { name: /編集/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'このメモを削除' }).press('Enter');
  await expect(notes.entries()).toHaveCount(1);
  await expect(
    notes
      .entries()
      .first()
      .getByRole('button', { name: /編集.*二つ目のメモ/ }),
  ).toBeFocused();
});

test('a speaker’s role reads apart from the name: 「田中議員（議員）」, not 「田中議員議員」', async ({
  page,
}) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 発言者');
  await notes.pickSpeaker('田中議員');
  await page.keyboard.type('デマンド交通の利用者数を問う。');
  await page.keyboard.press('Enter');
  await expect(notes.entries()).toHaveCount(1);
  await expect(notes.entries().first().locator('.note-entry__speaker')).toHaveText('田中議員（議員）');
});

test('a note’s tags are read once: in its text, not again as the tag list', async ({ page }) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 タグ');
  await page.keyboard.type('デマンド交通の利用者数を問う #交通');
  await page.keyboard.press('Enter');
  await expect(notes.entries()).toHaveCount(1);
  const entry = notes.entries().first();
  await expect(entry.locator('.tag')).toHaveText('#交通'); // still shown to the eye
  // What is read of the note past its 編集 button (whose name quotes the note).
  const read = (await entry.ariaSnapshot())
    .split('\n')
    .filter((line) => !line.includes('button "編集'))
    .join('\n');
  expect(read.split('#交通').length - 1).toBe(1);
  // Nor is an empty paragraph left where the tag list was (a screen reader says 「空白」).
  expect(read).not.toMatch(/- paragraph\s*$/m);
});

for (const lang of ['ja', 'en'] as const) {
  test(`the note screen has no serious or critical axe violations (${lang})`, async ({ page }) => {
    const notes = new CouncilNotesPage(page);
    await notes.create(lang === 'ja' ? '本会議 一般質問' : 'Plenary questions');
    await notes.setAgenda(['一般質問']);
    await page.keyboard.press('Alt+Digit1');
    await expect(notes.headings()).toHaveCount(1);
    await notes.pickSpeaker('佐藤議員');
    await page.keyboard.type('質問 #防災');
    await page.keyboard.press('Enter');
    await expect(notes.entries()).toHaveCount(1);
    if (lang === 'en') {
      await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
      await expect(notes.speaker()).toHaveAccessibleName('Speaker');
    } else {
      await expect(notes.speaker()).toHaveAccessibleName('発言者');
      await expect(notes.memo()).toHaveAccessibleName('メモ');
    }
    await notes.speaker().focus(); // with the suggestion list open
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  });
}

test('the session exports as 議事メモ Markdown with times and speakers', async ({ page }) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('総務常任委員会 12月');
  await notes.setAgenda(['議案第1号']);
  await page.keyboard.press('Alt+Digit1');
  await expect(notes.headings()).toHaveCount(1);
  await notes.pickSpeaker('山田議員');
  await page.keyboard.type('実証実験の予算は？ #実証実験');
  await page.keyboard.press('Enter');
  await expect(notes.entries()).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByTestId('council-export-markdown').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('総務常任委員会 12月 議事メモ.md');
  const text = await new Promise<string>((resolve, reject) => {
    void file.createReadStream().then((stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      stream.on('error', reject);
    });
  });
  expect(text).toContain('# 総務常任委員会 12月 議事メモ');
  expect(text).toMatch(/## \d{2}:\d{2} 議案第1号/);
  expect(text).toMatch(/\*\*\d{2}:\d{2}\*\*\u3000山田議員（議員）\n\n実証実験の予算は？ #実証実験/);
  // The tag shows where it was typed, once (no 「タグ:」 line repeating it).
  expect(text).not.toContain('タグ:');
});

test('a new meeting opens with the keyboard in 「メモ」, and each note’s 編集 says which note it edits', async ({
  page,
}) => {
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 キーボード');
  await expect(notes.memo()).toBeFocused();
  await page.keyboard.type('デマンド交通の利用者数を問う。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('再質問：検討の期限はいつか。');
  await page.keyboard.press('Enter');
  await expect(notes.entries()).toHaveCount(2);
  // Same minute, no speaker: only the note's first words tell the two buttons apart.
  await expect(notes.entries().nth(0).getByRole('button')).toHaveAccessibleName(
    /^編集 \d\d:\d\d 「デマンド交通の利用者数を問う。」$/,
  );
  await expect(notes.entries().nth(1).getByRole('button')).toHaveAccessibleName(
    /^編集 \d\d:\d\d 「再質問：検討の期限はいつか。」$/,
  );
});

test('a note typed and not yet saved survives a reload confirmed past the prompt, and a closed or crashed page', async ({
  page,
  context,
}) => {
  page.on('dialog', (d) => void d.accept()); // 「このサイトを離れますか?」 → 離れる
  const notes = new CouncilNotesPage(page);
  const id = await notes.create('12月定例会 本会議 再読み込み');
  await page.keyboard.type('一つ目の質問');
  await page.keyboard.press('Enter');
  await notes.waitSaved();
  // Reloaded within the autosave's 80 ms, three times: each note is there afterwards.
  for (const body of ['再読み込み直前のメモ1', '再読み込み直前のメモ2', '再読み込み直前のメモ3']) {
    await notes.memo().focus();
    await page.keyboard.type(body);
    await page.reload();
    // Listed, or open again in its editor when its first save had committed (the tab remembers it).
    const editing = page.getByTestId('note-entry-editor').getByRole('textbox', { name: 'メモ' });
    await expect
      .poll(
        async () =>
          (await notes.entries().filter({ hasText: body }).count()) +
          ((await editing.count()) > 0 && (await editing.inputValue()) === body ? 1 : 0),
      )
      .toBe(1);
  }
  // The page goes away with no unload prompt and no time (a crash, a killed tab).
  await notes.memo().focus();
  await page.keyboard.type('落ちる直前のメモ');
  const next = await context.newPage();
  await page.close({ runBeforeUnload: false });
  const reopened = new CouncilNotesPage(next);
  await reopened.open(id);
  await expect(reopened.entries().filter({ hasText: '落ちる直前のメモ' })).toHaveCount(1);
  // An earlier note being edited: its last words too.
  await reopened.entries().first().getByRole('button', { name: /^編集/ }).click();
  await next.keyboard.press('End');
  await next.keyboard.type('（追記）');
  const last = await context.newPage();
  await next.close({ runBeforeUnload: false });
  const third = new CouncilNotesPage(last);
  await third.open(id);
  await expect(third.entries().first()).toContainText('一つ目の質問（追記）');
  await expect(third.entries()).toHaveCount(5);
});

test('a session whose title names a committee starts as that committee’s session', async ({ page }) => {
  const notes = new CouncilNotesPage(page);
  const id = await notes.create('12月定例会 文教厚生委員会');
  const details = page.locator('details.session-details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  await expect(details.getByRole('radio', { name: '委員会', exact: true })).toBeChecked();
  await expect(details.getByRole('textbox', { name: '委員会名' })).toHaveValue('文教厚生委員会');
  expect(await storedSession(page, id)).toMatchObject({
    sessionKind: 'committee',
    committee: '文教厚生委員会',
  });
});
