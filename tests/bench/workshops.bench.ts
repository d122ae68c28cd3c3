/**
 * Workshops at scale, in Chromium on the built renderer:
 * - reordering a 200-item agenda by keyboard (Alt+↑, 20 moves): the longest main-thread task
 *   while moving (PerformanceObserver 'longtask'; target: none over 50 ms) and the key → repaint
 *   time per move;
 * - a workshop with 2,000 ideas: hash change → the board painted (target ≤ 200 ms median): every
 *   group shown with its count of notes and the notes in view mounted (the columns are windowed,
 *   so the notes scrolled out of view are not in the DOM; `mountedNotes` says how many were).
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { putAppRecords, type SeedRecord } from '../support/appDb';
import { launchChromium } from '../support/chromium';
import { startPreview } from '../support/previewServer';
import { median, report } from './report';

const ITEMS = 200;
const IDEAS = 2_000;
const MOVES = 20;
const RUNS = 5;

/** A stuck move fails the bench instead of hanging it. */
function withTimeout<T>(promise: Promise<T>, ms = 30_000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no repaint within ${ms} ms`)), ms)),
  ]);
}

const server = await startPreview(Number(process.env.WORKSHOPS_BENCH_PORT ?? 4192));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  // The issue list marks the app interactive once its database is open.
  await page.goto(`${server.url}/#/issues`);
  await page.waitForFunction(() => performance.getEntriesByName('kyoso:interactive').length > 0);

  // Seed through raw IndexedDB in the shape the repositories write (the app created the schema).
  const id = (prefix: number, i: number) =>
    `00000000-0000-7000-800${prefix}-${i.toString(16).padStart(12, '0')}`;
  const ids = { agendaId: id(1, 0), boardId: id(1, 1) };
  const boardItemId = id(2, ITEMS);
  const ranks = generateNKeysBetween(null, null, ITEMS);
  const workshop = {
    template: '',
    plannedStart: '2026-12-01T01:00:00.000Z',
    notes: '',
    minutes: '',
    run: [],
  };
  const seed = (table: string, recordId: string, fields: Record<string, unknown>): SeedRecord => ({
    table,
    id: recordId,
    fields,
    at: '2026-12-01T00:00:00.000Z',
  });
  await putAppRecords(page, [
    seed('workshops', ids.agendaId, { ...workshop, title: '200項目のアジェンダ' }),
    seed('workshops', ids.boardId, { ...workshop, title: '2,000枚の付箋' }),
    ...ranks.map((rank, i) =>
      seed('agendaItems', id(2, i), {
        workshopId: ids.agendaId,
        order: i,
        rank,
        title: `項目 ${i + 1}: グループで共有`,
        minutes: 5 + (i % 4) * 5,
        notes: 'ファシリテーターのメモ',
        kind: ['share', 'diverge', 'converge', 'break'][i % 4],
      }),
    ),
    seed('agendaItems', boardItemId, {
      workshopId: ids.boardId,
      order: 0,
      rank: 'a0',
      title: '発散',
      minutes: 30,
      notes: '',
    }),
    ...Array.from({ length: IDEAS }, (_, i) =>
      seed('ideas', id(3, i), {
        workshopId: ids.boardId,
        agendaItemId: boardItemId,
        group: `${String.fromCharCode(65 + (i % 8))}班`,
        text: `アイデア ${i + 1}: 窓口の待ち時間を見える化する`,
        color: ['yellow', 'pink', 'blue', 'green'][i % 4],
      }),
    ),
  ]);

  // Reorder: focus item 150's handle, then Alt+↑ twenty times, each awaited until repainted.
  await page.goto(`${server.url}/#/workshops/${ids.agendaId}`);
  await page.reload();
  const rows = page.getByTestId('agenda-row');
  await rows.nth(ITEMS - 1).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await rows
    .nth(150)
    .getByRole('button', { name: /を移動/ })
    .focus();
  const moveTimes: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    const ms = await withTimeout(
      page.evaluate(
        (expected) =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            const target = document.activeElement as HTMLElement;
            target.dispatchEvent(
              new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }),
            );
            const check = () => {
              const list = [...document.querySelectorAll('[data-testid="agenda-row"]')];
              if (list[expected]?.contains(document.activeElement)) {
                requestAnimationFrame(() => resolve(performance.now() - started));
              } else requestAnimationFrame(check);
            };
            check();
          }),
        149 - i,
      ),
    );
    moveTimes.push(ms);
  }
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  report({
    bench: 'workshop-reorder',
    metric: 'longest_task_while_reordering',
    value: Math.round(Math.max(0, ...longTasks)),
    unit: 'ms',
    measuredIn: 'chromium',
    targets: [{ max: 50, appliesTo: 'chromium' }],
    items: ITEMS,
    moves: MOVES,
    tasksOver50ms: longTasks.filter((d) => d > 50).length,
    moveToPaintMedian: Math.round(median(moveTimes)),
    moveToPaintMax: Math.round(Math.max(...moveTimes)),
  });

  // Board: from the hash change to every group's notes in view in the DOM and a frame painted.
  const boardTimes: number[] = [];
  let mountedNotes = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    await page.goto(`${server.url}/#/workshops/${ids.boardId}/plan`);
    await page.getByTestId('agenda-row').first().waitFor();
    const { ms, mounted } = await withTimeout(
      page.evaluate(
        ({ hash, count, groups }) =>
          new Promise<{ ms: number; mounted: number }>((resolve) => {
            const started = performance.now();
            location.hash = hash;
            const painted = () => {
              const board = document.querySelector('[data-testid="idea-board"]');
              const sections = board ? [...board.querySelectorAll('section')] : [];
              return (
                board?.getAttribute('data-total') === String(count) &&
                sections.length === groups &&
                sections.every((s) => s.querySelector('[data-testid="idea"]'))
              );
            };
            const check = () => {
              if (painted()) {
                requestAnimationFrame(() =>
                  resolve({
                    ms: performance.now() - started,
                    mounted: document.querySelectorAll('[data-testid="idea"]').length,
                  }),
                );
              } else setTimeout(check, 0);
            };
            check();
          }),
        { hash: `#/workshops/${ids.boardId}/run`, count: IDEAS, groups: 8 },
      ),
    );
    mountedNotes = mounted;
    if (run > 0) boardTimes.push(ms); // the first visit loads the run-mode code and warms caches
  }
  report({
    bench: 'workshop-board',
    metric: 'board_render_median',
    value: Math.round(median(boardTimes)),
    unit: 'ms',
    measuredIn: 'chromium',
    targets: [{ max: 200, appliesTo: 'chromium' }],
    ideas: IDEAS,
    mountedNotes,
    runs: RUNS,
    samples: boardTimes.map(Math.round),
  });
} finally {
  await browser.close();
  await server.stop();
}
