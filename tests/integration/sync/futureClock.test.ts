/**
 * Session 16: a device whose clock ran a year ahead, then was set right (or whose older app
 * version adopted a far-future HLC from a pull). Its persisted HLC clock stayed a year ahead, so
 * every later edit carried a far-future HLC and every push was a 400 clock_skew, for good — while
 * the status told the user to set a clock that was already right.
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

it('a device whose clock was set right again syncs its later edits', async () => {
  const srv = await fixtures.startServer();
  const ws = (await srv.admin('/v1/workspaces', { name: 'clock' })).id!;
  const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name: 'm' })).token!;
  const db = fixtures.track(new KyosoDb(`clock-${crypto.randomUUID()}`));
  const open = async (wallClock: () => number) => {
    const device = await loadDevice(db, wallClock);
    const engine = new SyncEngine({ db, device, getToken: async () => token, fetch: srv.fetch });
    await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    return { engine, repos: createRepositories(db, device) };
  };
  const wrong = await open(() => Date.now() + YEAR);
  const early = await wrong.repos.issues.create(sampleFields('issues', 1));
  await wrong.repos.issues.update(early.id, { rawText: '一\n' });
  expect(await wrong.engine.syncNow()).toMatchObject({ ok: false, failure: { kind: 'clockSkew' } });

  const right = await open(Date.now); // the clock is set right; the app starts again
  const later = await right.repos.issues.create(sampleFields('issues', 2));
  await right.repos.issues.update(early.id, { title: '時計を直した後の件名', rawText: '一\n二\n' });
  expect(await right.engine.syncNow()).toMatchObject({ ok: true });
  expect(await db.outbox.count()).toBe(0);
  const res = await srv.fetch(`http://server/v1/workspaces/${ws}/pull`, {
    method: 'GET',
    headers: { authorization: `Bearer ${token}` },
  });
  type Fields = Record<string, { value: unknown; hlc: string } | undefined>;
  const { changes } = (await res.json()) as { changes: { table: string; id: string; fields: Fields }[] };
  expect(changes.find((c) => c.id === later.id)).toBeDefined();
  const fields = changes.find((c) => c.id === early.id)!.fields;
  expect(fields.title?.value).toBe('時計を直した後の件名');
  expect(fields.rawText?.value).toBe('一\n二\n'); // its base named a re-stamped write: no conflict
  expect(changes.filter((c) => c.table === 'conflicts')).toEqual([]);
  // Every HLC the server holds from this device passes its check again; the log says what happened.
  const limit = Date.now() + 5 * 60_000;
  for (const f of Object.values(fields)) expect(Date.parse(f!.hlc.slice(0, 24))).toBeLessThanOrEqual(limit);
  expect((await db.syncLog.toArray()).some((r) => (r as { code?: string }).code === 'restamped')).toBe(true);
});
