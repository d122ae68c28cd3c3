/**
 * Per-token rate limit (hardening issue, item 4): a member token over its budget gets 429 with
 * `Retry-After` and the contract's error body, while other members, the admin and `/healthz` go on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { SqliteStorage } from '../src/storage/sqlite';
import { ADMIN_TOKEN, Harness } from './harness';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function harness(now: () => number): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'kyoso-rate-'));
  dirs.push(dir);
  const storage = SqliteStorage.open(dir);
  const app = await buildApp({
    storage,
    adminToken: ADMIN_TOKEN,
    now,
    rateLimit: { burst: 5, perSecond: 1 },
  });
  return Harness.wrap(app, storage);
}

describe('per-token rate limit', () => {
  it('answers 429 with Retry-After beyond the burst, and lets the token in again once refilled', async () => {
    let clock = Date.now();
    const h = await harness(() => clock);
    try {
      const a = await h.member();
      const b = await h.member();
      for (let i = 0; i < 5; i++) expect((await h.pull(a)).status).toBe(200);
      const res = await h.app.inject({
        method: 'GET',
        url: `/v1/workspaces/${a.ws}/pull`,
        headers: { authorization: `Bearer ${a.token}`, origin: 'app://kyoso' },
      });
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBe('1');
      // The web and desktop apps are cross-origin: the header must be readable there.
      expect(String(res.headers['access-control-expose-headers']).toLowerCase()).toContain('retry-after');
      expect(JSON.parse(res.body)).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
      // Others are not held back by a's budget.
      expect((await h.pull(b)).status).toBe(200);
      expect((await h.request('GET', '/healthz', null)).status).toBe(200);
      expect((await h.request('POST', '/v1/workspaces', ADMIN_TOKEN, { name: '別' })).status).toBe(201);
      clock += 1000;
      expect((await h.pull(a)).status).toBe(200);
      expect((await h.pull(a)).status).toBe(429);
    } finally {
      await h.close();
    }
  });

  it('says how long to wait when several requests are missing', async () => {
    const clock = Date.now();
    const h = await harness(() => clock);
    try {
      const a = await h.member();
      for (let i = 0; i < 5; i++) await h.pull(a);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await h.pull(a)).status);
      // Refused requests spend nothing: waiting Retry-After seconds is always enough.
      expect(statuses).toEqual([429, 429, 429]);
      const res = await h.app.inject({
        method: 'GET',
        url: `/v1/workspaces/${a.ws}/pull`,
        headers: { authorization: `Bearer ${a.token}` },
      });
      expect(res.headers['retry-after']).toBe('1');
    } finally {
      await h.close();
    }
  });
});
