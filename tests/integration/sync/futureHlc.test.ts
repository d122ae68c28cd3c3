/**
 * Session 16: a field stamped a year ahead (a device and the server both ran a year fast; the
 * server's clock was then fixed). Another member edits that field with the app: the edit must
 * reach every device — it used to be acknowledged, ignored by "greater HLC wins", and put back
 * to the old value by the next pull, with no trace anywhere.
 */
import { expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();
const YEAR = 365 * 24 * 3600 * 1000;

it("a member's edit of a field stamped a year ahead reaches every device", async () => {
  let serverAhead = YEAR;
  const srv = await fixtures.startServer({ now: () => Date.now() + serverAhead });
  const ws = (await srv.admin('/v1/workspaces', { name: 'future' })).id!;
  const device = async (name: string, wallClock: () => number = Date.now) => {
    const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name })).token!;
    const db = fixtures.track(new KyosoDb(`future-${name}-${crypto.randomUUID()}`));
    const dev = await loadDevice(db, wallClock);
    const engine = new SyncEngine({ db, device: dev, getToken: async () => token, fetch: srv.fetch });
    await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    return { db, engine, repos: createRepositories(db, dev) };
  };

  const fast = await device('fast', () => Date.now() + YEAR);
  const issue = await fast.repos.issues.create(sampleFields('issues', 1));
  expect(await fast.engine.syncNow()).toMatchObject({ ok: true });
  serverAhead = 0; // NTP fixes the server

  const b = await device('b');
  expect(await b.engine.syncNow()).toMatchObject({ ok: true });
  await b.repos.issues.update(issue.id, { title: '更新した件名' });
  expect(await b.engine.syncNow()).toMatchObject({ ok: true });
  expect((await b.repos.issues.get(issue.id))?.title).toBe('更新した件名');

  const c = await device('c');
  expect(await c.engine.syncNow()).toMatchObject({ ok: true });
  expect((await c.repos.issues.get(issue.id))?.title).toBe('更新した件名');
});
