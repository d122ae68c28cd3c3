/**
 * Regression (hardening issue, item 3): a proxy in front of the server (nginx refuses bodies over
 * 1 MiB by default with an HTML page) answered 413, and the client set the queued change aside as
 * if the server had refused its content. Only the contract's JSON error bodies may do that; a
 * proxy's page is a transient failure: the outbox stays, and the engine retries with back-off.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import type { SyncStatus } from '../../../renderer/src/sync/status';
import type { FetchLike } from '../../../renderer/src/sync/transport';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

const NGINX_413 =
  '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
const NGINX_400 =
  '<html><head><title>400 Bad Request</title></head><body><center><h1>400 Bad Request</h1></center></body></html>';

async function setup(proxyPage: { status: number; html: string }) {
  const srv = await fixtures.startServer();
  const ws = (await srv.admin('/v1/workspaces', { name: 'proxy' })).id!;
  const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name: 'a' })).token!;
  const db = fixtures.track(new KyosoDb(`proxy-${crypto.randomUUID()}`));
  const device = await loadDevice(db);
  const proxy = { refusing: true };
  const fetch: FetchLike = async (url, init) => {
    if (proxy.refusing && url.includes('/push')) {
      return new Response(proxyPage.html, {
        status: proxyPage.status,
        headers: { 'content-type': 'text/html' },
      });
    }
    return srv.fetch(url, init);
  };
  const statuses: SyncStatus[] = [];
  const engine = new SyncEngine({
    db,
    device,
    getToken: async () => token,
    fetch,
    onStatus: (s) => statuses.push(s),
    intervalMs: 3_600_000,
  });
  await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  return { db, engine, repos: createRepositories(db, device), proxy, statuses };
}

describe('a proxy refusing a push with its own page', () => {
  for (const page of [
    { status: 413, html: NGINX_413, sizeRefused: true },
    { status: 400, html: NGINX_400, sizeRefused: false },
  ]) {
    it(`${page.status}: keeps every change queued, retries with back-off, and syncs once the proxy lets it through`, async () => {
      const a = await setup(page);
      const issue = await a.repos.issues.create(sampleFields('issues', 1));
      await a.repos.issues.update(issue.id, { rawText: '大きな貼り付け'.repeat(1000) });
      const queued = await a.db.outbox.count();
      expect(queued).toBeGreaterThan(0);

      const stop = a.engine.start();
      try {
        await expect.poll(() => a.statuses.some((s) => s.phase === 'error')).toBe(true);
        const error = a.statuses.find((s) => s.phase === 'error');
        expect(error).toMatchObject({
          failure: { kind: 'proxyRefused', status: page.status, sizeRefused: page.sizeRefused },
          retryAt: expect.any(String),
        });
        // Nothing was set aside: the outbox is intact and no conflict record was made.
        expect(await a.db.outbox.count()).toBe(queued);
        expect(await a.repos.conflicts.count()).toBe(0);
      } finally {
        stop();
      }

      a.proxy.refusing = false;
      expect(await a.engine.syncNow()).toMatchObject({ ok: true });
      expect(await a.db.outbox.count()).toBe(0);
      expect(await a.repos.conflicts.count()).toBe(0);
    });
  }

  it('413 for a large request: the push is split into requests the proxy lets through', async () => {
    const limit = 16 * 1024; // the proxy's body limit
    const srv = await fixtures.startServer();
    const ws = (await srv.admin('/v1/workspaces', { name: 'proxy-split' })).id!;
    const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name: 'a' })).token!;
    const db = fixtures.track(new KyosoDb(`proxy-split-${crypto.randomUUID()}`));
    const device = await loadDevice(db);
    const sizes: number[] = [];
    const fetch: FetchLike = async (url, init) => {
      if (url.includes('/push')) {
        const size = (init.body as Blob).size;
        sizes.push(size);
        if (size > limit)
          return new Response(NGINX_413, { status: 413, headers: { 'content-type': 'text/html' } });
      }
      return srv.fetch(url, init);
    };
    const engine = new SyncEngine({ db, device, getToken: async () => token, fetch });
    await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    const repos = createRepositories(db, device);
    for (let i = 0; i < 40; i++) await repos.issues.create(sampleFields('issues', i));
    expect(await engine.syncNow()).toMatchObject({ ok: true, pushed: 40 });
    expect(await db.outbox.count()).toBe(0);
    expect(await repos.conflicts.count()).toBe(0);
    expect(sizes[0]).toBeGreaterThan(limit); // the first request was refused …
    expect(sizes.filter((s) => s <= limit).length).toBeGreaterThan(1); // … and smaller ones went through
  });
});
