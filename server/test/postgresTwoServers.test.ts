/**
 * Two servers on one PostgreSQL database must behave as one server: each has its own
 * connection pool and clock, and they share nothing but the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStorage } from '../src/storage/postgres';
import { writersAndPoller } from './contract/concurrency';
import { Harness, pushBody, setOp, uuid } from './harness';
import { startTestPostgres, type TestPostgres } from './postgres';

describe('two servers on one PostgreSQL', () => {
  let cluster: TestPostgres | undefined;
  const servers: Harness[] = [];
  const both = () => {
    if (servers.length !== 2) throw new Error('PostgreSQL servers did not start');
    return servers as [Harness, Harness];
  };

  beforeAll(async () => {
    cluster = await startTestPostgres();
    const url = await cluster.createDatabase();
    // Both start at once: the migration lock must keep them from migrating twice.
    const storages = await Promise.all([PostgresStorage.open(url, 5), PostgresStorage.open(url, 5)]);
    servers.push(...(await Promise.all(storages.map((s) => Harness.create(s)))));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await cluster?.stop();
  });

  it('share workspaces, members and the server node id', async () => {
    const [a, b] = both();
    const m = await a.member();
    expect((await b.pull(m)).status).toBe(200);
    expect(await a.storage.serverNodeId()).toBe(await b.storage.serverNodeId());
  });

  it('keep mids consistent when one client pushes through both at once', async () => {
    const [a, b] = both();
    const m = await a.member();
    const client = uuid();
    const first = pushBody(client, [{ mid: 1, ops: [setOp('issues', uuid(), 'title', 'x')] }]);
    const replies = await Promise.all([
      a.push(m, first),
      b.push(m, first),
      a.push(m, first),
      b.push(m, first),
    ]);
    expect(replies.map((r) => r.json.lastMutationId)).toEqual([1, 1, 1, 1]);
    const gap = await b.push(m, pushBody(client, [{ mid: 3, ops: [] }]));
    expect(gap.json).toEqual({ error: { code: 'mutation_gap', expected: 2, message: expect.any(String) } });
    expect((await a.pullAll(m)).changes.length).toBe(1);
  });

  it('give a reader polling both a complete, consistent view while clients push through both', async () => {
    const [a, b] = both();
    await writersAndPoller([a, b], await a.member(), 8, 20);
  });
});
