/**
 * The real server process: the CLI, `/healthz`, and a graceful SIGTERM that lets a request
 * already received finish and exits 0.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../common/sync/hlc';
import { newId } from '../../common/records/ids';

const MAIN = join(import.meta.dirname, '../src/main.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-proc-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function env(port = 0): NodeJS.ProcessEnv {
  return {
    ...process.env,
    KYOSO_DATA_DIR: dataDir,
    DATABASE_URL: '',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: env(), encoding: 'utf8' });
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
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: env(port),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let logs = '';
    child.stdout?.on('data', (d: Buffer) => (logs += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (logs += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitForHealth(port);

    const hlc = formatHlc({ millis: Date.now(), counter: 0, node: '00000000000000cc' });
    const op = { op: 'set', table: 'issues', id: newId(), field: 'title', value: '段階的に送る', hlc };
    const body = JSON.stringify({ protocol: 1, clientId: newId(), mutations: [{ mid: 1, ops: [op] }] });
    const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, method: 'POST', path: `/v1/workspaces/${member?.ws}/push`, headers: {
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
    expect(done.status, logs).toBe(200);
    expect(JSON.parse(done.body)).toEqual({ lastMutationId: 1, rejected: [], conflicts: [] });
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(logs).not.toContain(member.token);
  });
});
