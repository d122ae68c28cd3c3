import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssueFields } from '../../../common/records/types';
import { emptyIssueFields } from '../../../common/records/defaults';
import { HLC_PATTERN } from '../../../common/sync/hlc';
import { KyosoDb } from './db';
import { loadDevice } from './device';
import { createRepositories, type Repositories } from './repositories';
import { RecordNotFoundError } from './repository';
import { createUnsavedEditsRegistry } from './unsavedEdits';

const issue = (over: Partial<IssueFields> = {}): IssueFields => ({
  ...emptyIssueFields('高齢者の移動手段を確保したい'),
  rawText: '本市においては、高齢化の進展に伴い、移動手段の確保が課題となっている。',
  ...over,
});

let db: KyosoDb;
let repos: Repositories;

beforeEach(async () => {
  db = new KyosoDb(`test-${crypto.randomUUID()}`);
  repos = createRepositories(db, await loadDevice(db));
});
afterEach(async () => {
  await db.delete();
});

describe('Repository', () => {
  it('creates a record and its outbox entry together, stamping every field with an HLC', async () => {
    const created = await repos.issues.create(issue());
    expect(await repos.issues.get(created.id)).toEqual(created);
    for (const field of Object.keys(issue())) expect(created.hlc[field]).toMatch(HLC_PATTERN);

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    const ops = outbox[0]!.ops;
    expect(ops.find((o) => o.op === 'text' && o.field === 'rawText')).toMatchObject({ baseHlc: null });
    expect(ops.find((o) => o.op === 'set' && o.field === 'status')).toMatchObject({ value: 'draft' });
  });

  it('updates only the fields that changed, with HLCs greater than before and the old HLC as text base', async () => {
    const created = await repos.issues.create(issue());
    const updated = await repos.issues.update(created.id, {
      title: created.title,
      rawText: '改訂版',
      budget: '500万円',
    });
    expect(updated.rawText).toBe('改訂版');
    expect(updated.hlc.title).toBe(created.hlc.title);
    expect(updated.hlc.rawText! > created.hlc.rawText!).toBe(true);

    const [, entry] = await db.outbox.toArray();
    expect(entry!.ops.map((o) => ('field' in o ? o.field : o.op)).sort()).toEqual(['budget', 'rawText']);
    expect(entry!.ops.find((o) => o.op === 'text')).toMatchObject({ baseHlc: created.hlc.rawText });
  });

  it('modifies from the stored record, so two appends started together both land', async () => {
    const created = await repos.issues.create(issue({ budget: '' }));
    const append = (line: string) =>
      repos.issues.modify(
        created.id,
        (current) => ({ budget: [current.budget, line].filter(Boolean).join('\n') }),
        created,
      );
    await Promise.all([append('国費'), append('市費')]);
    expect((await repos.issues.get(created.id))?.budget).toBe('国費\n市費');
  });

  it('lets a closing window wait for every create, update and remove under way', async () => {
    const registry = createUnsavedEditsRegistry();
    const tracked = createRepositories(db, await loadDevice(db), registry);
    const created = await tracked.issues.create(issue());
    let written = false;
    void Promise.all([
      tracked.issues.update(created.id, { budget: '500万円' }),
      tracked.issues.remove(created.id),
      tracked.issues.create(issue({ title: '二件目' })),
    ]).then(() => (written = true));
    // Nothing else waits for the three writes: the flush resolves only once all are committed.
    await registry.flush();
    expect(written).toBe(true);
    expect(await repos.issues.get(created.id)).toBeUndefined();
    expect((await db.outbox.toArray()).length).toBe(4);
  });

  it('lists the newest changes first, honours the limit and counts only live records', async () => {
    let tick = Date.parse('2026-11-27T09:00:00Z');
    const device = await loadDevice(db);
    const { Repository } = await import('./repository');
    const timed = new Repository(db, 'issues', device, () => new Date((tick += 1000)));
    const a = await timed.create(issue({ title: 'A' }));
    const b = await timed.create(issue({ title: 'B' }));
    const c = await timed.create(issue({ title: 'C' }));
    await timed.update(a.id, { title: 'A2' });
    await timed.remove(b.id);
    expect((await timed.list()).map((r) => r.title)).toEqual(['A2', 'C']);
    expect((await timed.list(1)).map((r) => r.id)).toEqual([a.id]);
    expect(await timed.count()).toBe(2);
    expect(c.workspaceId).toBe(device.workspaceId);
  });

  it('writes nothing for an update that changes nothing', async () => {
    const created = await repos.issues.create(issue());
    await repos.issues.update(created.id, { title: created.title });
    expect(await db.outbox.count()).toBe(1);
  });

  it('tombstones on remove: the record leaves lists but stays stored with a delete op queued', async () => {
    const a = await repos.issues.create(issue());
    const b = await repos.issues.create(issue({ title: '別の課題' }));
    await repos.issues.remove(a.id);
    expect((await repos.issues.list()).map((r) => r.id)).toEqual([b.id]);
    expect(await db.records('issues').get(a.id)).toMatchObject({ deleted: 1 });
    expect((await db.outbox.toArray()).at(-1)!.ops).toEqual([
      expect.objectContaining({ op: 'delete', id: a.id }),
    ]);
    await expect(repos.issues.update(a.id, { title: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('leaves neither the record nor the outbox entry when the write fails', async () => {
    const created = await repos.issues.create(issue());
    await expect(repos.issues.create(issue(), created.id)).rejects.toThrow();
    expect(await db.outbox.count()).toBe(1);

    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(repos.issues.create(issue({ title: '失敗する' }))).rejects.toThrow('disk full');
    await expect(repos.issues.update(created.id, { title: '変更' })).rejects.toThrow('disk full');
    expect(await repos.issues.list()).toHaveLength(1);
    expect((await repos.issues.get(created.id))!.title).toBe(created.title);
  });

  it('keeps the clock monotonic across a restart, even if the wall clock went back', async () => {
    const first = await repos.issues.create(issue());
    const reopened = new KyosoDb(db.name);
    const device = await loadDevice(reopened, () => Date.parse('2001-01-01T00:00:00Z'));
    const again = await createRepositories(reopened, device).issues.update(first.id, { title: '再開後' });
    expect(again.hlc.title! > first.hlc.rawText!).toBe(true);
    reopened.close();
  });
});

describe('schema migrations', () => {
  it('opens data written by schema version 1 and backfills the tombstone fields', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    const { applySchema } = await import('./schema');
    applySchema(old, 1);
    await old.open();
    await old
      .table('issues')
      .add({ id: 'a', workspaceId: 'w', updatedAt: '2026-01-01', title: '旧データ', status: 'draft' });
    old.close();

    const upgraded = new KyosoDb(name);
    const row = await upgraded.records('issues').get('a');
    expect(row).toMatchObject({ title: '旧データ', deleted: 0, deletedHlc: null, hlc: {} });
    expect(await upgraded.records('issues').where({ workspaceId: 'w', deleted: 0 }).count()).toBe(1);
    expect(await upgraded.syncLog.count()).toBe(0);
    await upgraded.delete();
  });

  it('answers workspace queries from the compound index once the single-field indexes are gone (v4)', async () => {
    const name = `v3-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    const { applySchema } = await import('./schema');
    applySchema(old, 3);
    await old.open();
    const row = (id: string, workspaceId: string, deleted: number, updatedAt: string) => ({
      id,
      workspaceId,
      deleted,
      deletedHlc: null,
      hlc: {},
      updatedAt,
      title: id,
    });
    await old
      .table('issues')
      .bulkAdd([
        row('a', 'w', 0, '2026-01-01'),
        row('b', 'w', 1, '2026-01-02'),
        row('c', 'x', 0, '2026-01-03'),
      ]);
    old.close();

    const upgraded = new KyosoDb(name);
    await upgraded.open();
    const indexes = upgraded.records('issues').schema.indexes.map((i) => i.name);
    expect(indexes).toEqual(['[workspaceId+deleted+updatedAt]']);
    const all = upgraded.inWorkspace('issues', 'w');
    expect(await all.primaryKeys()).toEqual(['a', 'b']);
    expect(await upgraded.records('issues').where({ workspaceId: 'w', deleted: 0 }).primaryKeys()).toEqual([
      'a',
    ]);
    await upgraded.delete();
  });
});
