/**
 * Regression: the server stores every field name the contract allows, `constructor` and
 * `prototype` included, and the client used to refuse a whole pull page for them — one push by a
 * third-party client stopped every device's pulls for good (a delete did not help: tombstones keep
 * their fields). Every allowed name now syncs, survives a backup, and never stalls a pull.
 */
import { describe, expect, it } from 'vitest';
import { emptyIssueFields } from '../../../common/records/defaults';
import { createBackup, restoreBackup } from '../../../renderer/src/data/backup';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { unappliedChangesOf } from '../../../renderer/src/data/unappliedChanges';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();
const ID = '0190a000-0000-7000-8000-0000000000cc';
const hlc = (n: number) => `${new Date(Date.now() - 60_000 + n).toISOString()}-0000-00000000000000ee`;

describe('field names from other clients', () => {
  it('constructor, prototype and toString sync to every device, also once the record is deleted', async () => {
    const server = await fixtures.startServer();
    const ws = (await server.admin('/v1/workspaces', { name: 'poison' })).id!;
    const third = (await server.admin(`/v1/workspaces/${ws}/members`, { name: 'third party' })).token!;
    const push = async (mid: number, ops: unknown[]) => {
      const res = await server.fetch(`http://server/v1/workspaces/${ws}/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${third}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          protocol: 1,
          clientId: '0190a000-0000-4000-8000-0000000000dd',
          mutations: [{ mid, ops }],
        }),
      });
      expect(res.status).toBe(200);
    };
    const set = (field: string, value: unknown, n: number) => ({
      op: 'set',
      table: 'issues',
      id: ID,
      field,
      value,
      hlc: hlc(n),
    });
    await push(1, [
      set('title', '第三者クライアントの課題', 1),
      set('constructor', 'x', 2),
      set('prototype', { a: 1 }, 3),
      set('toString', 7, 4),
    ]);

    const token = (await server.admin(`/v1/workspaces/${ws}/members`, { name: 'me' })).token!;
    const db = fixtures.track(new KyosoDb(`poison-names-${crypto.randomUUID()}`));
    const device = await loadDevice(db);
    const engine = new SyncEngine({ db, device, getToken: async () => token, fetch: server.fetch });
    await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    expect(await engine.syncNow()).toMatchObject({ ok: true, pulled: 1 });
    const row = (await db.records('issues').get(ID)) as unknown as Record<string, unknown>;
    expect(row.title).toBe('第三者クライアントの課題');
    expect(Object.hasOwn(row, 'constructor') && row.constructor).toBe('x');
    expect(row.prototype).toEqual({ a: 1 });
    expect(Object.hasOwn(row, 'toString') && row.toString).toBe(7);
    expect(await unappliedChangesOf(db, device.workspaceId)).toEqual([]);

    // The tombstone keeps its fields; pulls go on, and a colleague's later record still arrives.
    await push(2, [{ op: 'delete', table: 'issues', id: ID, hlc: hlc(5) }]);
    const repos = createRepositories(db, device);
    const mine = await repos.issues.create(emptyIssueFields('後の課題'));
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    expect((await db.records('issues').get(ID))!.deleted).toBe(1);

    // A backup of such a device restores.
    const file = await createBackup(db, { appVersion: '0.1.0' });
    const other = fixtures.track(new KyosoDb(`poison-restore-${crypto.randomUUID()}`));
    await restoreBackup(other, file);
    expect(await other.records('issues').get(mine.id)).toBeDefined();
    expect(((await other.records('issues').get(ID)) as unknown as Record<string, unknown>).prototype).toEqual(
      {
        a: 1,
      },
    );
  });
});
