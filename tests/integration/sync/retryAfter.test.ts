/**
 * A rate-limited client (429 with `Retry-After`, hardening issue item 4) waits at least as long
 * as the server asks before its next attempt, instead of its own shorter back-off.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import type { SyncStatus } from '../../../renderer/src/sync/status';
import type { FetchLike } from '../../../renderer/src/sync/transport';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

describe('a 429 answer with Retry-After', () => {
  it('schedules the next attempt no sooner than the server asked', async () => {
    const db = fixtures.track(new KyosoDb(`retry-after-${crypto.randomUUID()}`));
    const device = await loadDevice(db);
    let requests = 0;
    const fetch: FetchLike = async () => {
      requests++;
      return new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests' } }), {
        status: 429,
        headers: { 'retry-after': '120', 'content-type': 'application/json' },
      });
    };
    const statuses: SyncStatus[] = [];
    const engine = new SyncEngine({
      db,
      device,
      getToken: async () => 'token',
      fetch,
      onStatus: (s) => statuses.push(s),
      random: () => 0,
      intervalMs: 3_600_000,
    });
    await engine.configure({
      serverUrl: 'http://server',
      workspaceId: '0190a000-0000-7000-8000-000000000001',
    });
    const started = Date.now();
    const stop = engine.start();
    try {
      await expect.poll(() => statuses.find((s) => s.phase === 'error')).toBeTruthy();
      const error = statuses.find((s) => s.phase === 'error');
      if (error?.phase !== 'error') throw new Error('no error status');
      expect(error.failure).toMatchObject({ kind: 'server', status: 429, retryAfterMs: 120_000 });
      expect(Date.parse(error.retryAt ?? '') - started).toBeGreaterThanOrEqual(120_000);
      expect(requests).toBe(1);
    } finally {
      stop();
    }
  });
});
