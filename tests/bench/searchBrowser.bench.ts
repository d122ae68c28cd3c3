/**
 * Search in Chromium with the built renderer and 20,000 seeded notes (searchCorpus.ts, written
 * into the app's IndexedDB in the shape the repositories write):
 * - rebuild: the index built from the records when no stored index exists (first start or a
 *   corrupt one), from page load to the `kyoso:search-ready` mark;
 * - index ready after start: later page loads, navigation start → `kyoso:search-ready`: the time
 *   the worker had the stored head read and the feed caught up, so that a search answers exactly
 *   (it waits for a posting block or text chunk not read yet). Target (issue 12) ≤ 1 s. Reported
 *   beside it: when the page heard it (`kyoso:search-ready-seen`; later while the page itself is
 *   still starting), and a first search typed as soon as the box exists, navigation start →
 *   its results in the DOM — what a user typing at once would wait;
 * - keystroke → results painted on the 検索 page: from each typed character's `beforeinput` to the
 *   frame after the results for that text are in the DOM. Target ≤ 50 ms p95.
 */
import { putAppRecords } from '../support/appDb';
import { launchChromium } from '../support/chromium';
import { startPreview } from '../support/previewServer';
import { median, report } from './report';
import { percentile, prose, queriesFrom } from './searchCorpus';

const NOTES = 20_000;
const RUNS = Number(process.env.SEARCH_BENCH_RUNS ?? 5);
// startup 4191, pdf 4192, sync 4193; overridable so two checkouts can run it side by side.
const PREVIEW_PORT = Number(process.env.SEARCH_BENCH_PORT ?? 4195);

const texts = prose(NOTES);
const server = await startPreview(PREVIEW_PORT);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/#/issues`);
  await page.waitForFunction(() => performance.getEntriesByName('kyoso:interactive').length > 0);
  await putAppRecords(
    page,
    texts.map((body, i) => {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 600_000).toISOString();
      return {
        table: 'notes',
        id: `00000000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
        at,
        fields: {
          sessionId: 'bench-session',
          at,
          kind: 'entry',
          speakerRole: '',
          speaker: '',
          body,
          issueId: '',
        },
      };
    }),
  );
  // Written around the feed on purpose: drop the stored index so the next load rebuilds.
  await page.evaluate(() => void indexedDB.deleteDatabase('kyoso-desk-search'));

  const readyAt = () =>
    page.waitForFunction(() => performance.getEntriesByName('kyoso:search-ready')[0]?.startTime, null, {
      timeout: 300_000,
    });
  await page.goto(`${server.url}/#/search`);
  await page.reload(); // the worker of the seeding page is gone: deletion has gone through
  const rebuild = (await (await readyAt()).jsonValue()) as number;
  report({
    bench: 'search-browser',
    metric: 'rebuild-20000-notes',
    value: Math.round(rebuild),
    unit: 'ms',
    measuredIn: 'chromium',
    notes: NOTES,
  });
  // Wait for the writer to store the rebuilt index. (waitForFunction does not await a promise its
  // function returns — a pending promise is truthy — so this polls with evaluate.)
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const req = indexedDB.open('kyoso-desk-search');
          req.onsuccess = () => {
            try {
              const get = req.result.transaction('index').objectStore('index').get('head');
              get.onsuccess = () => resolve(get.result !== undefined);
              get.onerror = () => resolve(false);
            } catch {
              resolve(false);
            } finally {
              req.result.close();
            }
          };
          req.onerror = () => resolve(false);
        }),
    );
  const saveDeadline = Date.now() + 120_000;
  while (!(await stored())) {
    if (Date.now() > saveDeadline) throw new Error('the rebuilt index was not stored within 2 minutes');
    await page.waitForTimeout(500);
  }

  const starts: number[] = [];
  const seen: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    await page.reload();
    const ms = (await (await readyAt()).jsonValue()) as number;
    const heard = await page.evaluate(
      () => performance.getEntriesByName('kyoso:search-ready-seen')[0]?.startTime ?? NaN,
    );
    if (run > 0) {
      starts.push(ms); // the first reload warms the HTTP cache
      seen.push(heard);
    }
  }
  const firsts: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    const query = queriesFrom(texts, 3, RUNS, 7)[run]!;
    await page.getByRole('searchbox', { name: '検索' }).fill(query);
    const answered = await page.waitForFunction(
      (q) =>
        document.querySelector<HTMLElement>('section[data-query]')?.dataset.query === q && performance.now(),
      query,
      { timeout: 60_000, polling: 'raf' },
    );
    firsts.push((await answered.jsonValue()) as number);
    await readyAt();
  }
  report({
    bench: 'search-browser',
    metric: 'index-ready-after-start-median',
    value: Math.round(median(starts)),
    unit: 'ms',
    measuredIn: 'chromium',
    targets: [{ max: 1000, appliesTo: 'chromium' }],
    max: Math.round(Math.max(...starts)),
    seenByPageMedian: Math.round(median(seen)),
    notes: NOTES,
    runs: RUNS,
  });
  report({
    bench: 'search-browser',
    metric: 'first-search-answered-after-start-median',
    value: Math.round(median(firsts)),
    unit: 'ms',
    measuredIn: 'chromium',
    max: Math.round(Math.max(...firsts)),
    notes: NOTES,
    runs: RUNS,
  });

  // Typing starts once the page is idle: right after a load Chromium is still busy with the large
  // IndexedDB reads and writes of the seeding and the stored index (its first searches are slower).
  await page.waitForTimeout(Number(process.env.SEARCH_BENCH_IDLE_MS ?? 10_000));
  const box = page.getByRole('searchbox', { name: '検索' });
  await page.evaluate(() => {
    const w = window as unknown as { __samples: number[]; __t0: number };
    w.__samples = [];
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const section = document.querySelector<HTMLElement>('section[data-query]')!;
    input.addEventListener('beforeinput', (e) => (w.__t0 = e.timeStamp), true);
    new MutationObserver(() => {
      if (section.dataset.query !== input.value || !w.__t0) return;
      const t0 = w.__t0;
      w.__t0 = 0;
      requestAnimationFrame(() => setTimeout(() => w.__samples.push(performance.now() - t0)));
    }).observe(section, { attributes: true, childList: true, subtree: true });
  });
  // Lengths interleaved, so no one query length meets the page in one state.
  const queries = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((i) =>
    [1, 2, 3, 4].map((len) => queriesFrom(texts, len, 10, 99)[i]!),
  );
  for (const q of queries) {
    await box.fill('');
    for (const ch of q) {
      await box.pressSequentially(ch);
      await page.waitForFunction(
        (v) => document.querySelector<HTMLElement>('section[data-query]')?.dataset.query === v,
        await box.inputValue(),
      );
      await page.waitForTimeout(30);
    }
  }
  const samples = await page.evaluate(() => (window as unknown as { __samples: number[] }).__samples);
  report({
    bench: 'search-browser',
    metric: 'keystroke-to-results-painted-p95',
    value: Math.round(percentile(samples, 95)),
    unit: 'ms',
    measuredIn: 'chromium',
    targets: [{ max: 50, appliesTo: 'chromium' }],
    median: Math.round(median(samples)),
    keystrokes: samples.length,
    ...(process.env.SEARCH_BENCH_SAMPLES ? { samples: samples.map(Math.round) } : {}),
    notes: NOTES,
  });
} finally {
  await browser.close();
  await server.stop();
}
