/**
 * Regressions found by the seeded convergence test (seeds 18 and 35 of the first deterministic
 * sweep): an edit made while a sync pass is between its push and its pull must lose nothing.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { updateFromBase } from '../../../renderer/src/data/editFromBase';
import { createRepositories, type Repositories } from '../../../renderer/src/data/repositories';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import type { FetchLike } from '../../../renderer/src/sync/transport';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();

interface Client {
  db: KyosoDb;
  repos: Repositories;
  engine: SyncEngine;
  /** Runs once before the next pull request reaches the server. */
  beforePull: (() => Promise<void>) | null;
}

async function setup(count: number): Promise<Client[]> {
  const server = await fixtures.startServer();
  const srv = server;
  const ws = (await srv.admin('/v1/workspaces', { name: 'races' })).id!;
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const db = fixtures.track(new KyosoDb(`races-${i}-${crypto.randomUUID()}`));
    const device = await loadDevice(db);
    const token = (await srv.admin(`/v1/workspaces/${ws}/members`, { name: `m${i}` })).token!;
    const client: Client = { db, repos: createRepositories(db, device), beforePull: null } as Client;
    const fetch: FetchLike = async (url, init) => {
      const hook = client.beforePull;
      if (url.includes('/pull') && hook) {
        client.beforePull = null;
        await hook();
      }
      return srv.fetch(url, init);
    };
    client.engine = new SyncEngine({ db, device, getToken: async () => token, fetch });
    await client.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    clients.push(client);
  }
  return clients;
}

const ok = async (c: Client) => expect(await c.engine.syncNow()).toMatchObject({ ok: true });

describe('edits racing a sync pass', () => {
  it('an acknowledged edit is not replaced by an older held state before the pull', async () => {
    const [a] = await setup(1);
    const note = await a!.repos.briefs.create({ issueId: '', title: 't', body: 'one\n' });
    await ok(a!);
    // Edit A is pushed; before that pass pulls (and gets A back), edit B is saved: A is held for B.
    await a!.repos.briefs.update(note.id, { body: 'one\nA\n' });
    a!.beforePull = async () => void (await a!.repos.briefs.update(note.id, { body: 'one\nA\nB\n' }));
    await ok(a!);
    expect((await a!.repos.briefs.get(note.id))!.body).toBe('one\nA\nB\n');
    // B is acknowledged; between that push and its pull the record must still show B (it used to
    // show the held A, and an edit made then started from A).
    let seenBetween: string | undefined;
    a!.beforePull = async () => void (seenBetween = (await a!.repos.briefs.get(note.id))!.body);
    await ok(a!);
    expect(seenBetween).toBe('one\nA\nB\n');
    expect((await a!.repos.briefs.get(note.id))!.body).toBe('one\nA\nB\n');
  });

  it('a text computed from a read before a pull merges with the pulled version', async () => {
    const [a, b] = await setup(2);
    const note = await a!.repos.briefs.create({ issueId: '', title: 't', body: 'one\ntwo\nthree\n' });
    await ok(a!);
    await ok(b!);
    await b!.repos.briefs.update(note.id, { body: 'one\ntwo\nthree\nfrom b\n' });
    await ok(b!);
    const read = (await a!.repos.briefs.get(note.id))!; // a's editor starts from this version
    await ok(a!); // … and a pass pulls b's line meanwhile
    const saved = await updateFromBase(
      a!.db,
      a!.repos,
      'briefs',
      note.id,
      { body: 'from a\n' + read.body },
      read,
    );
    expect(saved.merged).toEqual(['body']);
    expect(saved.record.body).toBe('from a\none\ntwo\nthree\nfrom b\n');
    await ok(a!);
    await ok(b!);
    expect((await b!.repos.briefs.get(note.id))!.body).toBe('from a\none\ntwo\nthree\nfrom b\n');
  });

  it('a text computed from a read before a pull that overlaps it becomes a conflict record', async () => {
    const [a, b] = await setup(2);
    const note = await a!.repos.briefs.create({ issueId: '', title: 't', body: 'one\ntwo\n' });
    await ok(a!);
    await ok(b!);
    await b!.repos.briefs.update(note.id, { body: 'one\ntwo by b\n' });
    await ok(b!);
    const read = (await a!.repos.briefs.get(note.id))!;
    await ok(a!);
    const saved = await updateFromBase(a!.db, a!.repos, 'briefs', note.id, { body: 'one\ntwo by a\n' }, read);
    expect(saved.conflicts).toHaveLength(1);
    expect(saved.record.body).toBe('one\ntwo by b\n');
    await ok(a!);
    await ok(b!);
    expect((await b!.repos.briefs.get(note.id))!.body).toBe('one\ntwo by b\n');
    const conflicts = (await b!.repos.conflicts.list()).filter((c) => c.ofId === note.id);
    expect(conflicts.map((c) => c.text)).toEqual(['one\ntwo by a\n']);
  });
});
