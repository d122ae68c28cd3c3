/**
 * The real sync server (`server/src/main.ts`) as a child process for benches: this Node with tsx
 * (not `npx`, which would not pass the stop signal on), leading its own process group that `stop()`
 * ends whole (`processGroup.ts`), SQLite in a throwaway data directory or
 * PostgreSQL when `databaseUrl` is given. It listens on a port the OS picks (PORT=0) and the
 * address is read from its "listening" log line, so parallel benches never clash on a port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { spawnGroup, stopGroup } from './processGroup';

const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

export interface RunningSyncServer {
  url: string;
  pid: number;
  createWorkspace(name: string): Promise<string>;
  /** A member of the workspace; returns its token. */
  addMember(workspaceId: string, name: string): Promise<string>;
  /** Server-side time (fastify's `responseTime`, ms) of the push and pull requests since the last call. */
  takeTimings(): { push: number; pushRequests: number; pull: number; pullRequests: number };
  stop(): Promise<void>;
}

export async function startSyncServer(options: { databaseUrl?: string } = {}): Promise<RunningSyncServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kyoso-sync-server-'));
  const child = spawnGroup(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      KYOSO_DATA_DIR: dir,
      KYOSO_ADMIN_TOKEN: ADMIN_TOKEN,
      DATABASE_URL: options.databaseUrl ?? '',
      LOG_LEVEL: 'info', // the server's default: request logging is part of what it costs
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const urls = new Map<string, string>();
  let timings = { push: 0, pushRequests: 0, pull: 0, pullRequests: 0 };
  const onLog = (line: string) => {
    if (!line.includes('"reqId"')) return;
    const entry = JSON.parse(line) as { reqId: string; req?: { url?: string }; responseTime?: number };
    if (entry.req?.url) urls.set(entry.reqId, entry.req.url);
    if (entry.responseTime === undefined) return;
    const path = urls.get(entry.reqId) ?? '';
    urls.delete(entry.reqId);
    if (/\/push$/.test(path)) {
      timings.push += entry.responseTime;
      timings.pushRequests++;
    } else if (/\/pull\?/.test(path)) {
      timings.pull += entry.responseTime;
      timings.pullRequests++;
    }
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sync server did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`sync server exited with ${code}`)));
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      onLog(line);
      const m = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });

  const admin = async (path: string, body: unknown): Promise<Record<string, string>> => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, string>;
  };

  return {
    url,
    pid: child.pid!,
    createWorkspace: async (name) => (await admin('/v1/workspaces', { name })).id!,
    addMember: async (ws, name) => (await admin(`/v1/workspaces/${ws}/members`, { name })).token!,
    takeTimings() {
      const t = timings;
      timings = { push: 0, pushRequests: 0, pull: 0, pullRequests: 0 };
      return { ...t, push: Math.round(t.push), pull: Math.round(t.pull) };
    },
    async stop() {
      await stopGroup(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
