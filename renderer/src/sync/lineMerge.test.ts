/**
 * The line merge as users meet it (docs/sync-protocol.md §7, revision 1.1): three devices on the
 * real server, two of them offline. A text typed in a textarea has no final newline; A appends a
 * line while B and C change the same earlier line differently. A's and B's edits must merge in
 * the text, and only C's edit becomes a conflict copy.
 */
import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../data/db';
import { loadDevice } from '../data/device';
import { createRepositories, type Repositories } from '../data/repositories';
import { SyncEngine } from './engine';
import type { FetchLike } from './transport';
import { syncFixtures } from './testing/fixtures';

const fixtures = syncFixtures();

interface Device {
  repos: Repositories;
  engine: SyncEngine;
  memberId: string;
  online: boolean;
}

async function devices(names: readonly string[]): Promise<Device[]> {
  const server = await fixtures.startServer();
  const ws = (await server.admin('/v1/workspaces', { name: '三台の端末' })).id!;
  const out: Device[] = [];
  for (const name of names) {
    const db = fixtures.track(new KyosoDb(`line-merge-${name}-${crypto.randomUUID()}`));
    const device = await loadDevice(db);
    const { memberId, token } = await server.admin(`/v1/workspaces/${ws}/members`, { name });
    const d = { repos: createRepositories(db, device), memberId: memberId!, online: true } as Device;
    // Offline is what the browser reports then: the request fails before reaching the server.
    const fetch: FetchLike = async (url, init) => {
      if (!d.online) throw new TypeError('Failed to fetch');
      return server.fetch(url, init);
    };
    d.engine = new SyncEngine({ db, device, getToken: async () => token!, fetch });
    await d.engine.configure({ serverUrl: 'http://server', workspaceId: ws });
    out.push(d);
  }
  return out;
}

async function sync(d: Device): Promise<void> {
  expect(await d.engine.syncNow()).toMatchObject({ ok: true });
}

describe('line merge across three devices, two of them offline', () => {
  it("merges A's appended line with B's edit and keeps only C's edit as a conflict copy", async () => {
    const [a, b, c] = (await devices(['A', 'B', 'C'])) as [Device, Device, Device];
    const brief = await a.repos.briefs.create({ issueId: '', title: '議事録', body: '1\n2\n3\n4\n5' });
    await sync(a);
    await sync(b);
    await sync(c);

    b.online = false;
    c.online = false;
    await a.repos.briefs.update(brief.id, { body: '1\n2\n3\n4\n5\n6' });
    await sync(a);
    await b.repos.briefs.update(brief.id, { body: '1\n2\n3\n4（B）\n5' });
    await c.repos.briefs.update(brief.id, { body: '1\n2\n3\n4（C）\n5' });
    expect(await b.engine.syncNow()).toMatchObject({ ok: false });
    expect(await c.engine.syncNow()).toMatchObject({ ok: false });

    b.online = true;
    await sync(b);
    c.online = true;
    await sync(c);
    await sync(a);
    await sync(b);

    for (const d of [a, b, c]) {
      expect((await d.repos.briefs.get(brief.id))!.body).toBe('1\n2\n3\n4（B）\n5\n6');
      const conflicts = (await d.repos.conflicts.list()).filter((x) => x.ofId === brief.id);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        ofTable: 'briefs',
        field: 'body',
        text: '1\n2\n3\n4（C）\n5',
        memberId: c.memberId,
      });
    }
  });
});
