/**
 * Test harness: an app over a fresh storage, with helpers that speak the wire protocol
 * through `app.inject` (the full Fastify pipeline: hooks, parsing, limits, error mapping).
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import type { Storage } from '../src/storage/storage';
import { formatHlc } from '../../common/sync/hlc';
import { newId } from '../../common/records/ids';
import type { Change, PullResponse } from '../../common/sync/protocol';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghij';

/** Opens a fresh, empty storage of one backend. */
export interface Backend {
  name: string;
  open(): Promise<Storage>;
}

export interface Reply {
  status: number;
  json: Record<string, unknown>;
}

export interface Member {
  ws: string;
  token: string;
  memberId: string;
}

let counter = 0;
/** HLCs that increase across the whole test run and sit near the real clock. */
export function hlc(node = '00000000000000aa', offsetMs = 0): string {
  counter = (counter + 1) % 0xffff;
  return formatHlc({ millis: Date.now() + offsetMs, counter, node });
}

export const uuid = newId;

export class Harness {
  /** Added to the server's wall clock; tests move it to provoke clock skew. */
  clockOffsetMs = 0;

  private constructor(
    readonly app: FastifyInstance,
    readonly storage: Storage,
  ) {}

  /** A harness over an app built with other options (it closes both). */
  static wrap(app: FastifyInstance, storage: Storage): Harness {
    return new Harness(app, storage);
  }

  static async create(storage: Storage): Promise<Harness> {
    const box: { h?: Harness } = {};
    const app = await buildApp({
      storage,
      adminToken: ADMIN_TOKEN,
      now: () => Date.now() + (box.h?.clockOffsetMs ?? 0),
      // The contract tests hammer one token on purpose; the limit has its own test (rateLimit.test.ts).
      rateLimit: false,
    });
    box.h = new Harness(app, storage);
    return box.h;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.storage.close();
  }

  async request(
    method: 'GET' | 'POST',
    url: string,
    token: string | null,
    payload?: unknown,
  ): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined
        ? {}
        : typeof payload === 'string'
          ? { payload, headers: { ...headers, 'content-type': 'application/json' } }
          : { payload: payload as object }),
    });
    return {
      status: res.statusCode,
      json: res.body ? (JSON.parse(res.body) as Record<string, unknown>) : {},
    };
  }

  async createWorkspace(name = 'テスト自治体'): Promise<string> {
    const r = await this.request('POST', '/v1/workspaces', ADMIN_TOKEN, { name });
    if (r.status !== 201) throw new Error(`create workspace: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json.id as string;
  }

  async addMember(ws: string, name = '担当者'): Promise<Member> {
    const r = await this.request('POST', `/v1/workspaces/${ws}/members`, ADMIN_TOKEN, { name });
    if (r.status !== 201) throw new Error(`add member: ${r.status} ${JSON.stringify(r.json)}`);
    return { ws, token: r.json.token as string, memberId: r.json.memberId as string };
  }

  /** A new workspace with one member. */
  async member(): Promise<Member> {
    return this.addMember(await this.createWorkspace());
  }

  push(m: Member, body: unknown): Promise<Reply> {
    return this.request('POST', `/v1/workspaces/${m.ws}/push`, m.token, body);
  }

  pull(m: Member, query = ''): Promise<Reply> {
    return this.request('GET', `/v1/workspaces/${m.ws}/pull${query ? `?${query}` : ''}`, m.token);
  }

  /** Follows the cursor to the end; returns every change in order. */
  async pullAll(m: Member, limit = 1000, from?: string): Promise<{ changes: Change[]; cursor: string }> {
    const changes: Change[] = [];
    let cursor = from;
    for (;;) {
      const q = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
      const r = await this.pull(m, q.toString());
      if (r.status !== 200) throw new Error(`pull: ${r.status} ${JSON.stringify(r.json)}`);
      const page = r.json as unknown as PullResponse;
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { changes, cursor };
    }
  }
}

/** A push body for one client. */
export function pushBody(
  clientId: string,
  mutations: { mid: number; ops: unknown[] }[],
): Record<string, unknown> {
  return { protocol: 1, clientId, mutations };
}

export function setOp(
  table: string,
  id: string,
  field: string,
  value: unknown,
  at = hlc(),
): Record<string, unknown> {
  return { op: 'set', table, id, field, value, hlc: at };
}

export function textOp(
  id: string,
  value: string,
  baseHlc: string | null,
  at = hlc(),
  field = 'body',
): Record<string, unknown> {
  return { op: 'text', table: 'notes', id, field, value, hlc: at, baseHlc };
}

export function byId(changes: readonly Change[]): Map<string, Change> {
  return new Map(changes.map((c) => [`${c.table}/${c.id}`, c]));
}
