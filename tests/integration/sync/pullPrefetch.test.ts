/** Pull fetches the next page while it applies the current one; cursors still go with their pages. */
import { expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { readState } from '../../../renderer/src/sync/state';
import type { FetchLike } from '../../../renderer/src/sync/transport';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

it('requests page n+1 before page n is saved; a cut page keeps the cursor of the last applied one', async () => {
  const server = await fixtures.startServer();
  const srv = server;
  const ws = (await srv.admin('/v1/workspaces', { name: 'prefetch' })).id!;
  const open = async (name: string, fetch: FetchLike) => {
    const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name })).token!;
    const db = fixtures.track(new KyosoDb(`prefetch-${name}-${crypto.randomUUID()}`));
    const device = await loadDevice(db);
    const engine = new SyncEngine({ db, device, getToken: async () => token, fetch, pullLimit: 10 });
    await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    return { db, device, engine, repos: createRepositories(db, device) };
  };
  const a = await open('a', srv.fetch);
  for (let i = 0; i < 25; i++) await a.repos.issues.create(sampleFields('issues', i));
  expect(await a.engine.syncNow()).toMatchObject({ ok: true });

  const cursorsAtRequest: (string | null)[] = [];
  let pulls = 0;
  const b = await open('b', async (url, init) => {
    if (url.includes('/pull')) {
      pulls++;
      cursorsAtRequest.push((await readState(b.db, b.device.workspaceId)).cursor);
      if (pulls === 3) throw new TypeError('fetch failed: connection cut');
    }
    return srv.fetch(url, init);
  });
  expect(await b.engine.syncNow()).toMatchObject({ ok: false, failure: { kind: 'network' } });
  // Page 2 was requested before page 1 was applied (the saved cursor was still the start).
  expect(cursorsAtRequest.slice(0, 2)).toEqual([null, null]);
  expect(await b.repos.issues.count()).toBe(20);
  const saved = (await readState(b.db, b.device.workspaceId)).cursor;
  expect(saved).not.toBeNull();
  expect(await b.engine.syncNow()).toMatchObject({ ok: true, pulled: 5 });
  expect(await b.repos.issues.count()).toBe(25);
});
