/**
 * Test support: the real Fastify app from `server/` on a SQLite file in a temp dir, reached
 * through `app.inject` behind a `fetch`-shaped function, and restartable on the same file.
 * Tests sit outside the layers, so this imports the server like any other module.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app';
import { SqliteStorage } from '../../../server/src/storage/sqlite';
import type { FetchLike } from '../../../renderer/src/sync/transport';

/** A request body as text (the engine sends push bodies as a Blob; tests may pass strings). */
export async function bodyText(body: BodyInit): Promise<string> {
  if (typeof body === 'string') return body;
  return new Response(body).text();
}

export const ADMIN_TOKEN = 'convergence-admin-token-0123456789';

export interface InProcessServerOptions {
  /** The server's wall clock (epoch ms) for its HLC and clock-skew check; default `Date.now`. */
  now?: () => number;
  /** The server's HLC node id (16 hex digits); default a random one. Fix it for a replayable run. */
  nodeId?: string;
  /** The largest stored record (`server/src/push/recordSize.ts`); tests lower it. */
  maxRecordChars?: number;
}

export class InProcessServer {
  private app: FastifyInstance | null = null;
  private storage: SqliteStorage | null = null;
  requests = 0;

  private constructor(
    readonly dir: string,
    private readonly options: InProcessServerOptions,
  ) {}

  static async start(options: InProcessServerOptions = {}): Promise<InProcessServer> {
    const server = new InProcessServer(mkdtempSync(join(tmpdir(), 'kyoso-sync-')), options);
    await server.open();
    return server;
  }

  private async open(): Promise<void> {
    const storage = SqliteStorage.open(this.dir, this.options.nodeId ? { nodeId: this.options.nodeId } : {});
    this.storage = storage;
    this.app = await buildApp({
      storage,
      adminToken: ADMIN_TOKEN,
      // Tests drive many simulated devices through one member token; the limit is tested in server/test.
      rateLimit: false,
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.maxRecordChars ? { maxRecordChars: this.options.maxRecordChars } : {}),
    });
  }

  /** Closes the app and the database and opens them again on the same file. */
  async restart(): Promise<void> {
    const app = this.app;
    const storage = this.storage;
    this.app = null;
    this.storage = null;
    await app?.close();
    await storage?.close();
    await this.open();
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.storage?.close();
    this.app = null;
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** `fetch` over `app.inject`; while the server is down it fails like a refused connection. */
  readonly fetch: FetchLike = async (url, init) => {
    const app = this.app;
    if (!app) throw new TypeError('fetch failed: connection refused');
    this.requests++;
    const u = new URL(url);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((init.headers ?? {}) as Record<string, string>)) headers[k] = v;
    const reply = await app.inject({
      method: init.method ?? 'GET',
      url: u.pathname + u.search,
      headers,
      ...(init.body !== undefined && init.body !== null ? { payload: await bodyText(init.body) } : {}),
    });
    return new Response(reply.body, {
      status: reply.statusCode,
      headers: { 'content-type': 'application/json' },
    });
  };

  async admin(path: string, body: unknown): Promise<Record<string, string>> {
    const res = await this.fetch(`http://server${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`admin ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, string>;
  }
}
