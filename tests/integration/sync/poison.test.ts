/**
 * Regressions: one mutation the server can never accept (413 too_large, 400 malformed) blocked
 * every later mutation forever (mids are consecutive). It is now bisected out, its content kept in
 * a conflict record, and the status says which record could not be synced and why.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { sampleFields } from '../../../renderer/src/data/backup.testkit';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { bodyText } from '../../support/sync/inProcessServer';
import type { FetchLike } from '../../../renderer/src/sync/transport';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

/** The server refuses any push whose body matches `poison` (as it would a 30 MB body or a bad value). */
async function setup(poison: RegExp, status: 400 | 413) {
  const server = await fixtures.startServer();
  const srv = server;
  const ws = (await srv.admin('/v1/workspaces', { name: 'poison' })).id!;
  const make = async (name: string, guarded: boolean) => {
    const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name })).token!;
    const db = fixtures.track(new KyosoDb(`poison-${name}-${crypto.randomUUID()}`));
    const device = await loadDevice(db);
    let pushes = 0;
    const fetch: FetchLike = async (url, init) => {
      if (url.includes('/push')) pushes++;
      if (guarded && url.includes('/push') && init.body && poison.test(await bodyText(init.body))) {
        const code = status === 413 ? 'too_large' : 'malformed';
        return new Response(JSON.stringify({ error: { code, message: 'refused' } }), { status });
      }
      return srv.fetch(url, init);
    };
    const engine = new SyncEngine({ db, device, getToken: async () => token, fetch });
    await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    return { db, engine, repos: createRepositories(db, device), pushes: () => pushes };
  };
  return { a: await make('a', true), b: await make('b', false) };
}

describe('a mutation the server can never accept', () => {
  it('413: is set aside locally with a trace; every other change still syncs', async () => {
    const { a, b } = await setup(/HUGE-PASTE/, 413);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await a.repos.issues.create(sampleFields('issues', i))).id);
    await a.repos.issues.update(ids[3]!, { rawText: 'HUGE-PASTE' });
    await a.repos.issues.update(ids[5]!, { budget: 'after the paste' });
    const result = await a.engine.syncNow();
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'setAside',
        items: [
          {
            table: 'issues',
            id: ids[3],
            fields: ['rawText'],
            name: sampleFields('issues', 3).title,
            code: 'too_large',
            synced: false,
          },
        ],
      },
    });
    expect(await a.db.outbox.count()).toBe(0);
    // The record converges to the server's version (as on every other device); the refused text
    // is in a conflict record kept on this device only, for the user to shorten and paste again.
    expect((await a.repos.issues.get(ids[3]!))!.rawText).toBe(sampleFields('issues', 3).rawText);
    const kept = (await a.repos.conflicts.list()).filter((c) => c.ofId === ids[3]);
    expect(kept.map((c) => [c.field, c.text, c.resolved])).toEqual([['rawText', 'HUGE-PASTE', false]]);
    const log = await a.db.syncLog.toArray();
    expect(log.some((r) => (r as { code?: string }).code === 'setAside' && r.message.includes(ids[3]!))).toBe(
      true,
    );
    // Everything else reached the server.
    expect(await b.engine.syncNow()).toMatchObject({ ok: true });
    expect(await b.repos.issues.count()).toBe(7);
    expect((await b.repos.issues.get(ids[5]!))!.budget).toBe('after the paste');
    expect((await b.repos.issues.get(ids[3]!))!.rawText).toBe(sampleFields('issues', 3).rawText);
    expect(await b.repos.conflicts.count()).toBe(0);
    // Nothing is stuck; the status line keeps naming the kept change until the user settles it.
    expect(await a.engine.syncNow()).toEqual(result);
    expect(await a.db.outbox.count()).toBe(0);
    await a.repos.conflicts.update(kept[0]!.id, { resolved: true });
    expect(await a.engine.syncNow()).toMatchObject({ ok: true });
  });

  it('400: the refused value becomes a conflict record that syncs', async () => {
    const { a, b } = await setup(/"field":"budget","value":"BAD"/, 400);
    const x = await a.repos.issues.create(sampleFields('issues', 1));
    const y = await a.repos.issues.create(sampleFields('issues', 2));
    await a.repos.issues.update(x.id, { budget: 'BAD' });
    await a.repos.issues.update(y.id, { budget: 'fine' });
    const result = await a.engine.syncNow();
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'setAside', items: [{ table: 'issues', id: x.id, fields: ['budget'], synced: true }] },
    });
    expect(await a.db.outbox.count()).toBe(0);
    expect(await b.engine.syncNow()).toMatchObject({ ok: true });
    expect((await b.repos.issues.get(y.id))!.budget).toBe('fine');
    const conflicts = (await b.repos.conflicts.list()).filter((c) => c.ofId === x.id);
    expect(conflicts.map((c) => [c.field, c.text])).toEqual([['budget', 'BAD']]);
  });
});
