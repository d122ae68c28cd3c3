import { test as base, type Page } from '@playwright/test';

/**
 * `test` whose `page` is one page per Playwright worker, for brief tests that do not need a fresh
 * browser: its analysis worker, with the IPADIC dictionary it builds (seconds of CPU on a busy
 * machine, 300 MB), outlives each test instead of being built again for every one. Each test opens
 * its own issue. A failing test ends the worker, so the tests after it start on a new page.
 * Tests that need an empty database, a second window or a CDP session use Playwright's own `test`.
 */
export const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedPage }, use) => {
    await use(sharedPage);
  },
});

export { expect } from '@playwright/test';
