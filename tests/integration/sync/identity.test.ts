/**
 * Regressions: a sync identity (clientId + mid counter) must never be shared by two installs.
 * A backup carries the sync state of the machine it came from; restoring it elsewhere (or after a
 * reinstall) used to reuse that clientId, and the server took every new mid as an old replay.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { createBackup, restoreBackup } from '../../../renderer/src/data/backup';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { readState, writeState } from '../../../renderer/src/sync/state';
import { syncFixtures } from '../../support/sync/fixtures';
import type { InProcessServer } from '../../support/sync/inProcessServer';

const fixtures = syncFixtures();

async function open(name: string) {
  const db = fixtures.track(new KyosoDb(`identity-${name}-${crypto.randomUUID()}`));
  const device = await loadDevice(db);
  return { db, device, repos: createRepositories(db, device) };
}

async function workspace() {
  const server = await fixtures.startServer();
  const ws = (await server.admin('/v1/workspaces', { name: 'identity' })).id!;
  const token = (await server.admin(`/v1/workspaces/${ws}/members`, { name: 'sato' })).token!;
  return { ws, token, srv: server };
}

function engineOf(
  c: Awaited<ReturnType<typeof open>>,
  srv: InProcessServer,
  token: string,
  ws: string,
): Promise<SyncEngine> {
  const engine = new SyncEngine({
    db: c.db,
    device: c.device,
    getToken: async () => token,
    fetch: srv.fetch,
  });
  return engine.configure({ serverUrl: 'http://server', workspaceId: ws }).then(() => engine);
}

describe('sync identity', () => {
  it('a device restoring another laptop’s backup gets its own client id: its edits reach the server', async () => {
    const { ws, token, srv } = await workspace();
    const a = await open('a');
    const engineA = await engineOf(a, srv, token, ws);
    const issue = await a.repos.issues.create(sampleFields('issues', 1));
    expect(await engineA.syncNow()).toMatchObject({ ok: true });
    const backup = await createBackup(a.db, { appVersion: 't' });
    await a.repos.issues.update(issue.id, { title: 'edit 2' });
    await a.repos.issues.update(issue.id, { schedule: 'edit 3' });
    expect(await engineA.syncNow()).toMatchObject({ ok: true });

    const b = await open('b');
    await restoreBackup(b.db, backup);
    const bDevice = await loadDevice(b.db);
    const bRepos = createRepositories(b.db, bDevice);
    const engineB = await engineOf({ db: b.db, device: bDevice, repos: bRepos }, srv, token, ws);
    expect((await readState(b.db, bDevice.workspaceId)).clientId).not.toBe(
      (await readState(a.db, a.device.workspaceId)).clientId,
    );
    await bRepos.issues.update(issue.id, { budget: '300万円' });
    expect(await engineB.syncNow()).toMatchObject({ ok: true });
    expect(await engineA.syncNow()).toMatchObject({ ok: true });
    expect((await a.repos.issues.get(issue.id))!.budget).toBe('300万円');
  });

  it('a backup’s clock far in the future does not move this device’s clock past now + 5 min', async () => {
    const a = await open('clock');
    await a.repos.issues.create(sampleFields('issues', 1));
    await a.db.meta.put({ key: 'lastHlc', value: '2099-01-01T00:00:00.000Z-0000-0123456789abcdef' });
    const backup = await createBackup(a.db, { appVersion: 't' });
    const b = await open('clock-b');
    await restoreBackup(b.db, backup);
    const last = (await b.db.meta.get('lastHlc'))!.value as string;
    expect(Date.parse(last.slice(0, 24))).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
  });

  it('a server whose counter is ahead of every mid this client sent: a new client id, nothing dropped', async () => {
    const { ws, token, srv } = await workspace();
    const a = await open('gap');
    const engineA = await engineOf(a, srv, token, ws);
    const issue = await a.repos.issues.create(sampleFields('issues', 1));
    expect(await engineA.syncNow()).toMatchObject({ ok: true });
    // Another install pushed mids 2..5 under this client id (shared identity).
    const twin = await open('twin');
    const twinEngine = await engineOf(twin, srv, token, ws);
    const shared = await readState(a.db, a.device.workspaceId);
    await writeState(twin.db, {
      ...(await readState(twin.db, twin.device.workspaceId)),
      clientId: shared.clientId,
      lastMutationId: 1,
    });
    for (let i = 0; i < 4; i++) {
      await twin.repos.issues.create(sampleFields('issues', 10 + i));
      expect(await twinEngine.syncNow()).toMatchObject({ ok: true });
    }
    // A's next edits are mids 2 and 3: the server would call them replays.
    await a.repos.issues.update(issue.id, { budget: 'A1' });
    await a.repos.issues.update(issue.id, { schedule: 'A2' });
    expect(await engineA.syncNow()).toMatchObject({ ok: true });
    expect((await readState(a.db, a.device.workspaceId)).clientId).not.toBe(shared.clientId);
    expect(await twinEngine.syncNow()).toMatchObject({ ok: true });
    const seen = (await twin.repos.issues.get(issue.id))!;
    expect([seen.budget, seen.schedule]).toEqual(['A1', 'A2']);
    const log = await a.db.syncLog.toArray();
    expect(log.some((r) => (r as { code?: string }).code === 'newClient')).toBe(true);
  });
});

describe('first connection to a server', () => {
  it('a record restored from a backup and edited once is uploaded whole, not just the edited field', async () => {
    const { ws, token, srv } = await workspace();
    // A device that never synced makes a backup; its outbox is then empty (e.g. cleared by export
    // tooling or a device that restored the records without their outbox).
    const old = await open('old');
    const issue = await old.repos.issues.create(sampleFields('issues', 1));
    await old.db.outbox.clear();
    const backup = await createBackup(old.db, { appVersion: 't' });
    const b = await open('restored');
    await restoreBackup(b.db, backup);
    const device = await loadDevice(b.db);
    const repos = createRepositories(b.db, device);
    await repos.issues.update(issue.id, { budget: '50万円' });
    const engine = await engineOf({ db: b.db, device, repos }, srv, token, ws);
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    const c = await open('colleague');
    const engineC = await engineOf(c, srv, token, ws);
    expect(await engineC.syncNow()).toMatchObject({ ok: true });
    const seen = (await c.repos.issues.get(issue.id))!;
    expect(seen.budget).toBe('50万円');
    expect(seen.title).toBe(sampleFields('issues', 1).title);
    expect(seen.rawText).toBe(sampleFields('issues', 1).rawText);
    expect(await c.repos.conflicts.count()).toBe(0);
  });
});
