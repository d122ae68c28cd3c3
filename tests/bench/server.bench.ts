/**
 * Sync server under load: for SQLite (temp dir) and PostgreSQL (throwaway cluster), start the
 * real server process, seed ~10,000 records, then hammer a pull page (limit=100 from a cursor
 * halfway through) and the bare `/healthz` with autocannon (50 connections, 5 s each).
 * Prints p99 latencies, their ratio and error counts, one JSON line per figure.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHlc } from '../../common/sync/hlc';
import { newId } from '../../common/records/ids';
import { startTestPostgres } from '../../server/test/postgres';
import { report } from './report';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN = 'bench-admin-token';
const RECORDS = 10_000;
const CONNECTIONS = 50;
const DURATION_S = 5;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

async function startServer(extraEnv: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/main.ts')], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      KYOSO_ADMIN_TOKEN: ADMIN,
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${base}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { base, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function call(
  base: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const res = await fetch(base + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Seeds the records and returns a member token and a cursor halfway through them. */
async function seed(base: string): Promise<{ ws: string; token: string; cursor: string }> {
  const { id: ws } = (await call(base, '/v1/workspaces', ADMIN, { name: 'bench' })) as { id: string };
  const { token } = (await call(base, `/v1/workspaces/${ws}/members`, ADMIN, { name: 'bench' })) as {
    token: string;
  };
  const clientId = newId();
  const node = '00000000000000be';
  for (let mid = 1; mid <= RECORDS / 1000; mid++) {
    const ops = Array.from({ length: 1000 }, (_x, i) => ({
      op: 'set', table: 'ideas', id: newId(), field: 'text',
      value: `アイデア ${mid}-${i}: 地域の課題を共に解く`, hlc: formatHlc({ millis: Date.now(), counter: i, node }),
    })); // prettier-ignore
    await call(base, `/v1/workspaces/${ws}/push`, token, {
      protocol: 1,
      clientId,
      mutations: [{ mid, ops }],
    });
  }
  let cursor = '';
  for (let page = 0; page < RECORDS / 2 / 1000; page++) {
    cursor = (
      await call(base, `/v1/workspaces/${ws}/pull?limit=1000${cursor ? `&cursor=${cursor}` : ''}`, token)
    ).cursor as string;
  }
  return { ws, token, cursor };
}

async function load(url: string, token?: string): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function benchBackend(backend: string, env: Record<string, string>): Promise<void> {
  const { base, child } = await startServer(env);
  try {
    const { ws, token, cursor } = await seed(base);
    const bare = await load(`${base}/healthz`);
    const pull = await load(`${base}/v1/workspaces/${ws}/pull?cursor=${cursor}&limit=100`, token);
    const tag = {
      bench: 'server',
      backend,
      connections: CONNECTIONS,
      durationS: DURATION_S,
      records: RECORDS,
    };
    report({
      ...tag,
      metric: 'pull_p99',
      value: pull.latency.p99,
      unit: 'ms',
      requests: pull.requests.total,
    });
    report({
      ...tag,
      metric: 'bare_p99',
      value: bare.latency.p99,
      unit: 'ms',
      requests: bare.requests.total,
    });
    report({
      ...tag,
      metric: 'pull_to_bare_p99_ratio',
      value: pull.latency.p99 / Math.max(bare.latency.p99, 1),
      unit: 'x',
    });
    report({
      ...tag,
      metric: 'errors',
      value: pull.errors + pull.non2xx + bare.errors + bare.non2xx,
      unit: 'count',
    });
    report({ ...tag, metric: 'pull_rps', value: pull.requests.average, unit: 'req/s' });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'kyoso-bench-'));
try {
  await benchBackend('sqlite', { KYOSO_DATA_DIR: sqliteDir, DATABASE_URL: '' });
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
}
const pg = await startTestPostgres();
try {
  await benchBackend('postgres', { DATABASE_URL: await pg.createDatabase() });
} finally {
  await pg.stop();
}
