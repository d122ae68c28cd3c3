import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { PRINT_PDF_OPTIONS } from '../fixtures/export/pdfOptions';

/** Prints `html` to `file` the way Electron's hidden print window does: from the app origin, no scripts. */
export async function printLikeElectron(page: Page, html: string, file: string): Promise<void> {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const printer = await context.newPage();
  const url = new URL('/__print.html', page.url()).href;
  await printer.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await printer.goto(url, { waitUntil: 'load' });
  await writeFile(file, await printer.pdf(PRINT_PDF_OPTIONS));
  await context.close();
}
