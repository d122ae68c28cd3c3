/**
 * Every record write lands in the change feed, in the writing transaction, whoever writes it:
 * local edits, a pulled page, a restore, the re-stamping of a binding, and another window.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyIssueFields } from '../../common/records/defaults';
import type { Change } from '../../common/sync/protocol';
import { applyPulledPage } from '../../renderer/src/sync/pull/applyPage';
import { restampLocalWorkspace } from '../../renderer/src/sync/binding/restamp';
import { createBackup, restoreBackup } from '../../renderer/src/data/backup';
import {
  latestChangeSeq,
  pruneChangeFeed,
  changeFeedFloor,
  readChangesSince,
} from '../../renderer/src/data/changeFeed';
import { KyosoDb } from '../../renderer/src/data/db';
import { loadDevice } from '../../renderer/src/data/device';
import { createRepositories } from '../../renderer/src/data/repositories';

const dbs: KyosoDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function open(name = `feed-${crypto.randomUUID()}`) {
  const db = new KyosoDb(name);
  dbs.push(db);
  const device = await loadDevice(db);
  return { db, device, repos: createRepositories(db, device) };
}

const feed = async (db: KyosoDb, after = 0) =>
  (await readChangesSince(db, after)).map((c) => `${c.table}/${c.id}`);

const HLC = '2026-01-02T00:00:00.000Z-0000-00000000000000bb';
const REMOTE_ID = '0190a000-0000-7000-8000-000000000001';

describe('change feed', () => {
  it('records local creates, edits and deletes in order, with increasing sequence numbers', async () => {
    const { db, repos } = await open();
    const a = await repos.issues.create(emptyIssueFields('A'));
    const b = await repos.briefs.create({ issueId: a.id, title: 'B', body: '' });
    await repos.issues.update(a.id, { title: 'A2' });
    await repos.briefs.remove(b.id);
    expect(await feed(db)).toEqual([`issues/${a.id}`, `briefs/${b.id}`, `issues/${a.id}`, `briefs/${b.id}`]);
    const seqs = (await readChangesSince(db, 0)).map((c) => c.seq!);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(await latestChangeSeq(db)).toBe(seqs.at(-1));
    // A consumer that handled the first two resumes from there.
    expect(await feed(db, seqs[1]!)).toEqual([`issues/${a.id}`, `briefs/${b.id}`]);
  });

  it('records pulled records', async () => {
    const { db, device } = await open();
    const change: Change = {
      table: 'notes',
      id: REMOTE_ID,
      fields: { body: { value: '答弁', hlc: HLC } },
      deleted: false,
      deletedHlc: null,
    };
    await applyPulledPage(db, device, device.workspaceId, [change], 'cursor-1', true);
    expect(await feed(db)).toEqual([`notes/${REMOTE_ID}`]);
  });

  it('records restored records', async () => {
    const source = await open();
    const issue = await source.repos.issues.create(emptyIssueFields('バックアップ'));
    const file = await createBackup(source.db, { appVersion: '0.1.0' });
    const target = await open();
    await restoreBackup(target.db, file);
    expect(await feed(target.db)).toContain(`issues/${issue.id}`);
  });

  it('records re-stamped records', async () => {
    const { db, device, repos } = await open();
    const issue = await repos.issues.create(emptyIssueFields('移動'));
    const before = await latestChangeSeq(db);
    await restampLocalWorkspace(db, device.workspaceId, 'server-ws');
    expect(await feed(db, before)).toEqual([`issues/${issue.id}`]);
  });

  it("records another window's writes, readable from this one", async () => {
    const first = await open();
    const second = new KyosoDb(first.db.name);
    const secondRepos = createRepositories(second, await loadDevice(second));
    const issue = await secondRepos.issues.create(emptyIssueFields('別ウィンドウ'));
    second.close();
    expect(await feed(first.db)).toEqual([`issues/${issue.id}`]);
  });

  it('writes nothing to the feed when the writing transaction fails', async () => {
    const { db, repos } = await open();
    await expect(
      db.transaction('rw', [db.records('issues'), db.outbox, db.meta], async () => {
        await repos.issues.create(emptyIssueFields('消える'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await feed(db)).toEqual([]);
    expect(await db.records('issues').count()).toBe(0);
  });

  it('refuses a range delete of a record table (records are tombstoned)', async () => {
    const { db, repos } = await open();
    await repos.issues.create(emptyIssueFields('残る'));
    await expect(db.records('issues').clear()).rejects.toThrow(/tombstoned/);
    expect(await db.records('issues').count()).toBe(1);
  });

  it('prunes old entries and says where the floor is', async () => {
    const { db, repos } = await open();
    for (let i = 0; i < 5; i++) await repos.issues.create(emptyIssueFields(`課題 ${i}`));
    expect(await pruneChangeFeed(db, 2)).toBe(3);
    expect(await changeFeedFloor(db)).toBe(3);
    expect((await readChangesSince(db, 0)).map((c) => c.seq)).toEqual([4, 5]);
  });
});
