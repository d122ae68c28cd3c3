/**
 * A 10 MB paste gets a clear error and loses nothing (session 16): the paste is refused in the
 * event, before the browser inserts it; the page keeps answering; the text already there stays,
 * on screen and stored; nothing is written. The same guard covers every text field (its limit is
 * the field's `maxLength`, its `data-max-chars`, else 200,000 characters: what Chromium lays out in
 * seconds, session 17). A text within the limit goes in and the page goes on answering.
 * Figures are printed with `[huge-paste]` for the commit messages.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { SearchPageModel } from './pages/SearchPage';
import { SyncPage } from './pages/SyncPage';
import { WorkshopPage } from './pages/WorkshopPage';

const TEN_MB = 10 * 1024 * 1024;
const refusal = (page: Page, max: string) =>
  page.getByRole('status').getByText(new RegExp(`この欄に入るのは ${max} 文字までです。`));

/** The stored raw text of every issue, and how many changes wait in the outbox. */
function stored(page: Page): Promise<{ rawTexts: string[]; outbox: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
      });
    const issues = await all<{ rawText?: string }>('issues');
    const outbox = await all<unknown>('outbox');
    db.close();
    return { rawTexts: issues.map((i) => i.rawText ?? ''), outbox: outbox.length };
  });
}

/**
 * Dispatches `type` (a paste or a drop) on the field as the browser would, carrying `length`
 * characters; true when the app refused it (a synthetic event never inserts text itself).
 */
function dispatchInsert(field: Locator, type: 'paste' | 'drop', length: number): Promise<boolean> {
  return field.evaluate(
    (el, { type, length }) => {
      (el as HTMLElement).focus();
      const data = new DataTransfer();
      data.setData('text/plain', 'あ'.repeat(length));
      const init = { bubbles: true, cancelable: true };
      const event =
        type === 'paste'
          ? new ClipboardEvent('paste', { ...init, clipboardData: data })
          : new DragEvent('drop', { ...init, dataTransfer: data });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    },
    { type, length },
  );
}

test('a real 10 MB paste (Ctrl+V) into 課題の原文 is refused at once; the page answers; the saved text stays', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ws = await new AppPage(page).openNewIssue('貼り付けの上限');
  const before = '本市では、移動支援が課題です。';
  await ws.rawInput().fill(before);
  await ws.waitSaved();
  const saved = await stored(page);

  await page.evaluate((n) => navigator.clipboard.writeText('あ'.repeat(n)), TEN_MB);
  // What Chromium itself spends reading the clipboard (the first read; any paste pays it).
  await page.evaluate(() => {
    window.addEventListener(
      'paste',
      (e) => {
        const t0 = performance.now();
        e.clipboardData?.getData('text/plain');
        (window as unknown as { clipboardRead: number }).clipboardRead = performance.now() - t0;
      },
      { capture: true, once: true },
    );
  });
  await ws.rawInput().focus();
  await page.keyboard.press('End');
  const started = Date.now();
  const pasting = page.keyboard.press('Control+V');
  // Does the page answer while the paste is handled? A script's round trip, then a click.
  await page.waitForTimeout(100);
  const probe = Date.now();
  await page.evaluate(() => 1);
  const answeredIn = Date.now() - probe;
  await pasting;
  await expect(refusal(page, '200,000')).toBeVisible({ timeout: 60_000 });
  await expect(refusal(page, '200,000')).toContainText('10,485,760 文字は取り込みませんでした');
  const refusedIn = Date.now() - started;
  const click = Date.now();
  await ws.tab('ブリーフ').click({ timeout: 1_000 });
  const clickedIn = Date.now() - click;
  await ws.tab(/課題/).click();
  const clipboardRead = await page.evaluate(
    () => (window as unknown as { clipboardRead: number }).clipboardRead,
  );
  console.log(
    `[huge-paste] Ctrl+V 10 MB: refusal on screen ${refusedIn} ms (clipboard read ${Math.round(clipboardRead)} ms), ` +
      `script answer ${answeredIn} ms, next click ${clickedIn} ms`,
  );

  // Before the fix: refusal 11–16 s after the paste, the page silent 10 s (27 s in session 15's walk).
  // Now the page waits only for Chromium's own read of the clipboard (1.5–5 s here, load-dependent),
  // which any paste of 10 MB pays before a script can see its length.
  expect(refusedIn - clipboardRead).toBeLessThan(1_500);
  expect(clickedIn).toBeLessThan(1_000);
  await expect(ws.rawInput()).toHaveValue(before);
  await page.waitForTimeout(1_500); // an autosave would have fired by now
  expect(await stored(page)).toEqual(saved);
});

test('10 MB pasted, dropped or inserted into 課題の原文 is refused in the event, the text kept', async ({
  page,
}) => {
  const ws = await new AppPage(page).openNewIssue('貼り付けイベント');
  const before = '既存の原文。';
  await ws.rawInput().fill(before);
  await ws.waitSaved();
  const saved = await stored(page);

  const started = Date.now();
  expect(await dispatchInsert(ws.rawInput(), 'paste', TEN_MB)).toBe(true);
  await expect(refusal(page, '200,000')).toBeVisible({ timeout: 2_000 });
  console.log(`[huge-paste] paste event 10 MB: refusal on screen ${Date.now() - started} ms`);
  expect(await dispatchInsert(ws.rawInput(), 'drop', TEN_MB)).toBe(true);

  // Typed text (an IME commit, a script's insertText) over the limit: refused as well.
  await ws.rawInput().focus();
  await page.keyboard.insertText('い'.repeat(200_001));
  await expect(ws.rawInput()).toHaveValue(before);
  await page.waitForTimeout(1_500);
  expect(await stored(page)).toEqual(saved);
});

test('every other text field refuses an oversized paste at its own limit', async ({ page }) => {
  test.setTimeout(120_000);
  // 議会メモ: the note textarea React does not render (created by hand).
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 貼り付け');
  await notes.memo().fill('答弁メモ');
  expect(await dispatchInsert(notes.memo(), 'paste', TEN_MB)).toBe(true);
  await expect(refusal(page, '200,000')).toBeVisible();
  await expect(notes.memo()).toHaveValue('答弁メモ');

  // ワークショップ: the minutes editor, and a field with a maxLength refuses instead of cutting silently.
  const workshop = new WorkshopPage(page);
  await workshop.create('貼り付けの会');
  const newItem = page.getByRole('textbox', { name: '新しい項目' });
  expect(await dispatchInsert(newItem, 'paste', 201)).toBe(true);
  await expect(refusal(page, '200')).toBeVisible();
  expect(await dispatchInsert(newItem, 'paste', 200)).toBe(false);
  await workshop.view('議事録');
  const minutes = page.getByRole('textbox', { name: '議事録（Markdown）' });
  expect(await dispatchInsert(minutes, 'paste', TEN_MB)).toBe(true);

  // 用語集
  await page.goto('/#/glossary');
  expect(await dispatchInsert(page.getByRole('textbox', { name: 'やさしい言い換え' }), 'paste', TEN_MB)).toBe(
    true,
  );

  // 検索
  const search = new SearchPageModel(page);
  await page.goto('/#/search');
  expect(await dispatchInsert(search.searchbox(), 'paste', TEN_MB)).toBe(true);

  // 同期の設定: URL and token at main's IPC limits (4,096 characters).
  await new SyncPage(page).openSettings();
  const url = page.getByLabel('サーバーのURL');
  expect(await dispatchInsert(url, 'paste', 4_097)).toBe(true);
  await expect(refusal(page, '4,096')).toBeVisible();
  expect(await dispatchInsert(page.getByLabel('メンバートークン'), 'paste', 4_097)).toBe(true);
  expect(await dispatchInsert(page.getByLabel('ワークスペースID'), 'paste', TEN_MB)).toBe(true);
  await expect(url).toHaveValue('');
});

/** Starts counting how long the page's main thread went without running a 50 ms timer. */
const watchMainThread = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { longestGap: number };
    w.longestGap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestGap = Math.max(w.longestGap, now - last - 50);
      last = now;
    }, 50);
  });
const longestGap = async (page: Page) => {
  const gap = await page.evaluate(() => (window as unknown as { longestGap: number }).longestGap);
  await page.evaluate(() => ((window as unknown as { longestGap: number }).longestGap = 0));
  return Math.round(gap);
};

const PARA =
  '本市では、地域包括ケアシステムの構築に資する取組を推進しており、高齢化率は32.1％に達している。移動支援の担い手不足が喫緊の課題となっている。\n\n';
const pasteText = (size: number) => PARA.repeat(Math.ceil(size / PARA.length)).slice(0, size);

/** Pastes `text` into the focused field as a user does (clipboard, Ctrl+V). */
async function pasteWithKeyboard(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

test('a 150,000-character paste (a whole 募集要項) goes in, is checked and saved, and the page answers', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ws = await new AppPage(page).openNewIssue('募集要項まるごと');
  const before = '【募集要項】\n';
  await ws.rawInput().fill(before);
  await ws.waitSaved();
  await watchMainThread(page);
  const text = pasteText(150_000);
  await ws.rawInput().focus();
  await page.keyboard.press('Control+End');
  const started = Date.now();
  await pasteWithKeyboard(page, text);
  // The page answers a click: the tab moves, and back.
  await ws.tab('ブリーフ').click();
  await expect(ws.tab('ブリーフ')).toHaveAttribute('aria-selected', 'true');
  const answeredIn = Date.now() - started;
  await ws.tab(/課題/).click();
  // The red pen checks the first 100,000 characters and lists what it found.
  await expect(page.getByText('長すぎるため先頭 100,000 文字だけを分析しました。')).toBeVisible({
    timeout: 60_000,
  });
  await expect(ws.rawFindings().locator('li').first()).toBeVisible();
  await ws.waitSaved();
  const savedIn = Date.now() - started;
  // Typing goes on at the end of the long text.
  await ws.rawInput().focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('以上');
  await ws.waitSaved();
  expect((await stored(page)).rawTexts).toContain(`${before}${text}以上`);
  console.log(
    `[huge-paste] 150,000 characters pasted: a click answered ${answeredIn} ms, checked and saved ${savedIn} ms ` +
      `(main thread's longest stall ${await longestGap(page)} ms)`,
  );

  // Nothing lost: a reload shows the whole text.
  await page.reload();
  await expect(page.getByRole('textbox', { name: '自治体の原文（行政文書から貼り付け）' })).toHaveValue(
    `${before}${text}以上`,
    { timeout: 30_000 },
  );
});

test('a paste over 200,000 characters into 課題の原文 is refused with the limit, the text kept', async ({
  page,
}) => {
  const ws = await new AppPage(page).openNewIssue('貼り付けの上限 200,000');
  await ws.rawInput().fill('既存の原文。');
  await ws.waitSaved();
  expect(await dispatchInsert(ws.rawInput(), 'paste', 200_000)).toBe(true); // 6 + 200,000
  await expect(refusal(page, '200,000')).toContainText('200,000 文字は取り込みませんでした');
  expect(await dispatchInsert(ws.rawInput(), 'paste', 199_994)).toBe(false); // exactly at the limit
});

/**
 * A text at the field's limit (200,000 characters; another size with `KYOSO_AT_LIMIT_CHARS`) typed in
 * one insertText (put in at once since session 17; Chromium's own typing command took 82 s on
 * 150,000), then checked, rewritten and drafted; the timings are printed, not asserted.
 */
test('a large allowed text is taken in, checked, rewritten and drafted', async ({ page }) => {
  test.setTimeout(600_000);
  const size = Number(process.env.KYOSO_AT_LIMIT_CHARS ?? 200_000);
  const text = pasteText(size);
  const ws = await new AppPage(page).openNewIssue('上限ちょうどの原文');
  await watchMainThread(page);
  await ws.rawInput().focus();
  let started = Date.now();
  await page.keyboard.insertText(text);
  const insertedIn = Date.now() - started;
  await expect(page.getByText('長すぎるため先頭 100,000 文字だけを分析しました。')).toBeVisible({
    timeout: 120_000,
  });
  const checkedIn = Date.now() - started;
  await ws.waitSaved();
  const savedIn = Date.now() - started;
  const typingGap = await longestGap(page);
  expect((await stored(page)).rawTexts).toContain(text);

  started = Date.now();
  await page.getByRole('button', { name: '企業向けに書き換え' }).click();
  await expect(page.getByTestId('rewrite-changes').locator('li').first()).toBeVisible({ timeout: 180_000 });
  const rewrittenIn = Date.now() - started;
  const rewriteGap = await longestGap(page);

  await ws.tab('ブリーフ').click();
  started = Date.now();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  await expect(ws.briefInput()).toHaveValue(/こんなことに困っていませんか/, { timeout: 120_000 });
  const draftedIn = Date.now() - started;
  const draftGap = await longestGap(page);
  console.log(
    `[huge-paste] ${size.toLocaleString('en')} characters: inserted ${insertedIn} ms, findings (first 100,000) ${checkedIn} ms, ` +
      `saved ${savedIn} ms (main thread's longest stall ${typingGap} ms); rewrite ${rewrittenIn} ms ` +
      `(stall ${rewriteGap} ms); draft ${draftedIn} ms (stall ${draftGap} ms)`,
  );
});

test('a council note over 30,000 characters is shown as plain text, not run through react-markdown', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const notes = new CouncilNotesPage(page);
  await notes.create('12月定例会 長いメモ');
  await watchMainThread(page);
  const body = '- **市長**：地域包括ケアシステムの構築に資する取組を推進する。\n'.repeat(1_000);
  await notes.memo().fill(body.trimEnd());
  const started = Date.now();
  await notes.memo().press('Enter');
  await expect(
    page.getByText('30,000 文字を超えるため、Markdown として整えずにそのまま表示しています。'),
  ).toBeVisible({
    timeout: 60_000,
  });
  console.log(
    `[huge-paste] ${body.length.toLocaleString('en')}-character note listed in ${Date.now() - started} ms ` +
      `(main thread's longest stall ${await longestGap(page)} ms)`,
  );
});
