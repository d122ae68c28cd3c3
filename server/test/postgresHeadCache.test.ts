/**
 * The remembered workspace heads on PostgreSQL (`storage/headCache.ts`), with two app instances
 * on one database: an up-to-date poll costs no query, yet a push through the other instance is
 * seen promptly (by notification), a lost notification within the staleness cap, and a failed
 * listening connection empties the cache instead of leaving it to answer alone.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PullResponse } from '../../common/sync/protocol';
import { HEAD_LISTENER_NAME, PostgresStorage } from '../src/storage/postgres';
import { writersAndPoller } from './contract/concurrency';
import { Harness, hlc, pushBody, setOp, uuid, type Member } from './harness';
import { startTestPostgres, type TestPostgres } from './postgres';

/** Polls `via` from `cursor` until a change arrives or `withinMs` passes; returns the ids and the time. */
async function pollUntilChange(
  via: Harness,
  m: Member,
  cursor: string,
  withinMs: number,
): Promise<{ ids: string[]; ms: number }> {
  const t0 = Date.now();
  for (;;) {
    const r = await via.pull(m, `cursor=${cursor}`);
    expect(r.status).toBe(200);
    const page = r.json as unknown as PullResponse;
    if (page.changes.length) return { ids: page.changes.map((c) => c.id), ms: Date.now() - t0 };
    expect(page.cursor).toBe(cursor); // an empty answer never moves the cursor
    if (Date.now() - t0 > withinMs) return { ids: [], ms: Date.now() - t0 };
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('remembered heads on PostgreSQL, two app instances', () => {
  let cluster: TestPostgres | undefined;
  let url = '';
  let admin: pg.Client | undefined;
  const apps: Harness[] = [];
  const open = async (headMaxAgeMs: number) => {
    const h = await Harness.create(await PostgresStorage.open(url, { poolSize: 5, headMaxAgeMs }));
    apps.push(h);
    return h;
  };
  const sql = () => {
    if (!admin) throw new Error('PostgreSQL did not start');
    return admin;
  };
  const listenerPids = async () =>
    (
      await sql().query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
        [HEAD_LISTENER_NAME],
      )
    ).rows.map((r) => r.pid);
  /** A commit that announces nothing: what a lost notification looks like to a listener. */
  const silentWrite = async (ws: string) => {
    const id = uuid();
    await sql().query('BEGIN');
    const { rows } = await sql().query<{ seq: string }>(
      'UPDATE workspaces SET seq = seq + 1 WHERE id = $1 RETURNING seq',
      [ws],
    );
    await sql().query(
      'INSERT INTO records (workspace_id, tbl, id, fields, deleted_hlc, seq) VALUES ($1, $2, $3, $4, NULL, $5)',
      [ws, 'ideas', id, JSON.stringify({ n: ['silent', hlc()] }), rows[0]?.seq],
    );
    await sql().query('COMMIT');
    return id;
  };

  beforeAll(async () => {
    cluster = await startTestPostgres();
    url = await cluster.createDatabase();
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await Promise.all(apps.map((h) => h.close()));
    await admin?.end();
    await cluster?.stop();
  });

  it('answers an up-to-date poll without a database query, and 404 for a workspace the token cannot see', async () => {
    const a = await open(60_000);
    const m = await a.member();
    const other = await a.member();
    const { cursor } = await a.pullAll(m);
    const spy = vi.spyOn(pg.Pool.prototype, 'query');
    try {
      const r = await a.pull(m, `cursor=${cursor}`);
      expect(r.json).toEqual({ changes: [], cursor, hasMore: false });
      expect(spy).not.toHaveBeenCalled();
      // The other workspace is cached too (its member polled); this token still cannot see it.
      await a.pullAll(other);
      const unseen = await a.request('GET', `/v1/workspaces/${other.ws}/pull?cursor=${cursor}`, m.token);
      expect(unseen.status).toBe(404);
    } finally {
      spy.mockRestore();
    }
  });

  it('shows an up-to-date poller a push through the other instance promptly (NOTIFY), and never a skipped row', async () => {
    // A cap far beyond the test: only the notification can make the change visible in time.
    const [a, b] = [await open(60_000), await open(60_000)];
    const m = await a.member();
    const { cursor } = await a.pullAll(m);
    expect((await a.pull(m, `cursor=${cursor}`)).json.cursor).toBe(cursor); // cached now
    const id = uuid();
    const pushed = await b.push(m, pushBody(uuid(), [{ mid: 1, ops: [setOp('ideas', id, 'n', 1)] }]));
    expect(pushed.status).toBe(200);
    const seen = await pollUntilChange(a, m, cursor, 5000);
    expect(seen.ids).toEqual([id]);
    expect(seen.ms).toBeLessThan(5000);
  });

  it('shows a commit whose notification was lost within the staleness cap', async () => {
    const a = await open(500);
    const m = await a.member();
    const { cursor } = await a.pullAll(m);
    const id = await silentWrite(m.ws);
    const seen = await pollUntilChange(a, m, cursor, 3000);
    expect(seen.ids).toEqual([id]);
  });

  it('empties the cache when the listening connection dies, and listens again', async () => {
    const a = await open(60_000);
    const m = await a.member();
    const { cursor } = await a.pullAll(m);
    expect((await a.pull(m, `cursor=${cursor}`)).json.cursor).toBe(cursor); // cached now

    const killed = await listenerPids();
    expect(killed.length).toBeGreaterThan(0);
    await sql().query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [killed]);
    // Every instance notices and listens again on a new connection.
    for (let i = 0; ; i++) {
      const now = await listenerPids();
      if (now.length === killed.length && !now.some((p) => killed.includes(p))) break;
      expect(i).toBeLessThan(200);
      await new Promise((r) => setTimeout(r, 25));
    }
    // A commit nobody announces: with the old entry kept (cap 60 s) the poll would say "nothing new".
    const id = await silentWrite(m.ws);
    const r = await a.pull(m, `cursor=${cursor}`);
    expect((r.json as unknown as PullResponse).changes.map((c) => c.id)).toEqual([id]);

    // Listening works again: a push through another instance shows without waiting for the cap.
    const b = await open(60_000);
    const next = (r.json as unknown as PullResponse).cursor;
    expect((await a.pull(m, `cursor=${next}`)).json.cursor).toBe(next);
    const id2 = uuid();
    await b.push(m, pushBody(uuid(), [{ mid: 1, ops: [setOp('ideas', id2, 'n', 2)] }]));
    expect((await pollUntilChange(a, m, next, 5000)).ids).toEqual([id2]);
  });

  it('give a reader polling both a complete view while clients push through both (short cap)', async () => {
    const [a, b] = [await open(50), await open(50)];
    await writersAndPoller([a, b], await a.member(), 8, 20);
  });
});
