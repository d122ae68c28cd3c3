import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { PRINT_PDF_OPTIONS } from '../../fixtures/export/pdfOptions';

/**
 * Prints a downloaded print document as the user's browser would, opened from disk later with
 * scripts off and no network (nothing but the file may be needed), and returns the PDF's path and
 * its text with whitespace removed (pdftotext breaks Japanese lines anywhere).
 */
export async function printOffline(
  page: Page,
  html: string,
  testInfo: TestInfo,
  name: string,
): Promise<{ file: string; text: string }> {
  const htmlFile = testInfo.outputPath(`${name}.html`);
  await writeFile(htmlFile, html);
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false, offline: true });
  const printer = await context.newPage();
  await printer.goto(`file://${htmlFile}`, { waitUntil: 'load' });
  const file = testInfo.outputPath(`${name}.pdf`);
  await writeFile(file, await printer.pdf(PRINT_PDF_OPTIONS));
  await context.close();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
  return { file, text };
}
