import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test('the start logs no console error, and the browser finds the app icon (no /favicon.ico 404)', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const failed: string[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && response.status() >= 400) failed.push(`${response.status()} ${request.url()}`);
  });

  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('課題とブリーフ');

  // Give the browser's own favicon fetch time to finish before judging the console.
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
  await page.waitForTimeout(500);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);

  // The icon the page declares is the shipped app icon, served from the app's own files.
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const icon = await page.request.get(new URL(href!, page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\//);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // ICO header
});
