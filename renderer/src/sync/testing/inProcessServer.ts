/**
 * Test support: the real Fastify app from `server/` on a SQLite file in a temp dir, reached
 * through `app.inject` behind a `fetch`-shaped function, and restartable on the same file.
 *
 * The renderer type-checks against DOM types only, so the Node-side modules are loaded through
 * a computed specifier and described by the small interfaces below (the server's own types stay
 * in `server/`). Used by tests only; nothing in the app imports it.
 */
import type { FetchLike } from '../transport';

interface InjectReply {
  statusCode: number;
  body: string;
}
interface App {
  inject(req: {
    method: string;
    url: string;
    headers: Record<string, string>;
    payload?: string;
  }): Promise<InjectReply>;
  close(): Promise<void>;
}
interface Storage {
  readonly file: string;
  close(): Promise<void>;
}
interface ServerModules {
  buildApp(o: { storage: Storage; adminToken: string; now?: () => number; rateLimit: false }): Promise<App>;
  open(dir: string): Storage;
  /** Sets the server's HLC node id in its SQLite file (kept if one is already there). */
  seedNodeId(file: string, nodeId: string): void;
  tempDir(): string;
  removeDir(dir: string): void;
}

/** A request body as text (the engine sends push bodies as a Blob; tests may pass strings). */
export async function bodyText(body: BodyInit): Promise<string> {
  if (typeof body === 'string') return body;
  return new Response(body).text();
}

const load = (spec: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ spec);

async function modules(): Promise<ServerModules> {
  const [app, sqlite, fs, os, path, betterSqlite] = await Promise.all([
    load('../../../../server/src/app.ts'),
    load('../../../../server/src/storage/sqlite.ts'),
    load('node:fs'),
    load('node:os'),
    load('node:path'),
    load('better-sqlite3'),
  ]);
  type Fs = { mkdtempSync(p: string): string; rmSync(p: string, o: object): void };
  type Db = { prepare(sql: string): { run(...a: unknown[]): unknown }; close(): void };
  const SqliteStorage = sqlite.SqliteStorage as { open(dir: string): Storage };
  const Database = betterSqlite.default as new (file: string) => Db;
  return {
    buildApp: app.buildApp as ServerModules['buildApp'],
    open: (dir) => SqliteStorage.open(dir),
    seedNodeId: (file, nodeId) => {
      const db = new Database(file);
      try {
        db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('server_node_id', ?)").run(nodeId);
      } finally {
        db.close();
      }
    },
    tempDir: () =>
      (fs as unknown as Fs).mkdtempSync(
        (path.join as (...p: string[]) => string)((os.tmpdir as () => string)(), 'kyoso-sync-'),
      ),
    removeDir: (dir) => (fs as unknown as Fs).rmSync(dir, { recursive: true, force: true }),
  };
}

export const ADMIN_TOKEN = 'convergence-admin-token-0123456789';

export interface InProcessServerOptions {
  /** The server's wall clock (epoch ms) for its HLC and clock-skew check; default `Date.now`. */
  now?: () => number;
  /** The server's HLC node id (16 hex digits); default a random one. Fix it for a replayable run. */
  nodeId?: string;
}

export class InProcessServer {
  private app: App | null = null;
  private storage: Storage | null = null;
  requests = 0;

  private constructor(
    private readonly m: ServerModules,
    readonly dir: string,
    private readonly options: InProcessServerOptions,
  ) {}

  static async start(options: InProcessServerOptions = {}): Promise<InProcessServer> {
    const m = await modules();
    const server = new InProcessServer(m, m.tempDir(), options);
    await server.open();
    return server;
  }

  private async open(): Promise<void> {
    const storage = this.m.open(this.dir);
    if (this.options.nodeId) this.m.seedNodeId(storage.file, this.options.nodeId);
    this.storage = storage;
    this.app = await this.m.buildApp({
      storage,
      adminToken: ADMIN_TOKEN,
      // Tests drive many simulated devices through one member token; the limit is tested in server/test.
      rateLimit: false,
      ...(this.options.now ? { now: this.options.now } : {}),
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
    this.m.removeDir(this.dir);
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
