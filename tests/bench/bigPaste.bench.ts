/**
 * Paste N characters into 課題の原文 → the input responsive again (session 17), for N = 30,000
 * and 150,000, in Chromium: a Ctrl+V of a 募集要項-like text (the clipboard written beforehand),
 * then the time until the page runs a script after a frame, the main thread's longest stall over
 * the next seconds (the analysis and the autosave land then), and the round trip of keys typed
 * after it. Printed, not asserted: the figures depend on the machine's load. The same text in a
 * bare textarea with the editor's styles is Chromium's own share.
 */
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../support/chromium';
import { startPreview } from '../support/previewServer';
import { openPasteTarget } from './pasteTarget';
import { median, report } from './report';

const PORT = Number(process.env.BIG_PASTE_BENCH_PORT ?? 4199);
const SIZES = [30_000, 150_000];
const KEYS = 5;
const PARA =
  '本市では、地域包括ケアシステムの構築に資する取組を推進しており、高齢化率は32.1％に達している。移動支援の担い手不足が喫緊の課題となっている。\n\n';
const textOf = (n: number) => PARA.repeat(Math.ceil(n / PARA.length)).slice(0, n);

/** Counts, in the page, the longest time the main thread went without running a 50 ms timer. */
const watchMainThread = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __gap: number };
    w.__gap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__gap = Math.max(w.__gap, now - last - 50);
      last = now;
    }, 50);
  });
const longestStall = (page: Page) =>
  page.evaluate(() => Math.round((window as unknown as { __gap: number }).__gap));

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

async function measure(browser: Browser, baseURL: string, n: number, where: 'app' | 'bare') {
  const { context, page } = await openPasteTarget(browser, baseURL, where, `ベンチ 貼り付け ${n}`);
  await page.evaluate((t) => navigator.clipboard.writeText(t), textOf(n));
  await watchMainThread(page);
  const started = Date.now();
  await page.keyboard.press('Control+V');
  await nextFrame(page);
  const responsive = Date.now() - started;
  await page.waitForTimeout(3_000); // the analysis (150 ms after the paste), the autosave, their renders
  const stall = await longestStall(page);
  await page.keyboard.press('Control+End');
  const keys: number[] = [];
  for (let i = 0; i < KEYS; i++) {
    const t0 = Date.now();
    await page.keyboard.press('a');
    await nextFrame(page);
    keys.push(Date.now() - t0);
    await page.waitForTimeout(500);
  }
  await context.close();
  return { responsive, stall, keys };
}

const server = await startPreview(PORT);
const browser = await launchChromium();
try {
  for (const n of SIZES) {
    const app = await measure(browser, server.url, n, 'app');
    const bare = await measure(browser, server.url, n, 'bare');
    report({
      bench: 'big-paste',
      metric: `paste_${n}_to_responsive`,
      value: app.responsive,
      unit: 'ms',
      measuredIn: 'chromium',
      longestStallWithin3s: app.stall,
      keyAfterMedian: median(app.keys),
      keyAfterMax: Math.max(...app.keys),
      // Chromium's own share: the same paste into a bare textarea with the editor's styles.
      bareTextareaResponsive: bare.responsive,
      bareKeyAfterMedian: median(bare.keys),
      characters: n,
    });
  }
} finally {
  await browser.close();
  await server.stop();
}
