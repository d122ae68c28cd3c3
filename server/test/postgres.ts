/**
 * A throwaway PostgreSQL cluster for tests and benchmarks (ENVIRONMENT.md recipe), or the
 * server given in `KYOSO_TEST_DATABASE_URL`. Each caller gets its own fresh database, so test
 * files can run in parallel. Failing to start is an error with the reason — never a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** Connection string of the cluster's maintenance database. */
  adminUrl: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function findBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  throw new Error(
    'PostgreSQL tests need initdb under /usr/lib/postgresql/*/bin (apt-get install -y postgresql) ' +
      'or KYOSO_TEST_DATABASE_URL pointing at a server',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL tool as the `postgres` user when we are root (initdb refuses root). */
function runAsPostgres(bin: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    const quoted = [bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    execFileSync('su', ['postgres', '-c', quoted], { stdio: 'pipe' });
  } else {
    execFileSync(bin, args, { stdio: 'pipe' });
  }
}

function fromUrl(adminUrl: string, stop: () => Promise<void>): TestPostgres {
  let n = 0;
  return {
    adminUrl,
    stop,
    async createDatabase() {
      const name = `kyoso_test_${process.pid}_${Date.now()}_${n++}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
  };
}

/** Starts (or connects to) PostgreSQL; throws with the server log when it cannot. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const given = process.env.KYOSO_TEST_DATABASE_URL;
  if (given) return fromUrl(given, async () => undefined);

  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'kyoso-pg-'));
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  const log = join(dir, 'log');
  mkdirSync(sock);
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const port = await freePort();
  try {
    runAsPostgres(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    runAsPostgres(join(bin, 'pg_ctl'), [
      '-D', data, '-l', log, '-w', '-o',
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${sock} -c fsync=off -c max_connections=200`,
      'start',
    ]); // prettier-ignore
  } catch (e) {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '(no server log)';
    rmSync(dir, { recursive: true, force: true });
    const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Could not start a throwaway PostgreSQL: ${String(e)}\n${stderr}\n${serverLog}`);
  }
  const stop = async () => {
    try {
      runAsPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return fromUrl(`postgres://postgres@127.0.0.1:${port}/postgres`, stop);
}
