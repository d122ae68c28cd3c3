/**
 * Regression (session 15, item 1): the server answers a mutation that would take a record past its
 * size limit with `rejected: record_too_large` (docs/sync-protocol.md 1.6). The app only logged it
 * and dropped the outbox entries: the user never learnt the edit had not synced, and the next pull
 * of that record (after anyone else's edit) would have replaced it without a trace. Now the status
 * names the record and says what to do, the edit's content is kept in a conflict record that syncs,
 * the local record keeps the user's text, and the other records of the same pass sync.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

/** The server's record limit, lowered so the test needs no 64 Mi characters. */
const LIMIT = 20_000;

describe('a record past the server limit (rejected record_too_large)', () => {
  it('names the record on the status line, keeps the edit locally and in a conflict record, syncs the rest', async () => {
    const srv = await fixtures.startServer({ maxRecordChars: LIMIT });
    const ws = (await srv.admin('/v1/workspaces', { name: 'size' })).id!;
    const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name: 'a' })).token!;
    const db = fixtures.track(new KyosoDb(`too-large-${crypto.randomUUID()}`));
    const dev = await loadDevice(db);
    const repos = createRepositories(db, dev);
    const engine = new SyncEngine({ db, device: dev, getToken: async () => token, fetch: srv.fetch });
    await engine.configure({ serverUrl: 'http://server', workspaceId: ws });

    const big = await repos.issues.create({
      ...sampleFields('issues', 1),
      title: '通院の足を確保したい',
      rawText: 'あ'.repeat(12_000),
    });
    const other = await repos.issues.create(sampleFields('issues', 2));
    expect(await engine.syncNow()).toMatchObject({ ok: true });

    // One edit grows the record past the limit; another record changes in the same pass.
    const grown = 'い'.repeat(10_000);
    await repos.issues.update(big.id, { companyText: grown });
    await repos.issues.update(other.id, { title: '別の課題（同じ回に同期）' });
    const result = await engine.syncNow();
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'setAside',
        items: [
          {
            table: 'issues',
            id: big.id,
            fields: ['companyText'],
            name: '通院の足を確保したい',
            code: 'record_too_large',
            synced: true,
          },
        ],
      },
    });
    // Nothing lost locally: the record keeps the user's text, and a conflict record holds it too.
    expect((await repos.issues.get(big.id))?.companyText).toBe(grown);
    const conflicts = await db.table('conflicts').toArray();
    expect(conflicts).toMatchObject([
      { ofTable: 'issues', ofId: big.id, field: 'companyText', text: grown, resolved: false },
    ]);

    // The next pass sends the conflict record and sends nothing again; the status line keeps naming
    // the record until the user settles the kept copy, and is clear from then on.
    expect(await engine.syncNow()).toEqual(result);
    expect(await db.outbox.count()).toBe(0);
    await repos.conflicts.update(conflicts[0]!.id as string, { resolved: true });
    expect(await engine.syncNow()).toMatchObject({ ok: true });

    // Another device sees the other record's edit and the conflict record, and the old text.
    const db2 = fixtures.track(new KyosoDb(`too-large-b-${crypto.randomUUID()}`));
    const dev2 = await loadDevice(db2);
    const token2 = (await srv.admin(`/v1/workspaces/${ws}/members`, { name: 'b' })).token!;
    const engine2 = new SyncEngine({ db: db2, device: dev2, getToken: async () => token2, fetch: srv.fetch });
    await engine2.configure({ serverUrl: 'http://server', workspaceId: ws });
    expect(await engine2.syncNow()).toMatchObject({ ok: true });
    const repos2 = createRepositories(db2, dev2);
    expect((await repos2.issues.get(other.id))?.title).toBe('別の課題（同じ回に同期）');
    expect((await repos2.issues.get(big.id))?.companyText).not.toBe(grown);
    expect(await db2.table('conflicts').toArray()).toMatchObject([{ ofId: big.id, text: grown }]);
  });
});
