/**
 * Regressions: a pull answer with a change this app cannot apply (bad HLC, unknown or local-only
 * table, forbidden field name) used to throw half-way and leave the status on "syncing"; a pulled
 * HLC far in the future used to be adopted by the clock, so every later push was a clock_skew.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import type { SyncStatus } from '../../../renderer/src/sync/status';
import { readState } from '../../../renderer/src/sync/state';
import { unappliedChangesOf } from '../../../renderer/src/data/unappliedChanges';
import type { FetchLike } from '../../../renderer/src/sync/transport';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

const ID = '0190a000-0000-7000-8000-0000000000aa';
const HLC = '2026-01-01T00:00:00.000Z-0000-0123456789abcdef';

/** A client whose pull answers pass through `rewrite` (the first page only). */
async function client(rewrite: (body: { changes: unknown[] }) => void) {
  const server = await fixtures.startServer();
  const srv = server;
  const ws = (await srv.admin('/v1/workspaces', { name: 'pull' })).id!;
  const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name: 'm' })).token!;
  const db = fixtures.track(new KyosoDb(`pull-${crypto.randomUUID()}`));
  const device = await loadDevice(db);
  let tamper = true;
  const fetch: FetchLike = async (url, init) => {
    const res = await srv.fetch(url, init);
    if (!url.includes('/pull') || !tamper) return res;
    const body = (await res.json()) as { changes: unknown[] };
    rewrite(body);
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const statuses: SyncStatus[] = [];
  const engine = new SyncEngine({
    db,
    device,
    getToken: async () => token,
    fetch,
    onStatus: (s) => statuses.push(s),
  });
  await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  return {
    db,
    device,
    engine,
    statuses,
    ws,
    repos: createRepositories(db, device),
    stopTampering: () => (tamper = false),
  };
}

const change = (over: Record<string, unknown>) => ({
  table: 'issues',
  id: ID,
  fields: { title: { value: 't', hlc: HLC } },
  deleted: false,
  deletedHlc: null,
  ...over,
});

describe('pull answers', () => {
  it.each([
    [
      'a malformed HLC',
      change({ fields: { title: { value: 't', hlc: 'yesterday' } } }),
      'not an HLC',
      'title',
    ],
    ['an unknown table', change({ table: 'payments' }), 'unknown table', null],
    ['a local-only table', change({ table: 'syncState' }), 'unknown table', null],
    ['the meta table', change({ table: 'meta' }), 'unknown table', null],
    ['a non-UUID id', change({ id: '../x' }), 'UUID', null],
    [
      'a field name outside the contract',
      change({ fields: { 'bad name': { value: 1, hlc: HLC } } }),
      'not allowed',
      'bad name',
    ],
    ['a bad deletedHlc', change({ deleted: true, deletedHlc: 'x' }), 'deletedHlc', null],
    [
      'a number where text belongs',
      change({ fields: { title: { value: 42, hlc: HLC } } }),
      'expected string',
      'title',
    ],
    [
      'a field named like the envelope',
      change({ fields: { hlc: { value: {}, hlc: HLC } } }),
      'envelope',
      'hlc',
    ],
  ])(
    '%s is kept unapplied and logged; the rest of the page applies and the pull moves on',
    async (_, bad, reason, field) => {
      const c = await client((body) => body.changes.push(bad));
      const good = await c.repos.issues.create(sampleFields('issues', 1));
      const result = await c.engine.syncNow();
      expect(result).toMatchObject({ ok: true });
      expect((await readState(c.db, c.device.workspaceId)).cursor).not.toBeNull();
      expect(await c.repos.issues.get(good.id)).toBeDefined();
      const kept = await unappliedChangesOf(c.db, c.device.workspaceId);
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatchObject({ field, raw: field ? { fields: { [field]: expect.anything() } } : bad });
      expect(kept[0]!.reason).toContain(reason);
      const log = await c.db.syncLog.toArray();
      expect(log.some((r) => (r as { code?: string }).code === 'unapplied')).toBe(true);
      // The same change again on the next pass is not kept twice: the cursor moved past it.
      c.stopTampering();
      expect(await c.engine.syncNow()).toMatchObject({ ok: true });
      expect(await unappliedChangesOf(c.db, c.device.workspaceId)).toHaveLength(1);
    },
  );

  it('a wrong-typed field is kept while the other fields of its record apply', async () => {
    const c = await client((body) =>
      body.changes.push(
        change({ fields: { title: { value: 42, hlc: HLC }, budget: { value: '300万円', hlc: HLC } } }),
      ),
    );
    expect(await c.engine.syncNow()).toMatchObject({ ok: true });
    const row = await c.db.records('issues').get(ID);
    expect(row).toMatchObject({ budget: '300万円' });
    expect(Object.hasOwn(row!, 'title') ? row!.title : undefined).not.toBe(42);
  });

  it('a change kept by an older version is applied after an update, unless the record moved on', async () => {
    const c = await client(() => undefined);
    const older = '2026-01-01T00:00:00.000Z-0000-00000000000000aa';
    const newer = '2026-01-03T00:00:00.000Z-0000-00000000000000aa';
    await c.engine.syncNow();
    await c.db.records('issues').put({
      ...(sampleFields('issues', 3) as unknown as Record<string, unknown>),
      id: ID,
      workspaceId: c.device.workspaceId,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      hlc: { title: newer, budget: older },
      deleted: 0,
      deletedHlc: null,
    } as never);
    await c.db.unappliedChanges.add({
      workspaceId: c.device.workspaceId,
      table: 'issues',
      recordId: ID,
      field: null,
      raw: change({
        fields: { title: { value: 'stale', hlc: HLC }, budget: { value: '新しい予算', hlc: HLC } },
      }),
      reason: 'budget: a kind this version did not know',
      keptAt: '2026-01-02T00:00:00.000Z',
      appVersion: '0.0.0-old',
    });
    expect(await c.engine.syncNow()).toMatchObject({ ok: true });
    expect(await unappliedChangesOf(c.db, c.device.workspaceId)).toEqual([]);
    const row = await c.db.records('issues').get(ID);
    expect(row).toMatchObject({ budget: '新しい予算' }); // newer than what the record held
    expect(row!.title).toBe(sampleFields('issues', 3).title); // the record's newer title stays
    const log = await c.db.syncLog.toArray();
    expect(log.some((r) => (r as { code?: string }).code === 'unappliedApplied')).toBe(true);
  });

  it('a kept change dated far ahead does not revert a value the record holds now (session 16)', async () => {
    const c = await client(() => undefined);
    await c.engine.syncNow();
    await c.db.records('issues').put({
      ...(sampleFields('issues', 3) as unknown as Record<string, unknown>),
      id: ID,
      workspaceId: c.device.workspaceId,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      hlc: { title: '2026-01-03T00:00:00.000Z-0000-00000000000000aa' },
      deleted: 0,
      deletedHlc: null,
    } as never);
    // Kept while a clock ran far ahead; the server has since replaced that title (protocol 1.12).
    const far = '2099-01-01T00:00:00.000Z-0000-00000000000000ff';
    await c.db.unappliedChanges.add({
      workspaceId: c.device.workspaceId,
      table: 'issues',
      recordId: ID,
      field: null,
      raw: change({ fields: { title: { value: 'stale', hlc: far } } }),
      reason: 'a kind this version did not know',
      keptAt: '2026-01-02T00:00:00.000Z',
      appVersion: '0.0.0-old',
    });
    expect(await c.engine.syncNow()).toMatchObject({ ok: true });
    expect((await c.db.records('issues').get(ID))!.title).toBe(sampleFields('issues', 3).title);
  });

  it('an unexpected exception inside a pass ends in an error status, not "syncing" forever', async () => {
    const c = await client(() => undefined);
    await c.repos.issues.create(sampleFields('issues', 1));
    const original = c.db.outbox.where.bind(c.db.outbox);
    c.db.outbox.where = (() => {
      throw new Error('disk on fire');
    }) as unknown as typeof c.db.outbox.where;
    const result = await c.engine.syncNow();
    expect(result).toMatchObject({ ok: false, failure: { kind: 'internal' } });
    expect(JSON.stringify(result)).toContain('disk on fire');
    expect(c.statuses.at(-1)).toMatchObject({ phase: 'error' });
    c.db.outbox.where = original;
    expect(await c.engine.syncNow()).toMatchObject({ ok: true });
  });

  it('a 1,000,000-character text applies with the rest of its page (session 16)', async () => {
    const long = '議'.repeat(1_000_000);
    const noteId = '0190a000-0000-7000-8000-0000000000bb';
    const c = await client((body) =>
      body.changes.push(change({ table: 'notes', id: noteId, fields: { body: { value: long, hlc: HLC } } })),
    );
    const good = await c.repos.issues.create(sampleFields('issues', 1));
    const t0 = performance.now();
    expect(await c.engine.syncNow()).toMatchObject({ ok: true });
    const ms = performance.now() - t0;
    expect((await c.repos.notes.get(noteId))?.body).toHaveLength(1_000_000);
    expect(await c.repos.issues.get(good.id)).toBeDefined();
    expect(await unappliedChangesOf(c.db, c.device.workspaceId)).toHaveLength(0);
    expect(ms).toBeLessThan(10_000);
  });

  it('a far-future HLC does not move the clock past now + 5 min: later pushes still go through', async () => {
    const future = '2099-01-01T00:00:00.000Z-0000-0123456789abcdef';
    const c = await client((body) =>
      body.changes.push(change({ fields: { title: { value: 'x', hlc: future } } })),
    );
    expect(await c.engine.syncNow()).toMatchObject({ ok: true });
    c.stopTampering();
    expect(Date.parse(c.device.clock.lastHlc.slice(0, 24))).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
    const log = await c.db.syncLog.toArray();
    expect(log.some((r) => (r as { code?: string }).code === 'futureHlc')).toBe(true);
    await c.repos.issues.create(sampleFields('issues', 2));
    expect(await c.engine.syncNow()).toMatchObject({ ok: true, pushed: 1 });
  });
});
