/**
 * A real sync server for end-to-end tests: `server/src/main.ts` under this Node with tsx, on a
 * free loopback port with a throwaway data directory, plus a small CORS-adding forwarder in front.
 * It leads its own process group and `stop()` ends the whole group (`processGroup.ts`): the
 * `npx tsx` launcher used before left the server running after the test run.
 *
 * Why the forwarder: the web app is served from http://127.0.0.1:4173 and calls the server on
 * another port, so the browser needs CORS answers (a preflight for POST with JSON and an
 * `Authorization` header). The server does not send them yet (reported to the lead); the
 * forwarder adds exactly what the app needs and passes everything else through unchanged.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnGroup, stopGroup } from '../../support/processGroup';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = http.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function corsForwarder(target: number): http.Server {
  return http.createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-max-age': '600',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: target,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: `127.0.0.1:${target}` },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, { ...up.headers, ...cors });
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502, cors).end());
    req.pipe(upstream);
  });
}

export interface Member {
  memberId: string;
  token: string;
}

export class SyncServer {
  private constructor(
    private readonly child: ChildProcess,
    private readonly forwarder: http.Server,
    private readonly dir: string,
    /** The server itself (no CORS). */
    readonly directUrl: string,
    /** What the browser uses. */
    readonly url: string,
  ) {}

  /** `env`: extra server settings (e.g. `KYOSO_MAX_RECORD_CHARS` to meet the record limit quickly). */
  static async start(env: Record<string, string> = {}): Promise<SyncServer> {
    const dir = mkdtempSync(join(tmpdir(), 'kyoso-e2e-sync-'));
    const port = await freePort();
    const child = spawnGroup(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        KYOSO_DATA_DIR: dir,
        KYOSO_ADMIN_TOKEN: ADMIN_TOKEN,
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const directUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        if ((await fetch(`${directUrl}/healthz`)).ok) break;
      } catch {
        // not up yet
      }
      if (child.exitCode !== null) throw new Error(`sync server exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('sync server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const forwarder = corsForwarder(port);
    await new Promise<void>((r) => forwarder.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(forwarder.address() as AddressInfo).port}`;
    return new SyncServer(child, forwarder, dir, directUrl, url);
  }

  private async admin(path: string, body: unknown): Promise<Record<string, string>> {
    const res = await fetch(`${this.directUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, string>;
  }

  async createWorkspace(name: string): Promise<string> {
    return (await this.admin('/v1/workspaces', { name })).id!;
  }

  async addMember(workspaceId: string, name: string): Promise<Member> {
    const r = await this.admin(`/v1/workspaces/${workspaceId}/members`, { name });
    return { memberId: r.memberId!, token: r.token! };
  }

  /** The server's process group (its pid): empty once `stop()` resolves. */
  get processGroup(): number {
    return this.child.pid ?? 0;
  }

  async stop(): Promise<void> {
    this.forwarder.closeAllConnections();
    await new Promise<void>((r) => this.forwarder.close(() => r()));
    await stopGroup(this.child);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
