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
    ['a malformed HLC', change({ fields: { title: { value: 't', hlc: 'yesterday' } } }), 'not an HLC'],
    ['an unknown table', change({ table: 'payments' }), 'unknown table'],
    ['a local-only table', change({ table: 'syncState' }), 'unknown table'],
    ['the meta table', change({ table: 'meta' }), 'unknown table'],
    ['a non-UUID id', change({ id: '../x' }), 'UUID'],
    ['a forbidden field name', change({ fields: { 'bad name': { value: 1, hlc: HLC } } }), 'not allowed'],
    ['a bad deletedHlc', change({ deleted: true, deletedHlc: 'x' }), 'deletedHlc'],
  ])('%s fails the pass with an actionable error; nothing of the page is applied', async (_, bad, text) => {
    const c = await client((body) => body.changes.push(bad));
    const result = await c.engine.syncNow();
    expect(result).toMatchObject({ ok: false, failure: { kind: 'rejected', code: 'malformed' } });
    expect(JSON.stringify(result)).toContain(text);
    expect(c.statuses.at(-1)).toMatchObject({ phase: 'error' });
    expect((await readState(c.db, c.ws)).cursor).toBeNull();
    expect(await c.db.meta.get('nonexistent')).toBeUndefined();
  });

  it('an unexpected exception inside a pass ends in an error status, not "syncing" forever', async () => {
    const c = await client(() => undefined);
    await c.repos.issues.create(sampleFields('issues', 1));
    const original = c.db.outbox.where.bind(c.db.outbox);
    c.db.outbox.where = (() => {
      throw new Error('disk on fire');
    }) as unknown as typeof c.db.outbox.where;
    const result = await c.engine.syncNow();
    expect(result).toMatchObject({ ok: false, failure: { code: 'internal' } });
    expect(JSON.stringify(result)).toContain('disk on fire');
    expect(c.statuses.at(-1)).toMatchObject({ phase: 'error' });
    c.db.outbox.where = original;
    expect(await c.engine.syncNow()).toMatchObject({ ok: true });
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
