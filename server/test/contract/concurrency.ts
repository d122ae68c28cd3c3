/**
 * Many writers and a reader polling at the same time: the reader, following its cursor, must
 * end with exactly the state a full pull shows. Shared with the two-process PostgreSQL test.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { Change } from '../../../common/sync/protocol';
import { byId, hlc, pushBody, setOp, uuid, type Harness, type Member } from '../harness';

/** Pushes from `clients` clients through `harnesses` in turn while polling; checks the result. */
export async function writersAndPoller(
  harnesses: readonly Harness[],
  m: Member,
  clients = 6,
  rounds = 15,
): Promise<void> {
  const shared = Array.from({ length: 5 }, () => uuid());
  const seen = new Map<string, Change>();
  let cursor: string | undefined;
  let writing = true;
  let polls = 0;

  const poll = async (via: Harness) => {
    const page = await via.pullAll(m, 13, cursor);
    for (const c of page.changes) seen.set(`${c.table}/${c.id}`, c);
    cursor = page.cursor;
    polls++;
  };
  const poller = (async () => {
    while (writing) {
      await poll(harnesses[polls % harnesses.length] as Harness);
      // Yield to timers and I/O: in-process requests can otherwise starve the writers.
      await new Promise((r) => setTimeout(r, 2));
    }
  })();

  const writers = Array.from({ length: clients }, async (_x, w) => {
    const client = uuid();
    for (let mid = 1; mid <= rounds; mid++) {
      const via = harnesses[(w + mid) % harnesses.length] as Harness;
      const ops = [
        setOp('ideas', uuid(), 'by', w),
        setOp('votes', shared[mid % shared.length] as string, 'w', `${w}:${mid}`, hlc()),
      ];
      const body = pushBody(client, [{ mid, ops }]);
      // Every other push is sent twice at once through different servers: a concurrent replay.
      const sends =
        mid % 2
          ? [via.push(m, body), (harnesses[w % harnesses.length] as Harness).push(m, body)]
          : [via.push(m, body)];
      for (const r of await Promise.all(sends)) expect(r.json.lastMutationId).toBe(mid);
    }
  });
  await Promise.all(writers);
  writing = false;
  await poller;

  const full = byId((await (harnesses[0] as Harness).pullAll(m)).changes);
  expect(full.size).toBe(clients * rounds + shared.length);
  // Catch up: an instance may answer from a head remembered just before another instance's last
  // commit was announced (stale-low: it delays, never skips — see headCache.ts). A row the cursor
  // had skipped would never arrive, however long the reader keeps polling.
  const deadline = Date.now() + 5000;
  do await poll(harnesses[polls % harnesses.length] as Harness);
  while (!isDeepStrictEqual(seen, full) && Date.now() < deadline);
  expect(seen).toEqual(full);
  expect(polls).toBeGreaterThan(1);
}
