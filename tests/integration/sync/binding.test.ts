/** Binding a device to a server workspace: in place on first sync, and restores that land in the right copy. */
import { expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { createBackup, restoreBackup } from '../../../renderer/src/data/backup';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

async function setup() {
  const server = await fixtures.startServer();
  const srv = server;
  const ws = (await srv.admin('/v1/workspaces', { name: 'binding' })).id!;
  /** `before`: what happens to the database before the app starts on it (a restore). */
  const open = async (name: string, before?: (db: KyosoDb) => Promise<unknown>) => {
    const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name })).token!;
    const db = fixtures.track(new KyosoDb(`binding-${name}-${crypto.randomUUID()}`));
    await before?.(db);
    const device = await loadDevice(db);
    const engine = new SyncEngine({ db, device, getToken: async () => token, fetch: srv.fetch });
    return { db, device, engine, repos: createRepositories(db, device) };
  };
  return { ws, open, srv };
}

it('a device that never synced is bound in place: no record or outbox entry is rewritten, all of it arrives', async () => {
  const { ws, open } = await setup();
  const a = await open('a');
  const local = a.device.workspaceId;
  for (let i = 0; i < 5; i++) await a.repos.issues.create(sampleFields('issues', i));
  const records = await a.db.records('issues').toArray();
  const outbox = await a.db.outbox.toArray();

  await a.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(a.device.workspaceId).toBe(local);
  expect(await a.db.records('issues').toArray()).toEqual(records);
  expect(await a.db.outbox.toArray()).toEqual(outbox);
  expect(await a.engine.syncNow()).toMatchObject({ ok: true, pushed: 5 });

  const b = await open('b');
  await b.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await b.engine.syncNow()).toMatchObject({ ok: true });
  expect((await b.repos.issues.list()).map((r) => r.title).sort()).toEqual(
    records.map((r) => r.title).sort(),
  );
  // Edits keep flowing both ways under the two devices' own local ids.
  await b.repos.issues.update(records[0]!.id, { budget: '120万円' });
  expect(await b.engine.syncNow()).toMatchObject({ ok: true });
  expect(await a.engine.syncNow()).toMatchObject({ ok: true });
  expect((await a.repos.issues.get(records[0]!.id))!.budget).toBe('120万円');
});

it('a backup restored on a device that already syncs the same workspace lands in its copy, and its pending edits are sent', async () => {
  const { ws, open } = await setup();
  const a = await open('old-laptop');
  const issue = await a.repos.issues.create(sampleFields('issues', 1));
  await a.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await a.engine.syncNow()).toMatchObject({ ok: true });
  await a.repos.issues.update(issue.id, { schedule: '来年度' }); // not synced before the laptop died
  const backup = await createBackup(a.db, { appVersion: 't' });

  const c = await open('new-laptop');
  await c.repos.issues.create(sampleFields('issues', 2));
  await c.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await c.engine.syncNow()).toMatchObject({ ok: true });
  const cLocal = c.device.workspaceId;
  expect(cLocal).not.toBe(a.device.workspaceId);

  const summary = await restoreBackup(c.db, backup);
  expect(summary.workspaceChanged).toBe(false);
  expect((await c.db.meta.get('workspaceId'))!.value).toBe(cLocal);
  const restored = (await c.db.records('issues').get(issue.id))!;
  expect(restored.workspaceId).toBe(cLocal);
  expect((await c.db.outbox.toArray()).every((e) => e.workspaceId === cLocal)).toBe(true);

  expect(await c.engine.syncNow()).toMatchObject({ ok: true });
  const b = await open('colleague');
  await b.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await b.engine.syncNow()).toMatchObject({ ok: true });
  expect((await b.repos.issues.get(issue.id))!.schedule).toBe('来年度');
  expect(await b.repos.issues.count()).toBe(2);
  expect(await b.repos.conflicts.count()).toBe(0);
});

it('switching to another server workspace and back shows each one’s records, and nothing is lost', async () => {
  const { ws, open, srv } = await setup();
  const other = (await srv.admin('/v1/workspaces', { name: 'other' })).id!;
  const token = (await srv.admin(`/v1/workspaces/${other}/members`, { name: 'a2' })).token!;
  const a = await open('a');
  const first = await a.repos.issues.create(sampleFields('issues', 1));
  await a.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await a.engine.syncNow()).toMatchObject({ ok: true });

  const engine2 = new SyncEngine({
    db: a.db,
    device: a.device,
    getToken: async () => token,
    fetch: srv.fetch,
  });
  await engine2.configure({ serverUrl: 'http://server', workspaceId: other });
  expect(a.device.workspaceId).toBe(other);
  expect(await a.repos.issues.count()).toBe(0);
  await a.repos.issues.create(sampleFields('issues', 2));
  expect(await engine2.syncNow()).toMatchObject({ ok: true, pushed: 1 });

  await a.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect((await a.repos.issues.list()).map((r) => r.id)).toEqual([first.id]);
});

it('a backup made before the first sync, restored on a new device that joins the workspace, makes no conflict', async () => {
  // Session 15: the new device uploads every field of every record (a never-synced workspace), each
  // text field with a null base; the server made each identical text a conflict record for the team.
  const { ws, open } = await setup();
  const a = await open('old-laptop');
  for (let i = 0; i < 3; i++) await a.repos.issues.create(sampleFields('issues', i));
  const backup = await createBackup(a.db, { appVersion: 't' });
  await a.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await a.engine.syncNow()).toMatchObject({ ok: true, pushed: 3 });

  const c = await open('new-laptop', (db) => restoreBackup(db, backup));
  await c.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await c.engine.syncNow()).toMatchObject({ ok: true });
  expect(await c.db.outbox.count()).toBe(0);
  expect(await c.repos.conflicts.count()).toBe(0);
  const b = await open('colleague');
  await b.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await b.engine.syncNow()).toMatchObject({ ok: true });
  expect(await b.repos.issues.count()).toBe(3);
  expect(await b.repos.conflicts.count()).toBe(0);
  // And the new device's next edit of a text field merges as usual.
  const [first] = await c.repos.issues.list();
  await c.repos.issues.update(first!.id, { rawText: `${first!.rawText}\n追記` });
  expect(await c.engine.syncNow()).toMatchObject({ ok: true });
  expect(await b.engine.syncNow()).toMatchObject({ ok: true });
  expect((await b.repos.issues.get(first!.id))!.rawText).toBe(`${first!.rawText}\n追記`);
  expect(await b.repos.conflicts.count()).toBe(0);
});
