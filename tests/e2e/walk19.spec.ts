/**
 * Walk 19: a councillor's name heard but not known in kanji is typed in kana (さとう) — the speaker
 * picker offers the known names that read as it (佐藤議員), and search finds a speaker across kana
 * and kanji both ways; the workshop minutes show each item's planned and actual clock times.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { seriousViolations } from './pages/axeScan';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { SearchPageModel } from './pages/SearchPage';
import { WorkshopPage } from './pages/WorkshopPage';

/** The dictionary loads on first use (about 2 s, longer on a loaded machine). */
const DICTIONARY = { timeout: 30_000 };

test('a speaker typed in kana is offered the kanji names that read as it, and search finds a speaker in either spelling', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new CouncilNotesPage(page);
  const search = new SearchPageModel(page);
  await app.open();

  // A first meeting: the name was heard, not seen; typed in kana with nothing to suggest.
  await notes.create('12月定例会 本会議');
  await notes.pickSpeaker('さとう');
  await page.keyboard.type('除雪の委託について質問');
  await page.keyboard.press('Enter');
  await expect(notes.entries().filter({ hasText: '除雪の委託' })).toContainText('さとう');

  // A search for the kanji finds the note whose speaker was typed in kana.
  await search.search('佐藤');
  await expect(search.results().getByRole('link', { name: /除雪の委託/ })).toBeVisible(DICTIONARY);
  await expect(search.results().getByTestId('search-count')).toContainText('読みから「さとう」も検索');

  // A committee where the name was typed in kanji; next time it is typed in katakana.
  await notes.create('総務常任委員会');
  await notes.pickSpeaker('佐藤議員');
  await page.keyboard.type('予算の執行率を質問');
  await page.keyboard.press('Enter');
  await expect(notes.entries()).toHaveCount(1);
  await page.keyboard.press('Alt+KeyS');
  await expect(notes.speaker()).toBeFocused();
  await page.keyboard.type('サトウ');
  const listbox = page.getByRole('listbox', { name: '発言者' });
  await expect(listbox.getByRole('option', { name: /^佐藤議員/ })).toBeVisible(DICTIONARY);
  await expect(listbox.getByRole('option').first()).toHaveAccessibleName(/^佐藤議員/);
  await page.keyboard.press('Enter');
  await expect(notes.memo()).toBeFocused();
  await expect(notes.speaker()).toHaveValue('佐藤議員');
  await page.keyboard.type('再質問');
  await page.keyboard.press('Enter');
  await expect(notes.entries()).toHaveCount(2);
  await expect(notes.entries().nth(1)).toContainText('佐藤議員');

  // Kana finds both spellings: the kanji by reading, the kana as typed.
  await search.search('さとう');
  await expect(search.results().getByRole('link', { name: /除雪の委託/ })).toBeVisible();
  await expect(search.results().getByRole('link', { name: /予算の執行率/ })).toBeVisible(DICTIONARY);
});

test('the minutes show each item’s planned and actual clock times, on screen and in the Markdown', async ({
  page,
}) => {
  const ws = new WorkshopPage(page);
  await ws.create('時刻の議事録');
  await ws.setStart('2026-12-01T10:00');
  await ws.addItem('導入', 5);
  await ws.addItem('まとめ', 15);
  await ws.view('進行');
  // Started half a minute after the planned start (not late), the first item run 7 minutes.
  await page.clock.install({ time: new Date('2026-12-01T10:00:30+09:00') });
  await page.keyboard.press('Space');
  await expect(ws.timer()).toHaveAccessibleName(/導入/);
  await page.clock.fastForward('07:00');
  await page.keyboard.press('ArrowRight');
  await expect(ws.timer()).toHaveAccessibleName(/まとめ/);

  await ws.view('議事録');
  const table = page.getByRole('table', { name: '予定と実績の時刻' });
  await expect(table.getByRole('columnheader')).toHaveText(['項目', '予定', '実績']);
  await expect(table.getByRole('row', { name: /導入/ }).getByRole('cell')).toHaveText([
    '10:00–10:05（5分）',
    '10:00–10:07（7分）',
  ]);
  // The item under way has begun and not ended.
  await expect(table.getByRole('row', { name: /まとめ/ }).getByRole('cell')).toHaveText([
    '10:05–10:20（15分）',
    '10:07–',
  ]);
  expect(await seriousViolations(page)).toEqual([]);

  await ws.button('議事録を生成').click();
  const editor = page.getByRole('textbox', { name: '議事録（Markdown）' });
  await expect(editor).toHaveValue(/\| 項目 \| 予定 \| 実績 \|/);
  await expect(editor).toHaveValue(/\| 導入 \| 10:00–10:05（5分） \| 10:00–10:07（7分） \|/);
});

test('an agenda item chosen mid-flow heads the notes typed after it, even when the page goes at once', async ({
  page,
  context,
}) => {
  const notes = new CouncilNotesPage(page);
  const id = await notes.create('12月定例会 本会議 速記');
  await notes.setAgenda(['議案第1号', '議案第2号']);
  await notes.memo().click();
  await page.keyboard.press('Alt+Digit1');
  await expect(notes.headings()).toHaveCount(1);
  await page.keyboard.type('第一の発言');
  // Alt+2 (pressed twice, as a hurried user does) while the first note is still being written, then
  // straight on typing; the tab goes at once.
  await page.keyboard.press('Alt+Digit2');
  await page.keyboard.press('Alt+Digit2');
  await page.keyboard.type('第二の発言');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第三の発言');
  await page.keyboard.press('Enter');
  page.on('dialog', (d) => void d.accept());
  await page.close({ runBeforeUnload: true });

  const again = new CouncilNotesPage(await context.newPage());
  await again.open(id);
  await expect(again.headings()).toHaveText([/議案第1号/, /議案第2号/]);
  await expect(again.entries()).toHaveCount(3);
  const [download] = await Promise.all([
    again.page.waitForEvent('download'),
    again.page.getByRole('button', { name: '議事メモ Markdown' }).click(),
  ]);
  const markdown = await readFile((await download.path())!, 'utf8');
  // The headings, not the 議題 list above them.
  const order = [
    /## \d\d:\d\d 議案第1号/,
    /第一の発言/,
    /## \d\d:\d\d 議案第2号/,
    /第二の発言/,
    /第三の発言/,
  ].map((re) => markdown.search(re));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});
