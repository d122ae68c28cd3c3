/**
 * The 10-page brief through the print document to a PDF, checked with poppler: headings and body
 * text in order, the page count, "n / N" page numbers, and BIZ UDPGothic embedded.
 * Two hosts: the desktop path (served from the app origin, JavaScript off, as Electron's print window) and
 * the web path (the downloaded print document with the fonts inlined).
 */
import { printLikeElectron } from '../support/printLikeElectron';
import { printedHtml, standInPreload } from '../support/standInPreload';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { BRIEF_TITLE, HEADINGS, SAMPLES } from '../fixtures/export/longBrief';
import { PRINT_PDF_OPTIONS } from '../fixtures/export/pdfOptions';
import { ExportPage } from './pages/ExportPage';

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

function checkPdf(file: string): void {
  const text = poppler('pdftotext', '-enc', 'UTF-8', file, '-');
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))![1]);
  expect(pages).toBeGreaterThanOrEqual(8);
  expect(pages).toBeLessThanOrEqual(14);

  // Every heading and sample sentence, in order (text may wrap: compare without line breaks).
  const flat = text.replace(/\s+/g, '');
  let at = flat.indexOf(BRIEF_TITLE.replace(/\s+/g, ''));
  expect(at).toBeGreaterThanOrEqual(0);
  for (const [i, heading] of HEADINGS.entries()) {
    const h = flat.indexOf(heading.replace(/\s+/g, ''), at);
    expect(h, `heading ${heading} after the previous one`).toBeGreaterThan(at);
    const s = flat.indexOf(SAMPLES[i]!.replace(/\s+/g, ''), h);
    expect(s, `sample of section ${i + 1}`).toBeGreaterThan(h);
    at = s;
  }
  expect(flat).toContain('〇〇市');
  expect(flat).toContain('高齢福祉課');

  // "n / N" on every page, N = the page count (pdftotext separates pages with a form feed).
  const perPage = text.split('\f').filter((p) => p.trim() !== '');
  expect(perPage).toHaveLength(pages);
  perPage.forEach((pageText, i) => expect(pageText).toContain(`${i + 1} / ${pages}`));

  // BIZ UDPGothic embedded; no font left unembedded.
  const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
  const biz = fonts.filter((l) => /BIZUDPGothic/i.test(l));
  expect(biz.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
}

test.beforeEach(async ({ page }) => {
  await new ExportPage(page).openWithLongBrief();
});

test('desktop path: the print document prints a 10-page A4 PDF with fonts, numbers and order intact', async ({
  page,
}, testInfo) => {
  // Stand in for preload: the app then takes its desktop path (linked fonts) and hands us the HTML.
  await standInPreload(page);
  await page.reload();
  await page.getByTestId('export-pdf').click();
  await expect(page.getByRole('status').filter({ hasText: 'PDF を保存しました' })).toBeVisible();
  const html = await printedHtml(page);
  expect(Buffer.byteLength(html)).toBeLessThan(1_500_000); // the pdf:save IPC limit
  // Small enough to carry its font slices inline (else it would preload the bundled files).
  expect(html).toContain('data:font/woff2;base64,');
  const file = testInfo.outputPath('brief-desktop.pdf');
  await printLikeElectron(page, html, file);
  checkPdf(file);
});

test('web path: the downloaded print document (fonts inlined) prints the same PDF', async ({
  page,
}, testInfo) => {
  const app = new ExportPage(page);
  const { name, text: html } = await app.download('export-pdf');
  expect(name).toBe(`${BRIEF_TITLE}.html`);
  expect(html).toContain('data:font/woff2;base64,');
  await expect(page.getByText(/印刷用ファイル/)).toBeVisible();
  // Opened from disk later: nothing but the file itself is needed.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false, offline: true });
  const printer = await context.newPage();
  const htmlFile = testInfo.outputPath('brief.html');
  await writeFile(htmlFile, html);
  await printer.goto(`file://${htmlFile}`, { waitUntil: 'load' });
  const file = testInfo.outputPath('brief-web.pdf');
  await writeFile(file, await printer.pdf(PRINT_PDF_OPTIONS));
  await context.close();
  checkPdf(file);
});

test('web path: the print dialog gets the styled document (A4 rules and the embedded Gothic), not a bare one', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // What the print dialog would show: the hidden frame the app prints from, once it has loaded.
  await page.evaluate(() => {
    const w = window as Window & { printed?: Promise<{ font: string; align: string }> };
    w.printed = new Promise((resolve) => {
      new MutationObserver((changes, observer) => {
        for (const node of changes.flatMap((c) => [...c.addedNodes]))
          if (node instanceof HTMLIFrameElement) {
            observer.disconnect();
            node.addEventListener('load', () =>
              // The app adopts the styles right after load; read them a task later.
              setTimeout(() => {
                const doc = node.contentDocument!;
                // The fixture's 利用者数 column is aligned right (`---:`).
                const cell = doc.querySelector('td:nth-child(2)')!;
                resolve({
                  font: getComputedStyle(doc.body).fontFamily,
                  align: getComputedStyle(cell).textAlign,
                });
              }),
            );
          }
      }).observe(document.body, { childList: true });
    });
  });
  await new ExportPage(page).download('export-pdf');
  const printed = await page.evaluate(
    () => (window as Window & { printed?: Promise<{ font: string; align: string }> }).printed,
  );
  expect(printed?.font).toContain('Kyoso Print Gothic');
  expect(printed?.align).toBe('right');
  expect(errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
});
