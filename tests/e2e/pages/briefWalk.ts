/** Helpers the brief-journey walks share (briefWalk15–17). */
import type { Page } from '@playwright/test';
import { AppPage } from './AppPage';
import { expect } from './sharedPage';

/** The markdown under `## heading` up to the next heading. */
export const section = (md: string, heading: string) => md.split(`## ${heading}`)[1]!.split('\n## ')[0]!;

/** Pastes `text` into a new issue and waits for the red pen; logs the time to its first finding. */
export async function pasteAndWait(page: Page, walk: string, title: string, text: string) {
  const ws = await new AppPage(page).openNewIssue(title);
  const started = Date.now();
  await ws.rawInput().fill(text);
  await expect(ws.rawFindings().locator('li').first()).toBeVisible({ timeout: 30_000 });
  console.log(`[${walk}] ${title}: paste → first finding ${Date.now() - started} ms`);
  return ws;
}

/** Clicks 書き出し › Markdown and returns the downloaded file's text. */
export async function exportedMarkdown(page: Page): Promise<string> {
  const menu = page.getByRole('group', { name: '書き出し' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Markdown', exact: true }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  return readFile((await download.path())!, 'utf8');
}
