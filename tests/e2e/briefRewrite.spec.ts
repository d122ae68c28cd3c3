/**
 * 「企業向けに書き換え」 in Chromium with the real dictionary loaded in the analysis worker (served by
 * vite preview, which sends the .dat.gz files with Content-Encoding: gzip): paste a long
 * municipal text, reject one change, keep the rest, draft the brief, and find the rewritten
 * sentences in the company preview and in the PDF exported through the preview's 書き出し menu
 * (in web mode: the downloaded print document, printed offline as a user's browser would).
 */
import { expect, test } from './pages/sharedPage';
import { execFileSync } from 'node:child_process';
import { AppPage } from './pages/AppPage';
import { printOffline } from './pages/printOffline';
import { RewritePanelPage } from './pages/RewritePanelPage';

/** Three texts of the tuning corpus (common/brief/corpus/tuning.json: t01, t04, t02), and a passive. */
const LONG_TEXT =
  '本市では、公民連携による地域課題の解決を推進するため、所管横断的な推進体制を構築し、民間事業者からの提案を広く受け付けている。今回募集するテーマは、子育て世帯の転出抑制である。提案内容は書類審査及び評価検証を経て採否を決定し、採択された提案については、必要に応じて予算を計上の上、協定締結に向けて協議を行う。なお、庁内への意見照会に一定の期間を要するため、回答まで2か月程度を見込まれたい。\n\n脱炭素に関する普及啓発事業の委託先を募集します。市民の環境意識の醸成に努めて、家庭部門の二酸化炭素排出量を削減することが目的です。受託者は、庁内への普及啓発事業や人材育成、有志職員による勉強会の運営を行い、事業終了後は実績報告書を提出してください。契約は単年度契約とし、委託料は概算払とします。\n\n地域公共交通の維持に関する御質問にお答えいたします。路線バスの赤字補填として、本市は毎年度約8,000万円を一般会計から繰出金として支出しており、国庫補助の要件緩和についても国に要望しているところでございます。今後、利用者数の推移を注視しつつ、交通事業者と連携して持続可能な交通体系の構築に鋭意検討を進めてまいります。路線の再編は、交通事業者との協議の在り方が検討されているところでございます。';

test('a long municipal text is rewritten for companies, change by change, and the brief uses it', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const ws = await app.openNewIssue('公民連携で子育て世帯の転出を減らしたい');
  await ws.rawInput().fill(LONG_TEXT);
  await expect(ws.findingsOf(ws.rawFindings(), 'jargon').first()).toBeVisible({ timeout: 30_000 });

  const rewrite = new RewritePanelPage(page);
  await rewrite.rewrite();
  // Sentence splitting needs the morphological analyser: its presence proves kuromoji loaded.
  await expect(rewrite.change('sentence-split').first()).toBeVisible();
  const total = await rewrite.changes().count();
  expect(total).toBeGreaterThan(10);

  // A passive made active, with the doer left for the author to fill in.
  await expect(rewrite.change('passive-hedge').first()).toBeVisible();
  // The gap stands where a subject goes, before the object the passive hid it behind.
  await expect(rewrite.result()).toContainText(
    '【要記入：主語】が交通事業者との協議の在り方を検討しているところ',
  );

  // A replacement says where it is (the same 「し、」→「する。」 recurs), and the change the keyboard
  // is on is marked in the rewrite and scrolled into view there, however far the panes have drifted.
  await expect(rewrite.change('sentence-split').first().getByRole('group')).toHaveAccessibleName(
    /^[^「]+「[^」]+」→「/,
  );
  await rewrite.changes().last().getByRole('button', { name: '採用する' }).focus();
  const currentShown = await rewrite.result().evaluate((pane) => {
    const piece = pane.querySelector<HTMLElement>('.is-current');
    const top = piece?.offsetTop ?? -1;
    return pane.scrollTop > 0 && top >= pane.scrollTop && top < pane.scrollTop + pane.clientHeight;
  });
  expect(currentShown).toBe(true);

  // Reject the explanation of 公民連携; every other change stays accepted.
  const rejected = rewrite.change('jargon').filter({ hasText: '公民連携' }).first();
  await rejected.getByRole('button', { name: '却下する' }).click();
  await expect(rejected).toHaveAttribute('data-accepted', 'false');
  await expect(page.getByText(`変更点（${total - 1} / ${total} 件を採用）`)).toBeVisible();
  // Explanations that would make sentences too long, several to a section, end it as ※ lines.
  await expect(rewrite.result()).toContainText('※協定締結：協定を結ぶこと');
  await expect(rewrite.result()).not.toContainText('公民連携：');

  await page.getByRole('button', { name: '書き換えを保存' }).click();
  await expect(rewrite.saved()).toContainText('少しずつ育てること');
  await expect(rewrite.saved()).toContainText('公民連携による');
  await expect(rewrite.saved()).toContainText('8,000万円');
  await ws.waitSaved();

  await ws.tab('ブリーフ').click();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  // The draft quotes the rewrite: the split sentence, the kept (rejected) term, an explained term.
  await expect(ws.briefInput()).toHaveValue(/本市では、公民連携による地域課題の解決を推進します。/);
  await expect(ws.briefInput()).toHaveValue(
    /本市は毎年度約8,000万円を一般会計から繰出金として支出しています。/,
  );
  await expect(ws.briefInput()).toHaveValue(/\*\*赤字補填\*\*（あかじほてん）：赤字の穴埋め/);
  await expect(ws.briefInput()).not.toHaveValue(/公民連携：/);
  await expect(ws.briefInput()).not.toHaveValue(/※協定締結/);
  await ws.waitSaved();

  await ws.tab('企業向けプレビュー').click();
  const preview = page.getByTestId('brief-preview');
  await expect(preview).toContainText('繰出金として支出しています。');
  await expect(preview).toContainText('本市では、公民連携による地域課題の解決を推進します。');
  // Quoted sentences stay one a line (Markdown alone would join them into one run-on paragraph).
  await expect(preview.locator('p > br').first()).toBeAttached();
  // The gaps the company must not read as they are: marked, counted and named beside 書き出し.
  await expect(preview.locator('mark.brief-gap').first()).toBeVisible();
  await expect(page.getByTestId('open-gaps')).toContainText(/【要記入】が \d+ か所残っています/);
  await expect(page.getByTestId('open-gaps')).toContainText('市が提供できるもの');

  // The review outlives a look at the other tabs and a reload: the rejected change is still rejected.
  await ws.tab(/課題/).click();
  await expect(rejected).toHaveAttribute('data-accepted', 'false');
  await page.reload();
  await expect(rejected).toHaveAttribute('data-accepted', 'false');
  await expect(page.getByText(`変更点（${total - 1} / ${total} 件を採用）`)).toBeVisible();
  await ws.tab('企業向けプレビュー').click();

  // The user's way to a PDF in web mode: 書き出し → PDF downloads the print document, which they
  // open and print; here it is printed offline with scripts off (nothing but the file is needed).
  const { name, html } = await ws.exportPdfFromPreview();
  expect(name).toMatch(/\.html$/);
  expect(html).toMatch(/。<br\/>/);
  const { file, text } = await printOffline(page, html, testInfo, 'brief');
  expect(text).toContain('本市は毎年度約8,000万円を一般会計から繰出金として支出しています。');
  expect(text).toContain('赤字補填（あかじほてん）：赤字の穴埋め');
  expect(text).toContain('公民連携による地域課題の解決を推進します。');
  expect(text).not.toContain('公民連携：');
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  expect(fonts).toMatch(/BIZUDPGothic/i);
});

test('the keyboard stays on 「企業向けに書き換え」 while the rewrite runs, so Tab reaches the changes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const ws = await app.openNewIssue('書き換えのフォーカス');
  await ws.rawInput().fill('本市においては、関係機関と連携を図りながら、調査研究を行うこととしている。');
  const rewrite = new RewritePanelPage(page);
  await rewrite.start().focus();
  await page.keyboard.press('Enter');
  await expect(rewrite.changes().first()).toBeVisible({ timeout: 30_000 });
  await expect(rewrite.start()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(rewrite.changes().first().getByRole('button', { name: '採用する' })).toBeFocused();
});

test('from the text, two keys pass its findings to 「企業向けに書き換え」; clearing a saved rewrite keeps the keyboard there', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const ws = await app.openNewIssue('指摘を飛ばす');
  await ws.rawInput().fill('本市においては、関係機関と連携を図りながら、調査研究を行うこととしている。');
  await expect(ws.findingsOf(ws.rawFindings(), 'jargon').first()).toBeVisible({ timeout: 30_000 });
  const rewrite = new RewritePanelPage(page);
  await ws.rawInput().focus();
  await page.keyboard.press('Tab');
  const skip = ws.rawFindings().getByRole('button', { name: /^指摘 \d+ 件を飛ばして次へ$/ });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(rewrite.start()).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(rewrite.changes().first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '書き換えを保存' }).click();
  const clear = page.getByRole('button', { name: '保存した書き換えを消す' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(rewrite.saved()).toHaveCount(0);
  await expect(rewrite.start()).toBeFocused();
});

/** A call for proposals that states its budget, period and data in its prose, with a ｜-table. */
const STATES_ITS_TERMS = [
  '本市の空き家対策計画に基づき、所有者への働きかけを行っているところであるが、所有者の多くが市外に居住しており、相続登記が未了の物件も多いことから、利活用に結び付いた件数は令和7年度において僅か11件にとどまっている。',
  '',
  '区分｜件数｜前回調査比',
  '戸建て空き家｜1,284件｜＋18.2％',
  'うち管理不全、放置空き家及び危険空き家｜213件｜＋9.7％',
  '',
  '本業務の委託料は、年額9,600千円を上限とする。契約期間は、契約締結日から令和10年3月31日までとする。市は、所有者の同意が得られた固定資産税の課税情報を受託者へ提供する。',
].join('\n');

test('readiness reads the budget, period and data the text states, and the brief quotes them in their sections', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const ws = await app.openNewIssue('空き家の利活用を進めたい');
  await ws.rawInput().fill(STATES_ITS_TERMS);
  await expect(ws.findingsOf(ws.rawFindings(), 'jargon').first()).toBeVisible({ timeout: 30_000 });

  // Credited from the text, with the sentence it read; no longer listed as unknown.
  const found = page.getByTestId('readiness-from-text');
  await expect(found.locator('li[data-key="budget"]')).toContainText('年額9,600千円を上限とする。');
  await expect(found.locator('li[data-key="schedule"]')).toContainText('令和10年3月31日まで');
  await expect(found.locator('li[data-key="offer"]')).toContainText('受託者へ提供する。');
  await expect(page.getByTestId('readiness')).not.toContainText('予算（上限・費用負担）が書かれていません');
  // A table row is no run-on list of clauses.
  await expect(ws.findingsOf(ws.rawFindings(), 'run-on-list')).toHaveCount(0);
  // The author can still fill the field: the keyboard goes from the quoted sentence to it.
  await found
    .locator('li[data-key="budget"]')
    .getByRole('button', { name: /項目に書く/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(ws.field('予算と費用負担')).toBeFocused();

  const rewrite = new RewritePanelPage(page);
  await rewrite.rewrite();
  await page.getByRole('button', { name: '書き換えを保存' }).click();
  await expect(rewrite.saved()).toContainText('9,600千円');
  await ws.waitSaved();

  await ws.tab('ブリーフ').click();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  await expect(ws.briefInput()).toHaveValue(/## 予算と費用負担\n\n[^【\n]*年額9,600千円を上限とする。/);
  await expect(ws.briefInput()).toHaveValue(/## 市が提供できるもの\n\n[^【\n]*（受託者）へ提供する。/);
  await ws.waitSaved();

  await ws.tab('企業向けプレビュー').click();
  const preview = page.getByTestId('brief-preview');
  // The table is quoted whole, with its header, as a table.
  const table = preview.getByRole('table');
  await expect(table.getByRole('columnheader', { name: '前回調査比' })).toBeVisible();
  await expect(table.getByRole('cell', { name: '1,284件' })).toBeVisible();
  const glossary = preview.locator('h2:has-text("用語集") + ul > li');
  expect(await glossary.count()).toBeLessThanOrEqual(13);

  // The PDF a company receives has the table and the budget sentence under its heading.
  const { html } = await ws.exportPdfFromPreview();
  const { text } = await printOffline(page, html, testInfo, 'brief');
  expect(text).toContain('区分件数前回調査比');
  expect(text).toContain('戸建て空き家1,284件');
  expect(text).toMatch(/予算と費用負担[^【]*年額9,600千円を上限とする。/);
});
