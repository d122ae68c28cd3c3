/**
 * The real server process as deployed: built to plain JavaScript (`npm run build:server`) and run
 * with `node`. The CLI, `/healthz`, a graceful SIGTERM that lets a request already received finish
 * and exits 0 (also when a stalled request has to be cut at the deadline), and `npm run server`
 * handing SIGTERM to the server itself, leaving no process behind.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../common/sync/hlc';
import { newId } from '../../common/records/ids';

const ROOT = join(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist-server/main.js');
const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-proc-'));
const children: ChildProcess[] = [];
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'server/build.mjs')], { cwd: ROOT });
}, 60_000);
afterAll(() => {
  for (const c of children) {
    if (!c.pid) continue;
    // A detached child leads its own group, which may outlive it (npm's grandchildren): kill the group.
    if (groupAlive(c.pid)) process.kill(-c.pid, 'SIGKILL');
    else if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
});

function env(port = 0, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    KYOSO_DATA_DIR: dataDir,
    DATABASE_URL: '',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { env: env(), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

async function waitForHealth(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

describe('server process', () => {
  let member: { memberId: string; token: string; ws: string } | undefined;

  it('creates workspaces and members from the command line, printing JSON', () => {
    const ws = cli('create-workspace', '北九州市');
    expect(ws.status).toBe(0);
    const { id } = JSON.parse(ws.stdout) as { id: string };
    const added = cli('add-member', id, '田中');
    expect(added.status).toBe(0);
    const parsed = JSON.parse(added.stdout) as { memberId: string; token: string };
    expect(parsed).toEqual({
      memberId: expect.any(String),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    member = { ...parsed, ws: id };
    expect(cli('add-member', newId(), 'x').status).not.toBe(0);
    expect(cli('create-workspace').status).not.toBe(0);
  });

  it('rotates a token and removes a member from the command line', () => {
    if (!member) throw new Error('needs the member made by the CLI test');
    const leaving = JSON.parse(cli('add-member', member.ws, '異動').stdout) as { memberId: string };
    const rotated = cli('rotate-token', member.ws, leaving.memberId);
    expect(rotated.status).toBe(0);
    expect(JSON.parse(rotated.stdout)).toEqual({
      memberId: leaving.memberId,
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const removed = cli('remove-member', member.ws, leaving.memberId);
    expect(removed.status).toBe(0);
    expect(JSON.parse(removed.stdout)).toEqual({ removed: leaving.memberId });
    // Gone: neither can be done again, and an unknown member is refused with a message.
    expect(cli('remove-member', member.ws, leaving.memberId)).toMatchObject({
      status: 2,
      stderr: /No member/,
    });
    expect(cli('rotate-token', member.ws, leaving.memberId).status).toBe(2);
    expect(cli('remove-member', member.ws).status).toBe(2);
  });

  it('finishes a request already received after SIGTERM, then exits 0', async () => {
    if (!member) throw new Error('needs the member made by the CLI test');
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      env: env(port),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let logs = '';
    child.stdout?.on('data', (d: Buffer) => (logs += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (logs += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitForHealth(port);

    // Keeps its idle connection open (the global agent drops it after 5 s), like a raw client.
    const keepAlive = new Agent({ keepAlive: true });
    const hlc = formatHlc({ millis: Date.now(), counter: 0, node: '00000000000000cc' });
    const op = { op: 'set', table: 'issues', id: newId(), field: 'title', value: '段階的に送る', hlc };
    const body = JSON.stringify({ protocol: 1, clientId: newId(), mutations: [{ mid: 1, ops: [op] }] });
    const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { agent: keepAlive, host: '127.0.0.1', port, method: 'POST', path: `/v1/workspaces/${member?.ws}/push`, headers: {
          authorization: `Bearer ${member?.token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
        } }, // prettier-ignore
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 40));
      setTimeout(() => {
        child.kill('SIGTERM');
        // The server has stopped accepting; the request in flight still completes.
        setTimeout(() => req.end(body.slice(40)), 500);
      }, 300);
    });
    const done = await reply;
    const answeredAt = Date.now();
    expect(done.status, logs).toBe(200);
    expect(JSON.parse(done.body)).toEqual({ lastMutationId: 1, rejected: [], conflicts: [] });
    expect(await exited).toBe(0);
    // The answer closed its keep-alive connection, so the drain ended with it, not at the 10 s cut.
    expect(Date.now() - answeredAt, logs).toBeLessThan(5000);
    expect(logs).not.toContain('still running');
    keepAlive.destroy();
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(logs).not.toContain(member.token);
  });

  it('exits 0 after the drain deadline even when a request stalls (cut, logged)', async () => {
    if (!member) throw new Error('needs the member made by the CLI test');
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      env: env(port, { KYOSO_SHUTDOWN_GRACE_MS: '1000' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let logs = '';
    child.stdout?.on('data', (d: Buffer) => (logs += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (logs += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitForHealth(port);
    // A client that sends half its body and then nothing (a dead laptop on a bad network).
    const req = request({
      host: '127.0.0.1', port, method: 'POST', path: `/v1/workspaces/${member.ws}/push`,
      headers: { authorization: `Bearer ${member.token}`, 'content-type': 'application/json', 'content-length': 1000 },
    }); // prettier-ignore
    req.on('error', () => undefined); // the server cuts it
    req.write('{"protocol":1,');
    await new Promise((r) => setTimeout(r, 300));
    const stopped = Date.now();
    child.kill('SIGTERM');
    expect(await exited, logs).toBe(0);
    expect(Date.now() - stopped).toBeLessThan(8_000);
    expect(logs).toContain('closing them');
  });

  it('ships a bundle that needs only node built-ins and the package.json dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const bundle = readFileSync(MAIN, 'utf8');
    const imported = new Set([...bundle.matchAll(/^import .* from ?"([^"]+)";$/gm)].map((m) => m[1] ?? ''));
    const outside = [...imported].filter(
      (name) => !name.startsWith('node:') && !builtinModules.includes(name) && !(name in pkg.dependencies),
    );
    expect(outside).toEqual([]);
    expect([...imported].filter((name) => name in pkg.dependencies).sort()).toEqual(
      Object.keys(pkg.dependencies).sort(),
    );
    expect(bundle).not.toMatch(/require\(["']tsx/);
  });

  it('lets SIGTERM sent to `npm run server` stop the server itself, leaving no process behind', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['run', '--silent', 'server'], {
      cwd: ROOT,
      env: env(port),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, whose members the test can check afterwards
    });
    children.push(npm);
    let logs = '';
    npm.stdout?.on('data', (d: Buffer) => (logs += d.toString()));
    npm.stderr?.on('data', (d: Buffer) => (logs += d.toString()));
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    await waitForHealth(port);
    npm.kill('SIGTERM'); // what a process manager does to the command it started
    expect(await exited, logs).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    // Nothing of the group is left running (an orphaned `tsx` child was, before).
    const pgid = npm.pid ?? 0;
    await expect.poll(() => groupAlive(pgid), { timeout: 5_000 }).toBe(false);
  });
});

/** Whether any process of process group `pgid` still exists (signal 0 only checks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
