import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import type { IssueWorkspacePage } from './pages/IssueWorkspacePage';

const TEXT = '見守りネットの登録事業者と随意契約を結びます。';
const WORD = '見守りネット';
const PLAIN = '市の見守り協力事業者の登録制度';

const marks = (page: Page, term: string) => page.locator('.finding-mark--jargon').filter({ hasText: term });

/** Selects `length` characters of the original text from `from` with the keyboard, as a user does. */
async function selectWithKeys(ws: IssueWorkspacePage, from: number, length: number): Promise<void> {
  await ws.rawInput().focus();
  await ws.page.keyboard.press('Control+Home');
  for (let i = 0; i < from; i++) await ws.page.keyboard.press('ArrowRight');
  for (let i = 0; i < length; i++) await ws.page.keyboard.press('Shift+ArrowRight');
}

test('the team teaches the red pen a word and silences one its readers know, from the editor', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const ws = await app.openNewIssue('用語集で赤ペンを直す');
  await ws.rawInput().fill(TEXT);
  await expect(marks(page, '随意契約')).toHaveCount(1);
  await expect(marks(page, WORD)).toHaveCount(0);
  const addButton = page.getByRole('button', { name: '用語集に追加', exact: true });

  // An unmarked word is offered; a word the pen marks is not.
  await selectWithKeys(ws, 0, WORD.length);
  await expect(addButton).toBeVisible();
  await selectWithKeys(ws, TEXT.indexOf('随意契約'), 4);
  await expect(addButton).toHaveCount(0);
  await selectWithKeys(ws, 0, WORD.length);
  await expect(addButton).toBeVisible();

  // Esc cancels: nothing is stored, the words stay selected.
  await addButton.click();
  const dialog = page.getByRole('dialog', { name: '用語集に追加' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(addButton).toBeVisible();

  // The form is prefilled with the word and, once the dictionary is in, its reading; the plain
  // wording is required.
  await addButton.click();
  await expect(dialog.getByRole('textbox', { name: /^用語/ })).toHaveValue(WORD);
  await expect(dialog.getByRole('textbox', { name: 'よみ' })).toHaveValue('みまもりねっと', {
    timeout: 30_000,
  });
  await dialog.getByRole('button', { name: '保存' }).click();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await expect(dialog.getByRole('alert')).toContainText('やさしい言い換えを入力してください');
  await expect(dialog.getByRole('textbox', { name: /やさしい言い換え/ })).toBeFocused();
  await dialog.getByRole('textbox', { name: /やさしい言い換え/ }).fill(PLAIN);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`「${WORD}」をマイ用語集に保存しました`)).toBeVisible();

  // Marked at once, with its rewording offered; selected again, it is no longer offered.
  await expect(marks(page, WORD)).toHaveCount(1);
  const finding = ws.findingsOf(ws.rawFindings(), 'jargon').filter({ hasText: WORD });
  await expect(finding).toContainText(`${PLAIN}（${WORD}）`);
  await expect(addButton).toHaveCount(0);

  await page.reload();
  await expect(ws.rawInput()).toHaveValue(TEXT);
  await expect(marks(page, WORD)).toHaveCount(1);
  await expect(marks(page, '随意契約')).toHaveCount(1);

  // 「説明不要にする」: the team's readers know 随意契約.
  await ws.rawFindings().getByRole('button', { name: '「随意契約」を説明不要にする' }).click();
  await expect(marks(page, '随意契約')).toHaveCount(0);
  await expect(ws.findingsOf(ws.rawFindings(), 'jargon').filter({ hasText: '随意契約' })).toHaveCount(0);
  await page.reload();
  await expect(marks(page, WORD)).toHaveCount(1);
  await expect(marks(page, '随意契約')).toHaveCount(0);

  // Every other issue reads the same glossary.
  const other = await app.openNewIssue('別の課題');
  await other.rawInput().fill(`協力店の${TEXT}`);
  await expect(marks(page, WORD)).toHaveCount(1);
  await expect(marks(page, '随意契約')).toHaveCount(0);

  // マイ用語集 lists the word as 説明不要, and 元に戻す makes the pen mark it again.
  await app.open();
  await page.getByRole('link', { name: 'マイ用語集' }).click();
  // One row: the form cancelled with Esc stored nothing.
  await expect(page.getByTestId('glossary-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('glossary-table')).toContainText(WORD);
  // The page's own form refuses the word a second time.
  await page.getByRole('textbox', { name: '用語', exact: true }).fill(WORD);
  await page.getByRole('textbox', { name: 'やさしい言い換え', exact: true }).fill('別の言い換え');
  await page.getByRole('button', { name: '用語を追加' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: `「${WORD}」はマイ用語集に登録済みです。` }),
  ).toBeVisible();
  await expect(page.getByTestId('glossary-table').locator('tbody tr')).toHaveCount(1);
  const known = page.getByTestId('glossary-known');
  await expect(known).toContainText('随意契約');
  await expect(known).toContainText('説明不要');
  await page.reload();
  await known.getByRole('button', { name: '元に戻す: 随意契約' }).click();
  await expect(page.getByText('説明不要にした語はありません')).toBeVisible();
  await page.reload();
  await expect(page.getByText('説明不要にした語はありません')).toBeVisible();

  await app.open();
  await app
    .issueList()
    .getByRole('link', { name: /別の課題/ })
    .click();
  await expect(other.rawInput()).toHaveValue(`協力店の${TEXT}`);
  await expect(marks(page, '随意契約')).toHaveCount(1);
  await expect(marks(page, WORD)).toHaveCount(1);
});

test('a too long selection is refused with a reason, and a saved word is edited instead of added twice', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const text =
    '協力店は市内の商店街や薬局などにあり、見守りネットの登録事業者として高齢者の見守りに協力しています。';
  const app = new AppPage(page);
  const ws = await app.openNewIssue('用語の編集');
  await ws.rawInput().fill(text);
  const addButton = page.getByRole('button', { name: '用語集に追加', exact: true });
  const dialog = page.getByRole('dialog', { name: '用語集に追加' });
  const term = dialog.getByRole('textbox', { name: /^用語/ });
  const plain = dialog.getByRole('textbox', { name: /やさしい言い換え/ });

  await selectWithKeys(ws, 0, 41);
  await addButton.click();
  await expect(dialog.getByRole('alert')).toContainText('用語は 40 文字までです（いま 41 文字）');
  await expect(term).toHaveAttribute('aria-invalid', 'true');
  await term.fill(WORD);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await plain.fill(PLAIN);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(marks(page, WORD)).toHaveCount(1);

  // Known to the team's readers: unmarked, so the editor offers it again — as the saved term to edit.
  await ws
    .rawFindings()
    .getByRole('button', { name: `「${WORD}」を説明不要にする` })
    .click();
  await expect(marks(page, WORD)).toHaveCount(0);
  await selectWithKeys(ws, text.indexOf(WORD), WORD.length);
  await addButton.click();
  await expect(dialog.getByRole('alert')).toContainText(`「${WORD}」はマイ用語集に登録済みです。`);
  await dialog.getByRole('button', { name: '登録済みの用語を編集' }).click();
  const edit = page.getByRole('dialog', { name: 'マイ用語集の用語を編集' });
  await expect(edit.getByRole('textbox', { name: /やさしい言い換え/ })).toHaveValue(PLAIN);
  await edit.getByRole('textbox', { name: /やさしい言い換え/ }).fill('見守りに協力する店の登録制度');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toHaveCount(0);

  // Given a wording again, the word is explained again, with that wording, also after a reload.
  await page.reload();
  await expect(marks(page, WORD)).toHaveCount(1);
  await expect(ws.findingsOf(ws.rawFindings(), 'jargon').filter({ hasText: WORD })).toContainText(
    `見守りに協力する店の登録制度（${WORD}）`,
  );
  await app.open();
  await page.getByRole('link', { name: 'マイ用語集' }).click();
  await expect(page.getByTestId('glossary-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByText('説明不要にした語はありません')).toBeVisible();
});

test('a selection that cuts a word is widened to the whole word, and a term typed that cuts one is warned about', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const text = '地域の見守りを担う協力店を募ります。';
  const app = new AppPage(page);
  const ws = await app.openNewIssue('語の途中で切れる選択');
  await ws.rawInput().fill(text);
  await expect(marks(page, '見守り')).toHaveCount(0);
  const addButton = page.getByRole('button', { name: '用語集に追加', exact: true });
  const dialog = page.getByRole('dialog', { name: '用語集に追加' });
  const term = dialog.getByRole('textbox', { name: /^用語/ });

  // 見守 of 見守り: with morphemes the pen marks only whole words, so the form proposes 見守り.
  await selectWithKeys(ws, text.indexOf('見守'), 2);
  await addButton.click();
  await expect(term).toHaveValue('見守り', { timeout: 30_000 });
  await expect(dialog).toContainText('選んだ「見守」を語の切れ目まで広げました');
  await expect(dialog.getByRole('textbox', { name: 'よみ' })).toHaveValue('みまもり');

  // Typed back into part of the word: warned, with the whole word one click away.
  await term.fill('見守');
  const warning = dialog.getByRole('status').filter({ hasText: '語の途中で切れています（見守り）' });
  await expect(warning).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/語の途中で切れています/);
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await warning.getByRole('button', { name: '「見守り」にする' }).click();
  await expect(term).toHaveValue('見守り');
  await expect(term).toBeFocused();
  await expect(warning).toHaveCount(0);

  await dialog.getByRole('textbox', { name: /やさしい言い換え/ }).fill('高齢者などの安否確認');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(marks(page, '見守り')).toHaveCount(1);
  // Back in the text, the whole word is selected.
  expect(
    await ws
      .rawInput()
      .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd)),
  ).toBe('見守り');
});

test('a verb selected in an inflected form is saved in its dictionary form, and marked in its other forms', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const text = '料金の体系を毎年見直した。';
  const app = new AppPage(page);
  const ws = await app.openNewIssue('活用した動詞');
  await ws.rawInput().fill(text);
  const addButton = page.getByRole('button', { name: '用語集に追加', exact: true });
  const dialog = page.getByRole('dialog', { name: '用語集に追加' });
  const term = dialog.getByRole('textbox', { name: /^用語/ });

  await selectWithKeys(ws, text.indexOf('見直した'), 4);
  await addButton.click();
  await expect(term).toHaveValue('見直す', { timeout: 30_000 });
  await expect(dialog).toContainText('選んだ「見直した」を辞書形の「見直す」にしました');
  await expect(dialog.getByRole('textbox', { name: 'よみ' })).toHaveValue('みなおす');

  // Typed back as written: the dictionary form is offered, one click away.
  await term.fill('見直した');
  const hint = dialog.getByRole('status').filter({ hasText: '「見直した」は活用した形です' });
  await expect(hint).toBeVisible();
  await hint.getByRole('button', { name: '「見直す」にする' }).click();
  await expect(term).toHaveValue('見直す');
  await expect(term).toBeFocused();
  await expect(hint).toHaveCount(0);

  await dialog.getByRole('textbox', { name: /やさしい言い換え/ }).fill('改めて検討し、変える');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(marks(page, '見直し')).toHaveCount(1);

  // Another form of it, in another issue.
  const other = await app.openNewIssue('別の活用形');
  await other.rawInput().fill('料金の体系は毎年見直される。');
  await expect(marks(page, '見直さ')).toHaveCount(1);
});

test('a phrase selected with an inflected verb is saved with the verb in its dictionary form, and marked in its other forms', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const text = '来年度に計画を見直した。';
  const selected = '計画を見直した';
  const app = new AppPage(page);
  const ws = await app.openNewIssue('活用した動詞で終わる句');
  await ws.rawInput().fill(text);
  const dialog = page.getByRole('dialog', { name: '用語集に追加' });
  const term = dialog.getByRole('textbox', { name: /^用語/ });

  await selectWithKeys(ws, text.indexOf(selected), selected.length);
  await page.getByRole('button', { name: '用語集に追加', exact: true }).click();
  await expect(term).toHaveValue('計画を見直す', { timeout: 30_000 });
  await expect(dialog).toContainText(`選んだ「${selected}」を辞書形の「計画を見直す」にしました`);
  await dialog.getByRole('textbox', { name: /やさしい言い換え/ }).fill('計画を作り直す');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(marks(page, '計画を見直し')).toHaveCount(1);

  // Another form of the phrase, in another issue (the pen marks a term's first use only).
  const other = await app.openNewIssue('句の別の活用形');
  await other.rawInput().fill('計画を見直さない。');
  await expect(marks(page, '計画を見直さ')).toHaveCount(1);
});
