/**
 * Session 16: a member's token revoked while its device pulls a large workspace page by page. The
 * pass must stop with the 401 status, keep every page it applied (with its cursor), and after the
 * new token is entered continue from there — not start the workspace over, not stop for good.
 */
import { expect, it } from 'vitest';
import { newId } from '../../../common/records/ids';
import { formatHlc } from '../../../common/sync/hlc';
import { KyosoDb } from '../../../renderer/src/data/db';
import { loadDevice } from '../../../renderer/src/data/device';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import type { FetchLike } from '../../../renderer/src/sync/transport';
import { syncFixtures } from '../../support/sync/fixtures';

const fixtures = syncFixtures();
const RECORDS = 2500; // three pages of at most 1,000

it('a token revoked between pull pages stops the pass; the new token resumes from the last page applied', async () => {
  const srv = await fixtures.startServer();
  const ws = (await srv.admin('/v1/workspaces', { name: 'revoke-mid-pull' })).id!;
  const writer = (await srv.admin(`/v1/workspaces/${ws}/members`, { name: 'a' })).token!;
  const { memberId, token: first } = await srv.admin(`/v1/workspaces/${ws}/members`, { name: 'b' });
  const mutations = Array.from({ length: RECORDS }, (_, i) => ({
    mid: i + 1,
    ops: [
      {
        op: 'set',
        table: 'notes',
        id: newId(),
        field: 'speaker',
        value: `議員${i}`,
        hlc: formatHlc({ millis: Date.now(), counter: i, node: '00000000000000aa' }),
      },
    ],
  }));
  const pushed = await srv.fetch(`http://server/v1/workspaces/${ws}/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${writer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ protocol: 1, clientId: newId(), mutations }),
  });
  expect(pushed.status).toBe(200);

  const db = fixtures.track(new KyosoDb(`revoked-mid-${crypto.randomUUID()}`));
  const device = await loadDevice(db);
  let token = first!;
  let pulls = 0;
  let rotated: string | undefined;
  const fetch: FetchLike = async (url, init) => {
    if (url.includes('/pull')) {
      pulls++;
      // The admin rotates b's token after b's device has fetched its second page.
      if (pulls === 3 && !rotated)
        rotated = (await srv.admin(`/v1/workspaces/${ws}/members/${memberId}/token`, {})).token!;
    }
    return srv.fetch(url, init);
  };
  const engine = new SyncEngine({ db, device, getToken: async () => token, fetch });
  await engine.configure({ serverUrl: 'http://server', workspaceId: ws });
  expect(await engine.syncNow()).toEqual({ ok: false, failure: { kind: 'unauthorized' } });
  const kept = await db.records('notes').count();
  expect(kept).toBeGreaterThanOrEqual(1000);
  expect(kept).toBeLessThan(RECORDS);

  token = rotated!;
  pulls = 0;
  expect(await engine.syncNow()).toMatchObject({ ok: true });
  expect(await db.records('notes').count()).toBe(RECORDS);
  expect(pulls).toBeLessThanOrEqual(2); // the rest, not the workspace again
});
