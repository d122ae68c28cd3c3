/**
 * A member whose token the admin revoked (rotate-token or remove-member, hardening issue item 5):
 * sync stops with the plain 401 message, and nothing queued on the device is lost — once the
 * user enters the new token, the changes made meanwhile are sent.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { sync as ja } from '../../../renderer/src/i18n/ja/sync';
import { sync as en } from '../../../renderer/src/i18n/en/sync';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

describe('a revoked member token', () => {
  it('stops sync with the 401 status and keeps the outbox until a new token is entered', async () => {
    const srv = await fixtures.startServer();
    const ws = (await srv.admin('/v1/workspaces', { name: 'revoke' })).id!;
    const { memberId, token: first } = await srv.admin(`/v1/workspaces/${ws}/members`, { name: '佐藤' });
    const db = fixtures.track(new KyosoDb(`revoked-${crypto.randomUUID()}`));
    const device = await loadDevice(db);
    let token = first!;
    const engine = new SyncEngine({ db, device, getToken: async () => token, fetch: srv.fetch });
    await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    const repos = createRepositories(db, device);
    await repos.issues.create(sampleFields('issues', 1));
    expect(await engine.syncNow()).toMatchObject({ ok: true });

    const rotated = await srv.admin(`/v1/workspaces/${ws}/members/${memberId}/token`, {});
    const edited = await repos.issues.create(sampleFields('issues', 2));
    const queued = await db.outbox.count();
    expect(queued).toBeGreaterThan(0);
    expect(await engine.syncNow()).toEqual({ ok: false, failure: { kind: 'unauthorized' } });
    expect(await db.outbox.count()).toBe(queued);

    token = rotated.token!;
    expect(await engine.syncNow()).toMatchObject({ ok: true, pushed: queued });
    expect(await db.outbox.count()).toBe(0);
    expect((await repos.issues.get(edited.id))?.title).toBe(sampleFields('issues', 2).title);
  });

  it('says plainly that the token was revoked and the changes are kept', () => {
    expect(ja.error.unauthorized).toContain('取り消');
    expect(ja.error.unauthorized).toContain('変更はこの端末に残っています');
    expect(en.error.unauthorized).toContain('revoked');
    expect(en.error.unauthorized).toContain('kept on this device');
  });
});
