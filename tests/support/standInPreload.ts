import type { Page } from '@playwright/test';

/**
 * Stands in for the desktop app's preload on the next page load, so the renderer takes its desktop
 * path (linked fonts, the host prints) and hands the print document to the test instead of
 * printing: read it back with `printedHtml`. Only the channels these journeys reach exist.
 */
export async function standInPreload(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // No named helper functions in here: the page has no `__name` that tsx would wrap them in.
    const w = window as unknown as { kyoso: Record<string, unknown>; __printed?: string };
    w.kyoso = {
      'app:info': async () => ({ version: 'test', shell: 'electron', platform: 'linux' }),
      onFlushRequest: () => () => undefined,
      'pdf:save': async ({ html }: { html: string }) => (
        (w.__printed = html),
        { saved: true, path: '/tmp/x.pdf' }
      ),
    };
  });
}

/** The print document the renderer handed to the stand-in preload. */
export function printedHtml(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __printed: string }).__printed);
}
