/**
 * Workshops end to end: a template becomes an agenda that is reordered by keyboard, a three-item
 * agenda runs under Playwright's clock (warning → critical → overtime, the forecast moving, pause
 * and reload), the presenter follows within 250 ms (real time), capture and minutes.
 */
import AxeBuilder from '@axe-core/playwright';
import { putAppRecords, readAppRecords } from '../support/appDb';
import { printLikeElectron } from '../support/printLikeElectron';
import { printedHtml, standInPreload } from '../support/standInPreload';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { WorkshopPage } from './pages/WorkshopPage';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

test('create from a template, reorder by keyboard, add a method, live times', async ({ page }) => {
  const ws = new WorkshopPage(page);
  await ws.create('上期の振り返り', 'KPT振り返り');
  await expect(ws.rows()).toHaveCount(8);
  await expect(page.getByTestId('agenda-total')).toHaveText('合計 60分');
  await ws.setStart('2026-12-01T10:00');
  await expect(page.getByTestId('agenda-end')).toHaveText('終了予定 11:00');
  await expect(ws.rows().nth(1).getByTestId('agenda-time')).toHaveText('10:05–10:15');

  // Alt+↑ on the second item moves it to the top; focus stays on it, so Alt+↓ moves it back down.
  await ws
    .rows()
    .nth(1)
    .getByRole('button', { name: /事実の振り返り.*を移動/ })
    .focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(ws.rowTitles().first()).toHaveValue('事実の振り返り（タイムライン）');
  await expect(page.getByText('事実の振り返り（タイムライン）を1番目に移動しました')).toBeAttached();
  await expect(ws.rows().first().getByTestId('agenda-time')).toHaveText('10:00–10:10');
  await expect(
    ws
      .rows()
      .first()
      .getByRole('button', { name: /を移動/ }),
  ).toBeFocused();

  // A duration change recomputes every later clock time and the end.
  await ws.rows().first().getByRole('spinbutton').fill('15');
  await ws.rows().first().getByRole('spinbutton').press('Enter');
  await expect(page.getByTestId('agenda-end')).toHaveText('終了予定 11:05');

  await page.getByRole('searchbox', { name: '手法を検索' }).fill('ワールド');
  await page.getByRole('button', { name: 'ワールドカフェをアジェンダに追加' }).click();
  await expect(ws.rows()).toHaveCount(9);
  await expect(ws.rowTitles().last()).toHaveValue('ワールドカフェ');
  await expect(page.getByTestId('agenda-end')).toHaveText('終了予定 12:20');

  await page.reload();
  await expect(ws.rowTitles().first()).toHaveValue('事実の振り返り（タイムライン）');
  await expect(ws.rowTitles().last()).toHaveValue('ワールドカフェ');
  expect(await seriousViolations(page)).toEqual([]);
});

test('drag reorders too, and an agenda saved as a template creates the same agenda', async ({ page }) => {
  const ws = new WorkshopPage(page);
  await ws.create('ドラッグ', '逆プロポ説明会');
  await ws
    .rows()
    .nth(2)
    .getByRole('button', { name: /を移動/ })
    .dragTo(ws.rows().first());
  await expect(ws.rowTitles().first()).toHaveValue('課題の説明（担当課から）');
  await page.getByRole('button', { name: 'テンプレートとして保存' }).click();
  await expect(page.getByText('テンプレート「ドラッグ」を保存しました')).toBeVisible();
  await ws.create('テンプレートから', 'ドラッグ');
  await expect(ws.rows()).toHaveCount(7);
  await expect(ws.rowTitles().first()).toHaveValue('課題の説明（担当課から）');
});

test('run a three-item agenda under the clock: warning, critical, overtime, forecast, pause and reload', async ({
  page,
}) => {
  // The fake clock also flows in real time between jumps (a reload takes seconds), so running
  // timers are compared with the page's own clock: `left` seconds remained at fake time `at`.
  const pageNow = () => page.evaluate(() => Date.now());
  const expectLeft = async (left: number, since: number) => {
    await expect(async () => {
      const { text, now } = await page.evaluate(() => ({
        text: document.querySelector('[role="timer"] .run-timer__digits')?.textContent ?? '',
        now: Date.now(),
      }));
      const [m, sec] = text.split(':').map(Number);
      expect(Math.abs(m! * 60 + sec! - (left - (now - since) / 1000))).toBeLessThanOrEqual(2);
    }).toPass({ timeout: 5_000 });
  };
  const ws = new WorkshopPage(page);
  await ws.create('3項目の進行');
  await ws.addItem('導入', 10);
  await ws.addItem('発散', 10);
  await ws.addItem('まとめ', 10);
  await ws.setStart('2026-12-01T10:00');
  await expect(page.getByTestId('agenda-end')).toHaveText('終了予定 10:30');
  await ws.view('進行');
  await expect(ws.button('開始')).toBeVisible();

  await page.clock.install({ time: new Date('2026-12-01T10:00:00+09:00') }); // on time: no late-start question
  const startedAt = await pageNow();
  await ws.button('開始').click();
  const timer = ws.timer();
  await expect(timer).toHaveAccessibleName(/導入/);
  await expect(timer).toHaveAttribute('data-state', 'normal');
  await expectLeft(600, startedAt);
  await expect(page.getByTestId('run-forecast')).toHaveText('終了見込み 10:30');

  await page.clock.fastForward('08:00');
  await expect(timer).toHaveAttribute('data-state', 'warning');
  await page.clock.fastForward('01:30');
  await expect(timer).toHaveAttribute('data-state', 'critical');
  await page.clock.fastForward('03:30'); // 3 minutes over
  await expect(timer).toHaveAttribute('data-state', 'overtime');
  await expect(timer).toContainText(/\+3:0\d/);
  await expect(timer).toContainText('超過');
  await expect(page.getByTestId('run-forecast')).toHaveText('終了見込み 10:33');
  await expect(page.getByTestId('run-delta')).toHaveText('予定より3分遅れ');

  const secondAt = await pageNow();
  await ws.button('次へ').click();
  await expect(timer).toHaveAccessibleName(/発散/);
  await page.clock.fastForward('02:00');
  await expectLeft(600, secondAt);
  await ws.button('一時停止').click();
  await expect(ws.button('再開')).toBeVisible();

  // Reload while paused, and let time pass: the item keeps the time it had left.
  const pausedText = await ws.timer().textContent();
  await page.reload();
  await page.clock.fastForward('05:00');
  await expect(ws.timer()).toHaveText(pausedText!);
  expect(pausedText).toMatch(/^(8:00|7:5\d)$/);
  await expect(page.getByTestId('run-forecast')).toHaveText('終了見込み 10:38');
  const resumedAt = await pageNow();
  await ws.button('再開').click();
  await page.clock.fastForward('03:00');
  // Reload while running: the timer resumes at the true time.
  await page.reload();
  await expect(ws.timer()).toHaveAccessibleName(/発散/);
  const left = Number(pausedText!.split(':')[0]) * 60 + Number(pausedText!.split(':')[1]);
  await expectLeft(left, resumedAt);
  await ws.button('+1分').click();
  await expectLeft(left + 60, resumedAt);
  await ws.button('前へ').click();
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  await expect(ws.timer()).toHaveAttribute('data-state', 'overtime');
  await ws.button('次へ').click();
  await ws.button('次へ').click();
  await expect(ws.timer()).toHaveAccessibleName(/まとめ/);
  // Actual times are recorded per item.
  await expect(page.getByTestId('actual').first()).toHaveText(/^10:00–10:\d\d \(\d+\)$/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('reordering the agenda during a run keeps the current item; 次へ follows the new order', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  await ws.create('並べ替えながら進行');
  for (const [title, minutes] of [
    ['導入', 10],
    ['発散', 20],
    ['まとめ', 10],
  ] as const)
    await ws.addItem(title, minutes);
  await ws.view('進行');
  await ws.button('開始').click();
  await ws.button('次へ').click();
  await expect(ws.timer()).toHaveAccessibleName(/発散/);

  await ws.view('計画');
  await ws
    .rows()
    .nth(1)
    .getByRole('button', { name: /発散.*を移動/ })
    .focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(ws.rowTitles().first()).toHaveValue('発散');

  await ws.view('進行');
  await expect(ws.timer()).toHaveAccessibleName(/発散/);
  await expect(page.getByTestId('run-current')).toHaveText('発散');
  await ws.button('次へ').click();
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  // The screen moves at once; the reload waits until the third event (start, next, next) is stored.
  await expect
    .poll(async () => {
      const [stored] = await readAppRecords<{ run?: unknown[] }>(page, 'workshops');
      return stored?.run?.length ?? 0;
    })
    .toBe(3);
  await page.reload();
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  await ws.button('次へ').click();
  await expect(ws.timer()).toHaveAccessibleName(/まとめ/);
});

test('→ once too often on the last item asks before ending; the ended run shows what happened', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  await ws.create('押しすぎ');
  await ws.addItem('導入', 5);
  await ws.addItem('まとめ', 15);
  await ws.view('進行');
  await page.clock.install({ time: new Date('2026-12-01T10:00:00+09:00') });
  await page.keyboard.press('Space');
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  await page.clock.fastForward('02:00');
  await page.keyboard.press('ArrowRight');
  await expect(ws.timer()).toHaveAccessibleName(/まとめ/);
  await page.clock.fastForward('03:00');

  // One → too many: a question, not the end. Further → and Space neither end nor pause the run.
  await page.keyboard.press('ArrowRight');
  const question = page.getByRole('alertdialog', { name: /最後の項目です/ });
  await expect(question).toBeFocused();
  await expect(question).toHaveAccessibleDescription('Enter で終了、Esc で続けます。');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(ws.button('一時停止')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(ws.timer()).toHaveAccessibleName(/まとめ/);
  await expect(page.getByRole('heading', { name: /進行中/ })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(question).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /終了しました/ })).toBeVisible();
  // What happened, not the last item's countdown frozen as if unused.
  await expect(ws.timer()).toHaveCount(0);
  await expect(page.getByTestId('run-finished')).toHaveText('10:00 開始、10:05 終了（実施 5分、予定 20分）');
  await expect(page.getByTestId('run-finished')).toBeFocused();
  await expect(page.getByTestId('actual').last()).toHaveText('10:02–10:05 (3)');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a late start asks whether to shift the plan or keep the end', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T10:10:00+09:00') });
  const ws = new WorkshopPage(page);
  await ws.create('遅れて開始', 'KPT振り返り');
  await ws.setStart('2026-12-01T10:00');
  await ws.view('進行');
  await ws.button('開始').click();
  await expect(page.getByRole('alertdialog')).toContainText('予定の開始時刻を10分過ぎています');
  await page.getByRole('button', { name: '終了時刻を守る（各項目を短くする）' }).click();
  await expect(page.getByTestId('run-forecast')).toHaveText('終了見込み 11:00');
  await expect(page.getByTestId('run-delta')).toHaveText('予定どおり');
});

test('the presenter view follows 次へ within 250 ms (real time)', async ({ page }) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('投影');
  await ws.addItem('導入', 10);
  await ws.addItem('発散', 10);
  await ws.view('進行');
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: '発表者ビューを開く' }).click(),
  ]);
  await expect(presenter).toHaveURL(new RegExp(`#/present/${id}$`));
  await expect(presenter.getByTestId('presenter-current')).toHaveText('まもなく開始します');
  await expect(presenter.getByRole('navigation')).toHaveCount(0);
  await ws.button('開始').click();
  await expect(presenter.getByTestId('presenter-current')).toHaveText('導入');
  await page.getByRole('textbox', { name: '投影するメッセージ' }).fill('10:45 から再開します');
  await page.getByRole('textbox', { name: '投影するメッセージ' }).press('Enter');
  await expect(presenter.getByTestId('presenter-message')).toHaveText('10:45 から再開します');

  // Stamp the click and the presenter's change with the wall clock of each page.
  await presenter.evaluate(() => {
    const w = window as unknown as { __changedAt?: number };
    const title = document.querySelector('[data-testid="presenter-current"]')!;
    new MutationObserver(() => {
      if (title.textContent === '発散' && w.__changedAt === undefined) w.__changedAt = Date.now();
    }).observe(title, { childList: true, characterData: true, subtree: true });
  });
  await page.evaluate(() =>
    document.addEventListener(
      'click',
      () => ((window as unknown as { __clickedAt: number }).__clickedAt = Date.now()),
      { capture: true, once: true },
    ),
  );
  await ws.button('次へ').click();
  await expect(presenter.getByTestId('presenter-current')).toHaveText('発散');
  const clickedAt = await page.evaluate(() => (window as unknown as { __clickedAt: number }).__clickedAt);
  const changedAt = await presenter.evaluate(
    () => (window as unknown as { __changedAt: number }).__changedAt,
  );
  expect(changedAt - clickedAt).toBeLessThanOrEqual(250);
  await expect(presenter.getByRole('timer')).toHaveAccessibleName(/発散/);
  expect(await seriousViolations(presenter)).toEqual([]);
});

test('keys pressed in the presenter view (a presenter remote) drive the run', async ({ page }) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('リモコン');
  await ws.addItem('導入', 10);
  await ws.addItem('発散', 10);
  await ws.addItem('まとめ', 10);
  await ws.view('進行');
  // A second tab on the presenter view, as web mode opens it on the projector.
  const presenter = await page.context().newPage();
  await presenter.goto(`/#/present/${id}`);
  const current = presenter.getByTestId('presenter-current');
  await expect(current).toHaveText('まもなく開始します');

  await presenter.keyboard.press('Space');
  await expect(current).toHaveText('導入');
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  await presenter.keyboard.press('PageDown');
  await expect(current).toHaveText('発散');
  await expect(page.getByTestId('run-current')).toHaveText('発散');
  await presenter.keyboard.press('PageUp');
  await expect(current).toHaveText('導入');
  await presenter.keyboard.press('ArrowRight');
  await expect(current).toHaveText('発散');
  await presenter.keyboard.press('ArrowLeft');
  await expect(current).toHaveText('導入');
  // Quick presses, each acting on the run the one before left (not on the last render).
  for (const key of ['PageDown', 'PageUp', 'PageDown', 'PageUp', 'PageDown', 'PageUp'])
    await presenter.keyboard.press(key);
  await expect(current).toHaveText('導入');
  // A held button repeats the key: one step, not a run through the agenda.
  await presenter.keyboard.down('PageDown');
  await presenter.keyboard.down('PageDown');
  await presenter.keyboard.down('PageDown');
  await presenter.keyboard.up('PageDown');
  await expect(current).toHaveText('発散');
  // The remote's blank-screen button (B or .) pauses and resumes; Space is 次へ, as in slide software.
  await presenter.keyboard.press('b');
  await expect(ws.button('再開')).toBeVisible();
  await presenter.keyboard.press('.');
  await expect(ws.button('一時停止')).toBeVisible();
  await expect(presenter.getByText(/B \/ \. 一時停止・再開/)).toBeVisible();
  // Past the last item the facilitator is asked, as for → on the run screen.
  await presenter.keyboard.press('PageDown');
  await expect(current).toHaveText('まとめ');
  // The facilitator is typing a note: the question shows but leaves the keyboard in the note, so
  // the next Enter is a new line there, not the end of the run.
  const note = page.getByRole('textbox', { name: 'まとめのメモ' });
  await note.focus();
  await presenter.keyboard.press('PageDown');
  await expect(page.getByRole('alertdialog', { name: /最後の項目です/ })).toBeVisible();
  await expect(note).toBeFocused();
  // The projector says where the press went, and that a press while the question is open waits.
  await expect(presenter.getByRole('status')).toHaveText('進行画面で確認しています');
  await presenter.keyboard.press('PageDown');
  await expect(presenter.getByRole('status')).toHaveText('進行画面で確認中のため、このキーは使えません');
  await note.press('Enter');
  await expect(current).toHaveText('まとめ');
  await expect
    .poll(async () => {
      const [stored] = await readAppRecords<{ run?: { type: string }[] }>(page, 'workshops');
      return stored?.run?.map((e) => e.type).join(' ');
    })
    .toBe(
      'start next previous next previous next previous next previous next previous next pause resume next',
    );
});

test('a run screen’s answer arriving after the “no answer” sign (a busy machine) replaces the sign', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('遅い応答');
  await ws.addItem('導入', 10);
  await ws.addItem('まとめ', 10);
  await ws.view('進行');
  await ws.button('開始').click();
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  // The run screen's answers go out 2.5 s late, as on a machine busy with other jobs.
  await page.evaluate(() => {
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, data: unknown) {
      if (typeof data === 'object' && data !== null && 'answer' in data) {
        setTimeout(() => post.call(this, data), 2500);
      } else post.call(this, data);
    };
  });
  const presenter = await page.context().newPage();
  await presenter.goto(`/#/present/${id}`);
  await expect(presenter.getByTestId('presenter-current')).toHaveText('導入');
  const sign = presenter.getByRole('status');
  await presenter.keyboard.press('ArrowLeft');
  await expect(sign).toHaveText('進行画面が応答しません。進行画面を確認してください');
  // The late answer is the run screen's word: it replaces the sign (it used to be dropped).
  await expect(sign).toHaveText('最初の項目です。これより前へは戻れません', { timeout: 3000 });
});

test('with no run screen open the presenter view applies a remote’s keys itself, and says when a press cannot act', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('リモコンだけ');
  await ws.addItem('導入', 10);
  await ws.addItem('発散', 10);
  await ws.addItem('まとめ', 10);
  await ws.view('進行');
  await ws.button('開始').click();
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  // The facilitator goes back to the plan: no run screen is open anywhere.
  await ws.view('計画');
  const presenter = await page.context().newPage();
  await presenter.goto(`/#/present/${id}`);
  const current = presenter.getByTestId('presenter-current');
  const sign = presenter.getByRole('status');
  await expect(current).toHaveText('導入');
  // Told apart from the facilitator's tab (and in a video call's list of windows to share).
  await expect(presenter).toHaveTitle('発表者ビュー — リモコンだけ');

  await presenter.keyboard.press('ArrowLeft');
  await expect(sign).toHaveText('最初の項目です。これより前へは戻れません');
  await presenter.keyboard.press('Space');
  await expect(current).toHaveText('発散');
  await expect(sign).toHaveText('');
  await presenter.keyboard.press('PageDown');
  await expect(current).toHaveText('まとめ');
  await presenter.keyboard.press('b');
  await expect(presenter.getByText('一時停止中')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(presenter.getByText('一時停止中')).toBeHidden();
  // Past the last item: asked on the projector, ended by a second press.
  await presenter.keyboard.press('PageDown');
  await expect(sign).toHaveText('最後の項目です。もう一度「次へ」で終了します');
  await expect(current).toHaveText('まとめ');
  await presenter.keyboard.press('PageDown');
  await expect(current).toHaveText('おつかれさまでした');
  await presenter.keyboard.press('PageDown');
  await expect(sign).toHaveText('進行は終了しました');

  // Written through the run's own path: stored, and the facilitator's run screen shows it.
  await expect
    .poll(async () => {
      const [stored] = await readAppRecords<{ run?: { type: string }[] }>(page, 'workshops');
      return stored?.run?.map((e) => e.type).join(' ');
    })
    .toBe('start next next pause resume next');
  await ws.view('進行');
  await expect(page.getByRole('heading', { name: /終了しました/ })).toBeVisible();
  expect(await seriousViolations(presenter)).toEqual([]);
});

test('a remote plugged into the facilitator’s laptop: PageDown / PageUp step the run screen, not scroll it', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  await ws.create('ページキー');
  await ws.addItem('導入', 10);
  await ws.addItem('発散', 10);
  await ws.view('進行');
  await ws.button('開始').click();
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('run-current')).toHaveText('発散');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('run-current')).toHaveText('導入');
  // In a field the page keys are the field's own.
  const note = page.getByRole('textbox', { name: '導入のメモ' });
  await note.focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('run-current')).toHaveText('導入');
});

test('the projector message reaches the presenter while it is typed, without flicker, and is saved', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('投影メッセージ');
  await ws.addItem('導入', 10);
  await ws.view('進行');
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: '発表者ビューを開く' }).click(),
  ]);
  await expect(presenter).toHaveURL(new RegExp(`#/present/${id}$`));
  const field = page.getByRole('textbox', { name: '投影するメッセージ' });
  await field.fill('10:45 から再開します');
  await field.press('Enter');
  await expect(presenter.getByTestId('presenter-message')).toHaveText('10:45 から再開します');
  // Every text the presenter shows from here on, in order.
  await presenter.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { shown: string[] }).shown = shown;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="presenter-message"]')?.textContent ?? '';
      if (shown.at(-1) !== text) shown.push(text);
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
  });

  // Typed, neither Enter nor leaving the field: the presenter follows, to the last character.
  await field.press('ControlOrMeta+a');
  await field.pressSequentially('11:00 から再開します（会場B）', { delay: 40 });
  await expect(field).toBeFocused();
  await expect(presenter.getByTestId('presenter-message')).toHaveText('11:00 から再開します（会場B）');
  await field.press('Tab');
  await presenter.waitForTimeout(500); // the save arriving must not bring back an older text
  const shown = await presenter.evaluate(() => (window as unknown as { shown: string[] }).shown);
  expect(shown.at(-1)).toBe('11:00 から再開します（会場B）');
  expect(shown.slice(1)).not.toContain('10:45 から再開します');
  expect(shown.every((text) => '11:00 から再開します（会場B）'.startsWith(text))).toBe(true);
  // Saved as before: a reloaded presenter reads it from the record.
  await presenter.reload();
  await expect(presenter.getByTestId('presenter-message')).toHaveText('11:00 から再開します（会場B）');
});

test('capture notes, sticky notes, dot votes and actions; promote an idea; minutes as Markdown and a tagged PDF', async ({
  page,
}, testInfo) => {
  const ws = new WorkshopPage(page);
  await ws.create('キャプチャ');
  await ws.addItem('発散', 20);
  await ws.view('進行');
  await ws.button('開始').click();

  await page.getByRole('textbox', { name: '発散のメモ' }).fill('予約の話題が多かった');
  await page.getByRole('textbox', { name: '発散のメモ' }).blur();
  const ideaText = page.getByRole('textbox', { name: 'アイデア', exact: true });
  await page.getByRole('combobox', { name: 'グループ' }).fill('A班');
  await page.getByRole('combobox', { name: '色' }).selectOption({ label: 'ピンク' });
  await ideaText.fill('窓口の待ち時間を見える化');
  await ws.button('付箋を追加').click();
  await expect(ideaText).toHaveValue('');
  // Enter adds too; the note text clears once stored, the group and colour stay, focus stays put.
  await ideaText.fill('オンライン予約');
  await ideaText.press('Enter');
  await expect(ideaText).toHaveValue('');
  await expect(ideaText).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'グループ' })).toHaveValue('A班');
  await expect(ws.button('付箋を追加')).toBeDisabled();
  const board = page.getByTestId('idea-board');
  await expect(board.getByRole('region', { name: 'A班' }).getByTestId('idea')).toHaveCount(2);
  await expect(board.getByTestId('idea').first()).toHaveClass(/sticky--pink/);

  await page.getByRole('textbox', { name: '投票する人' }).fill('佐藤');
  await expect(page.getByTestId('votes-left')).toHaveText('佐藤さんの残り 3 票');
  const vote = (text: string) => page.getByRole('button', { name: `「${text}」に投票` });
  await vote('窓口の待ち時間を見える化').click();
  await expect(page.getByTestId('votes-left')).toHaveText('佐藤さんの残り 2 票');
  await vote('窓口の待ち時間を見える化').click();
  await vote('オンライン予約').click();
  await expect(page.getByTestId('votes-left')).toHaveText('佐藤さんの残り 0 票');
  await expect(vote('オンライン予約')).toBeDisabled();
  // The row's button (決定にする) follows its text.
  await expect(page.getByTestId('vote-tally').getByRole('listitem').first()).toHaveText(
    /^窓口の待ち時間を見える化 — 2票決定にする$/,
  );
  await page.getByRole('button', { name: '「オンライン予約」への投票を1票取り消す' }).click();
  await expect(page.getByTestId('votes-left')).toHaveText('佐藤さんの残り 1 票');

  await page.getByRole('textbox', { name: '誰が' }).fill('佐藤');
  await page.getByRole('textbox', { name: '何を' }).fill('予約システムの事例を集める');
  await page.getByLabel('いつまでに').fill('2026-12-15');
  await ws.button('アクションを追加').click();
  await expect(page.getByTestId('action-list')).toContainText('予約システムの事例を集める');
  // The 期限 reads as Japanese writes a day, not as the date field stores it (2026-12-15).
  await expect(page.getByTestId('action-list')).toContainText('〜2026年12月15日');
  // All three fields clear once the action is stored.
  await expect(page.getByRole('textbox', { name: '何を' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: '誰が' })).toHaveValue('');
  await expect(page.getByLabel('いつまでに')).toHaveValue('');

  await page.getByRole('button', { name: '「窓口の待ち時間を見える化」を課題にする' }).click();
  await page.getByRole('link', { name: '課題を開く' }).click();
  await expect(page.getByRole('textbox', { name: /タイトル/ }).first()).toHaveValue(
    '窓口の待ち時間を見える化',
  );
  // The issue links back to the workshop it came from, to the board the idea is on.
  await expect(page.getByTestId('issue-source')).toHaveText(
    'ワークショップのアイデアから作成: ワークショップ「キャプチャ」',
  );
  await page.getByRole('link', { name: 'ワークショップ「キャプチャ」' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('キャプチャ');
  await expect(page.getByRole('link', { name: '課題を開く' })).toBeVisible();

  await ws.view('議事録');
  await expect(page.getByRole('img', { name: /1項目の予定と実績/ })).toBeVisible();
  await ws.button('議事録を生成').click();
  const editor = page.getByRole('textbox', { name: '議事録（Markdown）' });
  await expect(editor).toHaveValue(/## アクション/);
  await expect(editor).toHaveValue(/1\. 窓口の待ち時間を見える化（2票）/);
  await expect(editor).toHaveValue(/### 発散\n\n#### メモ\n\n予約の話題が多かった/);
  await expect(editor).toHaveValue(/\| 佐藤 \| 予約システムの事例を集める \| 2026年12月15日 \|/);
  await editor.fill(`${await editor.inputValue()}\n## 所感\n\n次回は企業も招く\n`);
  await editor.blur();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    ws.button('議事録を Markdown で保存').click(),
  ]);
  expect(download.suggestedFilename()).toBe('キャプチャ.md');
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('次回は企業も招く');

  // The desktop path: the app hands the print document to the host, which prints it tagged with an outline.
  await standInPreload(page);
  await page.reload();
  await page.getByTestId('export-minutes').click();
  await expect(page.getByRole('status').filter({ hasText: 'PDF を保存しました' })).toBeVisible();
  const html = await printedHtml(page);
  const file = testInfo.outputPath('minutes.pdf');
  await printLikeElectron(page, html, file);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
  expect(text).toContain('窓口の待ち時間を見える化（2票）');
  expect(text).toContain('次回は企業も招く');
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8' });
  const outline = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => m[1]);
  expect(outline).toEqual(
    expect.arrayContaining(['キャプチャ', 'アジェンダと実績', '発散', 'アクション', '所感']),
  );
});

test('sticky notes typed one after another at once are all kept: three groups, three notes each', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('付箋を続けて');
  await ws.addItem('発散', 20);
  await ws.view('進行');
  // The projector tab open too, as in a real run (its live queries share the database).
  const presenter = await page.context().newPage();
  await presenter.goto(`/#/present/${id}`);
  await ws.button('開始').click();
  await expect(presenter.getByTestId('presenter-current')).toHaveText('発散');
  const ideaText = page.getByRole('textbox', { name: 'アイデア', exact: true });
  const board = page.getByTestId('idea-board');
  for (const group of ['A班', 'B班', 'C班']) {
    await page.getByRole('combobox', { name: 'グループ' }).fill(group);
    // Each note typed the moment the one before is sent, as a fast typist does.
    for (const idea of ['乗り継ぎ', '予約の電話', '高齢者の送迎']) {
      await ideaText.fill(`${group}：${idea}`);
      await ideaText.press('Enter');
    }
    await expect(board.getByRole('region', { name: group }).getByTestId('idea')).toHaveCount(3);
  }
  await expect(ideaText).toHaveValue('');
  await expect(board.getByTestId('idea')).toHaveCount(9);
});

test('notes and minutes typed without leaving the field survive the tab going away; Markdown holds the last edit', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  await ws.create('閉じる前のメモ');
  await ws.addItem('発散', 20);
  await ws.view('進行');
  await ws.button('開始').click();

  // A facilitator types and the tab is closed or reloaded: no blur ever comes.
  const notes = page.getByRole('textbox', { name: '発散のメモ' });
  await notes.fill('予約の話題が多かった');
  await expect(notes).toBeFocused();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect
    .poll(async () => (await readAppRecords<{ captureNotes?: string }>(page, 'agendaItems'))[0]?.captureNotes)
    .toBe('予約の話題が多かった');
  await page.reload();
  await expect(page.getByRole('textbox', { name: '発散のメモ' })).toHaveValue('予約の話題が多かった');

  // Web mode warns before leaving while minutes are typed but not saved.
  await ws.view('議事録');
  await ws.button('議事録を生成').click();
  const editor = page.getByRole('textbox', { name: '議事録（Markdown）' });
  await expect(editor).toHaveValue(/予約の話題が多かった/);
  await editor.fill(`${await editor.inputValue()}\n## 所感\n\n次回は企業も招く\n`);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss(); // "stay on this page"
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);

  // Saved straight from the editor, the click's blur has only started the write.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    ws.button('議事録を Markdown で保存').click(),
  ]);
  expect(await readFile((await download.path())!, 'utf8')).toContain('次回は企業も招く');
});

test('a capture write the database refuses is reported, and what was typed stays to try again', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  await ws.create('書き込み失敗');
  await ws.addItem('発散', 20);
  await ws.view('進行');
  await ws.button('開始').click();
  await expect(ws.timer()).toBeVisible();

  // The disk refuses every write from now on (as when the quota is exhausted).
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype;
    const kept = { put: proto.put, add: proto.add, delete: proto.delete };
    const refuse = () => {
      throw new DOMException('ディスクがいっぱいです', 'QuotaExceededError');
    };
    (window as unknown as { restoreWrites: () => void }).restoreWrites = () => Object.assign(proto, kept);
    Object.assign(proto, { put: refuse, add: refuse, delete: refuse });
  });
  const what = page.getByRole('textbox', { name: '何を' });
  await what.fill('事例を集める');
  await ws.button('アクションを追加').click();
  await expect(page.getByRole('status').filter({ hasText: '保存できませんでした' })).toBeVisible();
  await expect(what).toHaveValue('事例を集める');
  const idea = page.getByRole('textbox', { name: 'アイデア', exact: true });
  await idea.fill('窓口の見える化');
  await idea.press('Enter');
  await expect(idea).toHaveValue('窓口の見える化');

  await page.evaluate(() => (window as unknown as { restoreWrites: () => void }).restoreWrites());
  await ws.button('アクションを追加').click();
  await expect(page.getByTestId('action-list')).toContainText('事例を集める');
  await expect(what).toHaveValue('');
});

test('a board of 300 sticky notes mounts only the notes in view, yet the keyboard reaches every one', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('大きなボード');
  await ws.addItem('発散', 30);
  await putAppRecords(
    page,
    Array.from({ length: 300 }, (_, i) => ({
      table: 'ideas',
      id: `00000000-0000-7000-8003-${i.toString(16).padStart(12, '0')}`,
      at: new Date(Date.UTC(2026, 10, 20, 1, 0, i)).toISOString(),
      fields: { workshopId: id, agendaItemId: '', group: 'A班', text: `アイデア ${i + 1}`, color: 'blue' },
    })),
  );
  await page.reload();
  await ws.view('進行');
  const group = page.getByTestId('idea-board').getByRole('region', { name: 'A班' });
  await expect(group.getByRole('heading')).toHaveText('A班 （300枚）');
  await expect(group.getByRole('list', { name: 'A班の付箋 300枚' })).toBeVisible();
  const notes = group.getByTestId('idea');
  await expect(notes.first()).toContainText('アイデア 1');
  expect(await notes.count()).toBeLessThan(60);

  const focused = page.locator('[data-testid="idea"]:focus');
  await notes.first().focus();
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('aria-posinset', '300');
  await expect(focused).toHaveAttribute('aria-setsize', '300');
  await expect(focused).toContainText('アイデア 300');
  await expect(focused).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(focused).toContainText('アイデア 299');
  await page.keyboard.press('Home');
  await expect(focused).toContainText('アイデア 1');
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
  await expect(focused).toContainText('アイデア 13');
  await expect(focused).toBeInViewport();
  // Tab goes into the note's own buttons, named after the note.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '「アイデア 13」に投票' })).toBeFocused();
  expect(await notes.count()).toBeLessThan(60);
  expect(await seriousViolations(page)).toEqual([]);
});

test('planner, run mode and presenter view have no serious accessibility violations in English', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  const id = await ws.create('Accessibility', 'アイデアソン');
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('navigation', { name: 'Switch view' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('navigation', { name: 'Switch view' }).getByRole('link', { name: 'Run' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('timer')).toHaveAccessibleName(/開会・テーマ説明/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/#/present/${id}`);
  await expect(page.getByRole('main', { name: 'Presenter view' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a whole workshop by keyboard: after every action the focus stays where the user can go on', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  await ws.create('キーボードだけで進行');
  await ws.addItem('導入', 10);
  await ws.addItem('不要な項目', 5);
  await ws.addItem('まとめ', 10);
  // The details toggle names its item, like 複製 and 削除.
  await expect(page.getByRole('button', { name: '導入の詳細' })).toBeVisible();
  // Deleting a row moves the focus to the row that took its place.
  await page.getByRole('button', { name: '不要な項目を削除' }).focus();
  await page.keyboard.press('Enter');
  await expect(ws.rows()).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'まとめを移動（Alt+↑/↓、ドラッグ）' })).toBeFocused();
  // Adding by the button leaves the focus in the cleared field.
  await page.getByRole('textbox', { name: '新しい項目' }).fill('振り返り');
  await ws.button('項目を追加').click();
  await expect(ws.rows()).toHaveCount(3);
  await expect(page.getByRole('textbox', { name: '新しい項目' })).toBeFocused();

  await ws.view('進行');
  await ws.button('開始').focus();
  await page.keyboard.press('Enter');
  await expect(ws.button('一時停止')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ws.button('再開')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ws.button('一時停止')).toBeFocused();
  // The hidden term of 「予定より…」 is neutral: it never says 予定どおり beside 遅れ.
  await expect(page.getByRole('term').first()).toHaveText('予定との差');

  await ws.button('次へ').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  // The third 次へ is on the last item: it asks, and Escape goes back to 次へ with the run going on.
  const question = page.getByRole('alertdialog', { name: /最後の項目です/ });
  await expect(question).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(ws.button('次へ')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /終了/ })).toBeVisible();
  await expect(page.getByTestId('run-finished')).toBeFocused();
  await expect(ws.button('次へ')).toBeDisabled();

  const ideaText = page.getByRole('textbox', { name: 'アイデア', exact: true });
  await ideaText.fill('予約と送迎をつなぐ');
  await ws.button('付箋を追加').click();
  await expect(page.getByTestId('idea')).toHaveCount(1);
  await expect(ideaText).toBeFocused();
  await page.getByRole('textbox', { name: '投票する人' }).fill('佐藤');
  await page.getByRole('spinbutton', { name: '1人の持ち票' }).fill('1');
  const vote = page.getByRole('button', { name: '「予約と送迎をつなぐ」に投票' });
  await vote.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('idea')).toContainText('1票');
  await expect(vote).toBeFocused();
  await expect(vote).toBeDisabled();

  await page.getByRole('textbox', { name: '誰が' }).fill('佐藤');
  await page.getByRole('textbox', { name: '何を' }).fill('送迎の事例を集める');
  await ws.button('アクションを追加').click();
  await expect(page.getByText('送迎の事例を集める')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '誰が' })).toBeFocused();
});
