import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  LOCAL_ONLY_META_KEYS,
  NOT_BACKED_UP_TABLES,
} from '../../../common/export/backupFormat';
import { SYNCED_TABLES } from '../../../common/records/tables';
import {
  applyBackup,
  createBackup,
  previewRestore,
  readBackup,
  restoreBackup,
  type BackupRecordCounts,
} from './backup';
import { seededDb, snapshot } from './backup.testkit';
import { KyosoDb } from './db';
import { loadDevice } from './device';
import { createRepositories } from './repositories';

const opened: KyosoDb[] = [];
const track = (db: KyosoDb) => (opened.push(db), db);
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const name = () => `backup-${crypto.randomUUID()}`;
const backupOf = (db: KyosoDb) => createBackup(db, { appVersion: '0.1.0' });

/**
 * The snapshot minus what a backup deliberately does not restore (secrets, this install's node id,
 * the sync identity in `syncState`).
 */
async function portable(db: KyosoDb) {
  const snap = await snapshot(db);
  delete snap.syncState;
  snap.settings = (snap.settings as { key: string }[]).filter((r) => !r.key.startsWith('secret:'));
  snap.meta = (snap.meta as { key: string }[]).filter((r) => !LOCAL_ONLY_META_KEYS.includes(r.key));
  return snap;
}

describe('full backup', () => {
  it('every table of the database is in the backup (a new table must be classified here)', async () => {
    const db = track(new KyosoDb(name()));
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...BACKUP_TABLES, ...NOT_BACKED_UP_TABLES].sort());
  });

  it('backup → wipe → restore gives back an identical database', async () => {
    const dbName = name();
    const { db } = await seededDb(dbName, 4);
    const before = await portable(db);
    const file = await backupOf(db);
    const text = await file.text();
    expect(text).not.toContain('do-not-back-me-up');
    expect(text).not.toContain('"nodeId"');

    await db.delete();
    const fresh = track(new KyosoDb(dbName));
    await fresh.open();
    expect((await snapshot(fresh)).issues).toEqual([]);
    const summary = await restoreBackup(fresh, file);
    expect(summary.workspaceChanged).toBe(false);
    expect(await portable(fresh)).toEqual(before);
    // Tombstones came back as tombstones.
    expect((before.briefs as { deleted: number }[]).filter((r) => r.deleted === 1)).toHaveLength(1);
  });

  it('never restores sync state: a clientId and its mid counter belong to the install that wrote them', async () => {
    const { db } = await seededDb(name());
    track(db);
    const file = await backupOf(db);
    expect(await file.text()).toContain('"cursor":42');
    const fresh = track(new KyosoDb(name()));
    const summary = await restoreBackup(fresh, file);
    expect(summary.written.syncState).toBe(0);
    expect(await fresh.syncState.count()).toBe(0);
    expect(await fresh.outbox.count()).toBe(await db.outbox.count()); // re-planned from mid 1
  });

  it('restoring into a fresh install moves it to the backup workspace and keeps its own node id', async () => {
    const { db } = await seededDb(name());
    track(db);
    const file = await backupOf(db);
    const fresh = track(new KyosoDb(name()));
    const device = await loadDevice(fresh);
    const summary = await restoreBackup(fresh, file);
    expect(summary.workspaceChanged).toBe(true);
    expect((await fresh.meta.get('nodeId'))?.value).toBe(device.nodeId);
    expect((await fresh.meta.get('workspaceId'))?.value).toBe((await db.meta.get('workspaceId'))?.value);
    const reloaded = createRepositories(fresh, await loadDevice(fresh));
    expect(await reloaded.issues.count()).toBe(2); // 3 created, 1 tombstoned
  });

  it('restoring the same backup twice creates no duplicates and changes nothing the second time', async () => {
    const { db } = await seededDb(name());
    track(db);
    const file = await backupOf(db);
    const other = await seededDb(name(), 2);
    track(other.db);
    const first = await restoreBackup(other.db, file);
    expect(first.written.issues).toBe(3);
    const afterFirst = await snapshot(other.db);
    const second = await restoreBackup(other.db, file);
    expect(await snapshot(other.db)).toEqual(afterFirst);
    expect(Object.values(second.written).every((n) => n === 0)).toBe(true);
    // Restoring into the original database is a no-op as well.
    const own = await snapshot(db);
    await restoreBackup(db, file);
    expect(await snapshot(db)).toEqual(own);
  });

  it('a newer local edit survives an older backup; a tombstone is never undone', async () => {
    const { db, repos } = await seededDb(name());
    track(db);
    const [kept, toDelete] = await repos.issues.list();
    const file = await backupOf(db);
    await repos.issues.update(kept!.id, { title: '今日の編集' });
    await repos.issues.remove(toDelete!.id);
    await restoreBackup(db, file);
    expect((await repos.issues.get(kept!.id))?.title).toBe('今日の編集');
    expect(await repos.issues.get(toDelete!.id)).toBeUndefined();

    // And the other way round: a backup that holds newer values wins field by field.
    const newer = await backupOf(db);
    const old = track(new KyosoDb(name()));
    await applyBackup(old, await readBackup(file));
    await applyBackup(old, await readBackup(newer));
    const restored = (await old.records('issues').get(kept!.id))!;
    expect(restored.title).toBe('今日の編集');
    expect((await old.records('issues').get(toDelete!.id))!.deleted).toBe(1);
  });

  it('counts the live records of each kind it saved (deleted ones are saved, not counted)', async () => {
    const { db } = await seededDb(name(), 3);
    track(db);
    let records: BackupRecordCounts = {};
    const text = await (await createBackup(db, { appVersion: 't', onRecords: (c) => (records = c) })).text();
    expect(records).toEqual(Object.fromEntries(SYNCED_TABLES.map((table) => [table, 2])));
    expect(text).toContain('同期しました（3件）'); // the log is saved, and not counted as a record
  });

  it('asks before a restore in the same records it counted when saved', async () => {
    const { db } = await seededDb(name(), 3);
    track(db);
    const file = await backupOf(db);
    const here = await previewRestore(db, await readBackup(file));
    expect(here.kinds).toEqual(SYNCED_TABLES.map((table) => ({ table, inFile: 2, alreadyHere: 2 })));
    const fresh = track(new KyosoDb(name()));
    const elsewhere = await previewRestore(fresh, await readBackup(file));
    expect(elsewhere.kinds.map((k) => [k.inFile, k.alreadyHere])).toEqual(SYNCED_TABLES.map(() => [2, 0]));
  });

  it('pages through thousands of rows and reports progress up to the total', async () => {
    const { db } = await seededDb(name(), 1);
    track(db);
    const rows = Array.from({ length: 1234 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      level: 'info' as const,
      message: `ログ ${i}`,
    }));
    await db.syncLog.bulkAdd(rows);
    const exportSteps: number[] = [];
    const file = await createBackup(db, { appVersion: 't', onProgress: (p) => exportSteps.push(p.done) });
    expect(exportSteps.length).toBeGreaterThan(3);
    expect(exportSteps).toEqual([...exportSteps].sort((a, b) => a - b));
    const fresh = track(new KyosoDb(name()));
    const applied: { done: number; total: number }[] = [];
    await restoreBackup(fresh, file, (p) => p.phase === 'apply' && applied.push(p));
    expect(applied.at(-1)!.done).toBe(applied.at(-1)!.total);
    expect(await fresh.syncLog.count()).toBe(1236);
  });

  it('accepts a backup that someone re-formatted as ordinary pretty-printed JSON', async () => {
    const { db } = await seededDb(name());
    track(db);
    const before = await portable(db);
    const pretty = JSON.stringify(JSON.parse(await (await backupOf(db)).text()), null, 2);
    const fresh = track(new KyosoDb(name()));
    await restoreBackup(fresh, new Blob([pretty]));
    expect(await portable(fresh)).toEqual({ ...before, meta: (await portable(fresh)).meta });
    expect(await fresh.records('issues').count()).toBe(3);
  });
});
