/**
 * Sync in the browser the app runs in: Debian Chromium (Playwright) against the real server
 * (`server/src/main.ts` as a child process on a loopback port, SQLite in a temp dir; then again on
 * a throwaway PostgreSQL when one can be started), with the built renderer in two browser
 * contexts (two IndexedDBs, like two laptops). Per run, with 10,000 issues of ~1.5 KB of JSON each
 * (14 fields, each with its own HLC; `recordBytes` is reported) — 140,000 ops to push:
 *
 * - baseline: Dexie `bulkPut` of the same 10,000 records into a scratch database with the app's
 *   `issues` schema (the Dexie UMD from node_modules in a blank page of the same origin), and, for
 *   information, a raw IndexedDB `put` of them in one transaction;
 * - initial push: device A holds the records as the repositories would have written them (record
 *   + outbox entry each, in its never-synced local workspace); sync is configured through the
 *   settings form ("保存して同期"), which binds the device to the server workspace (in place:
 *   no record or outbox entry is rewritten) and runs a pass (push, then pull of its own echo). The status line's
 *   changes are timestamped in the page: bind = click → "送信" (includes 準備中), push = "送信" → "受信",
 *   echo pull = "受信" → "最新です". The server must then hold 10,000 issues (pulled over HTTP);
 * - initial pull: device B, fresh, configured the same way with another member's token: pull =
 *   "受信" → "最新です"; B's IndexedDB must then hold the 10,000 issues;
 * - incremental: 10 issues changed on A (record + outbox entry, written like `Repository.update`),
 *   "今すぐ同期" on A (click → "最新です": push 10 + pull), then on B (pull 10).
 *
 * Three runs on SQLite and one on PostgreSQL (`SYNC_BENCH_RUNS`, `SYNC_BENCH_PG_RUNS`; 0 skips it);
 * medians are reported with every sample and the server's own share (fastify `responseTime`
 * summed over the requests). Targets (issue 5): push and pull ≤ 2 s and ≤ 2.5× the Dexie
 * bulkPut; a sync of 10 changes ≤ 100 ms. The PostgreSQL cluster runs with fsync=off.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { emptyIssueFields } from '../../common/records/defaults';
import { textFieldsOf } from '../../common/records/schema';
import type { PullResponse } from '../../common/sync/protocol';
import { SCHEMA_VERSIONS } from '../../renderer/src/data/schema';
import { startTestPostgres, type TestPostgres } from '../../server/test/postgres';
import { launchChromium } from '../support/chromium';
import { startPreview } from '../support/previewServer';
import { startSyncServer, type RunningSyncServer } from '../support/syncServer';
import { median, report } from './report';

const RECORDS = 10_000;
const CHANGED = 10;
const RUNS = Number(process.env.SYNC_BENCH_RUNS ?? 3);
/** One PostgreSQL run keeps the whole bench under 3 minutes. */
const PG_RUNS = Number(process.env.SYNC_BENCH_PG_RUNS ?? 1);
const PREVIEW_PORT = 4193; // startup 4191, pdf 4192
const DEXIE_UMD = 'node_modules/dexie/dist/dexie.js';
const ISSUES_SCHEMA = [...SCHEMA_VERSIONS].reverse().find((v) => v.stores.issues)!.stores.issues!;

type Sample = Record<string, number>;

/** A context whose pages accept functions compiled by tsx (esbuild's keepNames calls `__name`). */
async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}

/** The status line of the settings page, timestamped on every change (survives the form's remount). */
async function watchStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __status: { t: number; text: string }[]; __obs?: MutationObserver };
    w.__status = [];
    w.__obs?.disconnect();
    let last = '';
    const check = () => {
      const text = document.querySelector('[data-testid="sync-settings-status"]')?.textContent ?? '';
      if (text !== last) w.__status.push({ t: performance.now(), text: (last = text) });
    };
    w.__obs = new MutationObserver(check);
    w.__obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  });
}

/** Clicks a button in the page (timestamped) and waits for a "最新です" after it; returns phase times. */
async function clickAndWait(
  page: Page,
  name: string,
): Promise<{ bind: number; push: number; pull: number; total: number }> {
  const t0 = await page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button || button.disabled) throw new Error(`button ${label} not clickable`);
    const t = performance.now();
    button.click();
    return t;
  }, name);
  await page.waitForFunction(
    (t) =>
      (window as unknown as { __status: { t: number; text: string }[] }).__status.some(
        (e) => e.t > t && e.text.includes('最新です'),
      ),
    t0,
    { timeout: 120_000, polling: 50 },
  );
  const log = await page.evaluate(
    () => (window as unknown as { __status: { t: number; text: string }[] }).__status,
  );
  const after = log.filter((e) => e.t > t0);
  const errors = after.filter((e) => !/同期中|準備中|最新です|未設定|待っています/.test(e.text));
  if (errors.length) throw new Error(`sync status: ${JSON.stringify(errors)}`);
  const at = (re: RegExp) => after.find((e) => re.test(e.text))?.t;
  const done = at(/最新です/)!;
  const pushAt = at(/送信/) ?? done;
  const pullAt = at(/受信/) ?? done;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { bind: r(pushAt - t0), push: r(pullAt - pushAt), pull: r(done - pullAt), total: r(done - t0) };
}

async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/#/issues`);
  await page.waitForFunction(() => performance.getEntriesByName('kyoso:interactive').length > 0, null, {
    timeout: 60_000,
  });
  return page;
}

/**
 * `SYNC_BENCH_PROFILE=<dir>`: a CPU profile of the page during `fn`, saved as `<dir>/<name>.cpuprofile`
 * with the top self times printed (profile an unminified build: `SYNC_BENCH_DIST=/abs/dir`).
 */
async function profiled<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  const dir = process.env.SYNC_BENCH_PROFILE;
  if (!dir) return fn();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  const top = [...self].sort((x, y) => y[1] - x[1]).slice(0, 25);
  process.stderr.write(
    `profile ${name}:\n${top.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n')}\n`,
  );
  return result;
}

async function configure(page: Page, serverUrl: string, token: string, ws: string, name: string) {
  await page.goto(page.url().replace(/#.*$/, '#/settings'));
  await page.getByLabel('サーバーのURL').fill(serverUrl);
  await page.getByLabel('メンバートークン').fill(token);
  await page.getByLabel('ワークスペースID').fill(ws);
  await watchStatus(page);
  return profiled(page, name, () => clickAndWait(page, '保存して同期'));
}

/** Builds the 10,000 issues in the page (`window.__records`) with the device's node id and workspace. */
async function buildRecords(page: Page, ws: string | null): Promise<number> {
  return page.evaluate(
    async ({ count, template, textFields, ws }) => {
      const meta = await new Promise<Map<string, string>>((resolve, reject) => {
        if (ws)
          return resolve(
            new Map([
              ['workspaceId', ws],
              ['nodeId', '0123456789abcdef'],
            ]),
          );
        const req = indexedDB.open('kyoso-desk');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('meta').objectStore('meta').getAll();
          all.onsuccess = () => {
            resolve(new Map((all.result as { key: string; value: string }[]).map((r) => [r.key, r.value])));
            req.result.close();
          };
        };
      });
      const node = meta.get('nodeId')!;
      const workspaceId = meta.get('workspaceId')!;
      const base = Date.now() - 5_000;
      let n = 0;
      const hlc = () => {
        const millis = base + Math.floor(n / 0x10000);
        const counter = (n++ % 0x10000).toString(16).padStart(4, '0');
        return `${new Date(millis).toISOString()}-${counter}-${node}`;
      };
      const text = new Set(textFields);
      const records: Record<string, unknown>[] = [];
      const outbox: Record<string, unknown>[] = [];
      const line = '本市においては、高齢化の進展に伴い、移動手段の確保が課題となっている。';
      for (let i = 0; i < count; i++) {
        const id = `00000000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
        const at = new Date(base + i).toISOString();
        const fields: Record<string, unknown> = {
          ...template,
          title: `課題 ${i}: 高齢者の移動手段を確保したい`,
          municipalityName: '〇〇市',
          department: '高齢福祉課',
          rawText: `${i}\n${line}`,
        };
        const stamps: Record<string, string> = {};
        const ops = Object.entries(fields).map(([field, value]) => {
          const h = (stamps[field] = hlc());
          return text.has(field)
            ? { op: 'text', table: 'issues', id, field, value, hlc: h, baseHlc: null }
            : { op: 'set', table: 'issues', id, field, value, hlc: h };
        });
        records.push({
          ...fields,
          id,
          workspaceId,
          createdAt: at,
          updatedAt: at,
          hlc: stamps,
          deleted: 0,
          deletedHlc: null,
        });
        outbox.push({ workspaceId, table: 'issues', id, ops, createdAt: at });
      }
      const w = window as unknown as { __records: unknown[]; __outbox: unknown[]; __lastHlc: string };
      w.__records = records;
      w.__outbox = outbox;
      n--;
      w.__lastHlc = hlc();
      return new TextEncoder().encode(JSON.stringify(records[0])).length;
    },
    { count: RECORDS, template: emptyIssueFields(''), textFields: textFieldsOf('issues'), ws },
  );
}

/** Baselines in a blank page of the app's origin: Dexie bulkPut and a raw one-transaction put. */
async function baselines(browser: Browser, origin: string, run: number): Promise<Sample> {
  const context = await newContext(browser);
  try {
    await context.route(`${origin}/__bench_blank`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    const page = await context.newPage();
    await page.goto(`${origin}/__bench_blank`);
    await page.addScriptTag({ path: DEXIE_UMD });
    await buildRecords(page, '11111111-1111-4111-8111-111111111111');
    return await page.evaluate(
      async ({ schema, run }) => {
        type DexieLike = new (name: string) => {
          version(n: number): { stores(s: Record<string, string>): unknown };
          open(): Promise<unknown>;
          table(name: string): { bulkPut(rows: unknown[]): Promise<unknown> };
          close(): void;
        };
        const w = window as unknown as { Dexie: DexieLike; __records: Record<string, unknown>[] };
        const dexie = new w.Dexie(`bench-dexie-${run}`);
        dexie.version(1).stores({ issues: schema });
        await dexie.open();
        let t = performance.now();
        await dexie.table('issues').bulkPut(w.__records);
        const dexieBulkPut = performance.now() - t;
        dexie.close();

        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(`bench-raw-${run}`, 1);
          req.onupgradeneeded = () => {
            const s = req.result.createObjectStore('issues', { keyPath: 'id' });
            // The app's indexes, from its Dexie schema string ("id, [a+b+c], d").
            for (const index of schema
              .split(',')
              .slice(1)
              .map((x) => x.trim())) {
              const path = index.startsWith('[') ? index.slice(1, -1).split('+') : index;
              s.createIndex(index, path);
            }
          };
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        t = performance.now();
        const tx = db.transaction('issues', 'readwrite');
        const store = tx.objectStore('issues');
        for (const r of w.__records) store.put(r);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        const rawPut = performance.now() - t;
        db.close();
        return { dexieBulkPut, rawPut };
      },
      { schema: ISSUES_SCHEMA, run },
    );
  } finally {
    await context.close();
  }
}

/** Writes `window.__records` and their outbox entries into the app's database, as the repositories would. */
async function seedApp(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as unknown as { __records: unknown[]; __outbox: unknown[]; __lastHlc: string };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['issues', 'outbox', 'meta'], 'readwrite');
    for (const r of w.__records) tx.objectStore('issues').put(r);
    for (const e of w.__outbox) tx.objectStore('outbox').add(e);
    tx.objectStore('meta').put({ key: 'lastHlc', value: w.__lastHlc });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    w.__records = [];
    w.__outbox = [];
  });
}

/** Changes the title of `count` issues like `Repository.update` (record + outbox entry + clock). */
async function editIssues(page: Page, count: number): Promise<string[]> {
  return page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['issues', 'outbox', 'meta'], 'readwrite');
    const get = <T>(req: IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result as T);
        req.onerror = () => reject(req.error);
      });
    const node = (await get<{ value: string }>(tx.objectStore('meta').get('nodeId'))).value;
    const last = (await get<{ value: string }>(tx.objectStore('meta').get('lastHlc'))).value;
    const millis = Math.max(Date.now(), Date.parse(last.slice(0, 24)) + 1);
    const ids: string[] = [];
    let hlc = '';
    for (let i = 0; i < count; i++) {
      const id = `00000000-0000-7000-8000-${(i * 997).toString(16).padStart(12, '0')}`;
      const record = await get<Record<string, unknown> & { hlc: Record<string, string> }>(
        tx.objectStore('issues').get(id),
      );
      hlc = `${new Date(millis).toISOString()}-${i.toString(16).padStart(4, '0')}-${node}`;
      const at = new Date().toISOString();
      const title = `${record.title as string}（更新）`;
      tx.objectStore('issues').put({ ...record, title, hlc: { ...record.hlc, title: hlc }, updatedAt: at });
      tx.objectStore('outbox').add({
        workspaceId: record.workspaceId,
        table: 'issues',
        id,
        ops: [{ op: 'set', table: 'issues', id, field: 'title', value: title, hlc }],
        createdAt: at,
      });
      ids.push(id);
    }
    tx.objectStore('meta').put({ key: 'lastHlc', value: hlc });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return ids;
  }, count);
}

/** Issues of the device's current workspace in the page's app database, and how many carry the "（更新）" title. */
async function countIssues(page: Page): Promise<{ issues: number; updated: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const ws = await new Promise<string>((resolve, reject) => {
      const req = db.transaction('meta').objectStore('meta').get('workspaceId');
      req.onsuccess = () => resolve((req.result as { value: string }).value);
      req.onerror = () => reject(req.error);
    });
    const all = db
      .transaction('issues')
      .objectStore('issues')
      .index('[workspaceId+deleted+updatedAt]')
      .getAll(IDBKeyRange.bound([ws], [ws, [[]]]));
    const rows = await new Promise<{ title: string }[]>((resolve, reject) => {
      all.onsuccess = () => resolve(all.result as { title: string }[]);
      all.onerror = () => reject(all.error);
    });
    db.close();
    return { issues: rows.length, updated: rows.filter((r) => r.title.endsWith('（更新）')).length };
  });
}

/** Distinct issues the server holds for the workspace (pulled over HTTP with a member token). */
async function serverIssues(url: string, ws: string, token: string): Promise<number> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  for (;;) {
    const q = new URLSearchParams({ limit: '1000', ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${url}/v1/workspaces/${ws}/pull?${q}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`pull ${res.status}`);
    const page = (await res.json()) as PullResponse;
    for (const c of page.changes) if (c.table === 'issues' && !c.deleted) ids.add(c.id);
    if (!page.hasMore) return ids.size;
    cursor = page.cursor;
  }
}

async function oneRun(
  browser: Browser,
  origin: string,
  server: RunningSyncServer,
  run: number,
): Promise<{ sample: Sample; recordBytes: number }> {
  const base = await baselines(browser, origin, run);
  const ws = await server.createWorkspace(`bench ${run}`);
  const tokenA = await server.addMember(ws, 'A');
  const tokenB = await server.addMember(ws, 'B');
  const contextA = await newContext(browser);
  const contextB = await newContext(browser);
  try {
    // A: 10,000 issues written offline (records + outbox), then the app reopened on them.
    let a = await openApp(contextA, origin);
    const recordBytes = await buildRecords(a, null);
    await seedApp(a);
    await a.close();
    a = await openApp(contextA, origin);
    server.takeTimings();
    const first = await configure(a, server.url, tokenA, ws, `first-sync-A-${run}`);
    const serverA = server.takeTimings();
    const onServer = await serverIssues(server.url, ws, tokenA);
    if (onServer !== RECORDS) throw new Error(`server holds ${onServer} issues after the push`);

    const b = await openApp(contextB, origin);
    const initialPull = await configure(b, server.url, tokenB, ws, `first-sync-B-${run}`);
    const serverB = server.takeTimings();
    const gotB = await countIssues(b);
    if (gotB.issues !== RECORDS) throw new Error(`B holds ${gotB.issues} issues after the pull`);

    await editIssues(a, CHANGED);
    await watchStatus(a);
    const smallA = await clickAndWait(a, '今すぐ同期');
    await watchStatus(b);
    const smallB = await clickAndWait(b, '今すぐ同期');
    const afterB = await countIssues(b);
    if (afterB.updated !== CHANGED) throw new Error(`B has ${afterB.updated} of ${CHANGED} changes`);

    const sample: Sample = {
      ...base,
      bind: first.bind,
      push: first.push,
      echoPull: first.pull,
      firstSyncTotal: first.total,
      pull: initialPull.pull,
      pullTotal: initialPull.total,
      smallPush: smallA.total,
      smallPull: smallB.total,
      serverPush: serverA.push,
      pushRequests: serverA.pushRequests,
      serverEchoPull: serverA.pull,
      serverPull: serverB.pull,
      pullRequests: serverB.pullRequests,
    };
    process.stderr.write(`sync-browser run ${run}: ${JSON.stringify(sample)}\n`);
    return { sample, recordBytes };
  } finally {
    await contextA.close();
    await contextB.close();
  }
}

async function measure(
  browser: Browser,
  origin: string,
  storage: 'sqlite' | 'postgres',
  runs: number,
  databaseUrl?: string,
) {
  const server = await startSyncServer(databaseUrl ? { databaseUrl } : {});
  const samples: Sample[] = [];
  let recordBytes = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const r = await oneRun(browser, origin, server, run);
      samples.push(r.sample);
      recordBytes = r.recordBytes;
    }
  } finally {
    await server.stop();
  }
  const m = (k: string) => Math.round(median(samples.map((s) => s[k]!)) * 10) / 10;
  const all = (k: string) => samples.map((s) => Math.round(s[k]!));
  const env = `chromium ${browser.version()}, loopback HTTP, ${storage}`;
  const common = { env, measuredIn: 'chromium', storage, records: RECORDS, recordBytes, runs } as const;
  // Each run's own ratio (sync and bulkPut measured minutes apart on a shared machine), then the median.
  const ratio = (k: string) => +median(samples.map((s) => s[k]! / s.dexieBulkPut!)).toFixed(2);
  const fig = (metric: string, key: string, extra: Record<string, unknown> = {}) =>
    report({
      bench: 'sync-browser',
      metric,
      value: m(key),
      unit: 'ms',
      ...extra,
      ...common,
      samples: all(key),
    });
  fig('dexie_bulkput_10k', 'dexieBulkPut');
  fig('raw_idb_put_10k', 'rawPut', { note: 'one IndexedDB transaction, same indexes, for information' });
  fig('initial_push_10k', 'push', {
    ratioToBulkPut: ratio('push'),
    targets: [
      { max: 2000, appliesTo: 'chromium' },
      { of: 'ratioToBulkPut', max: 2.5, appliesTo: 'chromium' },
    ],
    serverMs: m('serverPush'),
    requests: m('pushRequests'),
    note: 'status "送信" to "受信": plan, send, acknowledge; serverMs = sum of the server\'s response times',
  });
  fig('initial_pull_10k', 'pull', {
    ratioToBulkPut: ratio('pull'),
    targets: [
      { max: 2000, appliesTo: 'chromium' },
      { of: 'ratioToBulkPut', max: 2.5, appliesTo: 'chromium' },
    ],
    serverMs: m('serverPull'),
    requests: m('pullRequests'),
    note: 'fresh device B, status "受信" to "最新です"; serverMs = sum of the server\'s response times',
  });
  fig('first_sync_bind_10k', 'bind', {
    note: 'click "保存して同期" to "送信": save settings, bind in place (no re-stamp), plan the first page',
  });
  fig('first_sync_echo_pull_10k', 'echoPull', {
    serverMs: m('serverEchoPull'),
    note: 'A pulls back its own 10,000 records',
  });
  fig('first_sync_total_10k', 'firstSyncTotal', { note: 'A: click to "最新です" (bind + push + echo pull)' });
  fig('sync_10_changed_push_side', 'smallPush', {
    targets: [{ max: 100, appliesTo: 'chromium' }],
    note: 'A: "今すぐ同期" to "最新です"',
  });
  fig('sync_10_changed_pull_side', 'smallPull', {
    targets: [{ max: 100, appliesTo: 'chromium' }],
    note: 'B: "今すぐ同期" to "最新です"',
  });
}

const preview = await startPreview(PREVIEW_PORT, process.env.SYNC_BENCH_DIST);
let browser: Browser | null = null;
let postgres: TestPostgres | null = null;
try {
  browser = await launchChromium();
  await measure(browser, preview.url, 'sqlite', RUNS);
  if (PG_RUNS > 0) {
    try {
      postgres = await startTestPostgres();
    } catch (e) {
      process.stderr.write(`sync-browser: PostgreSQL run skipped: ${String(e).split('\n')[0]}\n`);
    }
    if (postgres) await measure(browser, preview.url, 'postgres', PG_RUNS, await postgres.createDatabase());
  }
} finally {
  await browser?.close();
  await postgres?.stop();
  await preview.stop();
}
// The exit code is report()'s verdict on the targets (set as each figure is printed).
process.exit();
