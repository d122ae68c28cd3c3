/** CORS (server/README.md): preflights answered before auth, ACAO on every answer, errors included. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { parseCorsOrigins, type CorsOrigins } from '../src/cors';
import { MAX_BODY_BYTES } from '../../common/sync/protocol';
import { SqliteStorage } from '../src/storage/sqlite';
import { ADMIN_TOKEN, Harness, pushBody, setOp, uuid } from './harness';

const dirs: string[] = [];
const apps: FastifyInstance[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function storage(): SqliteStorage {
  const dir = mkdtempSync(join(tmpdir(), 'kyoso-cors-'));
  dirs.push(dir);
  return SqliteStorage.open(dir);
}

async function app(corsOrigins?: CorsOrigins): Promise<FastifyInstance> {
  const built = await buildApp({ storage: storage(), adminToken: ADMIN_TOKEN, ...(corsOrigins ? { corsOrigins } : {}) }); // prettier-ignore
  apps.push(built);
  return built;
}

const WEB = 'http://127.0.0.1:5173';
const preflight = (url: string, origin = WEB) => ({
  method: 'OPTIONS' as const,
  url,
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'authorization, content-type',
  },
});

describe('CORS', () => {
  it('answers a preflight without a token with 204 and the allowed methods and headers', async () => {
    const a = await app();
    for (const url of [`/v1/workspaces/${uuid()}/push`, `/v1/workspaces/${uuid()}/pull?limit=5`, '/v1/workspaces']) {
      const res = await a.inject(preflight(url));
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-methods']).toBe('GET, POST, OPTIONS');
      expect(res.headers['access-control-allow-headers']).toBe('authorization, content-type');
      expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
    }
  }); // prettier-ignore

  it('sends Access-Control-Allow-Origin on answers and on every error the app must read', async () => {
    const h = await Harness.create(storage());
    apps.push(h.app);
    const m = await h.member();
    const other = await h.member();
    const call = (method: 'GET' | 'POST', url: string, token: string | null, payload?: string) =>
      h.app.inject({
        method,
        url,
        headers: {
          origin: 'app://kyoso',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(payload === undefined ? {} : { payload }),
      });
    const push = (body: unknown) => JSON.stringify(body);
    const cases = [
      [200, await call('GET', `/v1/workspaces/${m.ws}/pull`, m.token)],
      [200, await call('POST', `/v1/workspaces/${m.ws}/push`, m.token, push(pushBody(uuid(), [{ mid: 1, ops: [setOp('issues', uuid(), 'title', 'x')] }])))],
      [401, await call('GET', `/v1/workspaces/${m.ws}/pull`, null)],
      [404, await call('GET', `/v1/workspaces/${other.ws}/pull`, m.token)],
      [413, await call('POST', `/v1/workspaces/${m.ws}/push`, m.token, 'x'.repeat(MAX_BODY_BYTES + 1))],
      [400, await call('POST', `/v1/workspaces/${m.ws}/push`, m.token, push({ protocol: 1 }))],
      [409, await call('POST', `/v1/workspaces/${m.ws}/push`, m.token, push(pushBody(uuid(), [{ mid: 2, ops: [] }])))],
      [404, await call('GET', '/nowhere', null)],
    ] as const; // prettier-ignore
    for (const [status, res] of cases) {
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['access-control-allow-origin'], `${status} ${res.body}`).toBe('*');
    }
  });

  it('with an allow-list, echoes an allowed origin and leaves any other without ACAO', async () => {
    const a = await app(parseCorsOrigins(' app://kyoso, http://127.0.0.1:4173/ '));
    const ok = await a.inject(preflight(`/v1/workspaces/${uuid()}/push`, 'http://127.0.0.1:4173'));
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('http://127.0.0.1:4173');
    expect(ok.headers.vary).toContain('Origin');
    const electron = await a.inject({ method: 'GET', url: '/healthz', headers: { origin: 'app://kyoso' } });
    expect(electron.headers['access-control-allow-origin']).toBe('app://kyoso');
    const foreign = await a.inject(preflight(`/v1/workspaces/${uuid()}/push`, 'https://evil.example'));
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const unauthorized = await a.inject({ method: 'GET', url: `/v1/workspaces/${uuid()}/pull`, headers: { origin: 'app://kyoso' } }); // prettier-ignore
    expect(unauthorized.statusCode).toBe(401);
    expect(unauthorized.headers['access-control-allow-origin']).toBe('app://kyoso');
  });

  it('reads KYOSO_CORS_ORIGINS: unset, empty or * means any origin', () => {
    expect(parseCorsOrigins(undefined)).toBe('*');
    expect(parseCorsOrigins(' , ')).toBe('*');
    expect(parseCorsOrigins('app://kyoso,*')).toBe('*');
    expect(parseCorsOrigins('app://kyoso,http://localhost:5173')).toEqual(['app://kyoso', 'http://localhost:5173']);
  }); // prettier-ignore
});
