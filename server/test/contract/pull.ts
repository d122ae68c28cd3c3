/** Pull (docs/sync-protocol.md §6): paging, cursors, limits, and never skipping a later commit. */
import { expect, it } from 'vitest';
import { encodeCursor } from '../../src/routes/cursor';
import { hlc, pushBody, setOp, uuid, type Harness } from '../harness';
import type { StoredRecord } from '../../src/storage/storage';

export function pullContract(h: () => Harness): void {
  it('answers an empty workspace with no changes and a cursor that resumes', async () => {
    const m = await h().member();
    const r = await h().pull(m);
    expect(r.json).toEqual({ changes: [], cursor: expect.any(String), hasMore: false });
    const again = await h().pull(m, `cursor=${r.json.cursor as string}`);
    expect(again.status).toBe(200);
  });

  it('yields every record exactly once over cut pages, resuming from each cursor', async () => {
    const m = await h().member();
    const client = uuid();
    const ids = Array.from({ length: 53 }, () => uuid());
    const mutations = ids.map((id, i) => ({ mid: i + 1, ops: [setOp('ideas', id, 'n', i)] }));
    expect((await h().push(m, pushBody(client, mutations))).status).toBe(200);
    const paged = await h().pullAll(m, 7);
    const whole = await h().pullAll(m);
    expect(paged.changes.map((c) => c.id)).toEqual(ids);
    expect(whole.changes).toEqual(paged.changes);
    expect(paged.cursor).toBe(whole.cursor);
    // Each page of 7 says hasMore until the last; an exact multiple ends with an empty page.
    const first = await h().pull(m, 'limit=7');
    expect(first.json.hasMore).toBe(true);
    expect((first.json.changes as unknown[]).length).toBe(7);
  });

  it('moves an updated record to the end so a resumed pull sees its latest state', async () => {
    const m = await h().member();
    const client = uuid();
    const [a, b] = [uuid(), uuid()];
    await h().push(
      m,
      pushBody(client, [{ mid: 1, ops: [setOp('ideas', a, 'n', 1), setOp('ideas', b, 'n', 1)] }]),
    );
    const { cursor } = await h().pullAll(m);
    await h().push(m, pushBody(client, [{ mid: 2, ops: [setOp('ideas', a, 'n', 2)] }]));
    const after = await h().pullAll(m, 1000, cursor);
    expect(after.changes.map((c) => [c.id, c.fields.n?.value])).toEqual([[a, 2]]);
  });

  it('checks limit and cursor: 400 for a bad limit, 410 for a cursor it cannot honor', async () => {
    const m = await h().member();
    const other = await h().member();
    for (const limit of ['0', '1001', '-1', '1.5', 'abc', '', '01']) {
      const r = await h().pull(m, `limit=${limit}`);
      expect(r.status, limit).toBe(400);
      expect((r.json.error as { code: string }).code).toBe('malformed');
    }
    expect((await h().pull(m, 'limit=1&limit=2')).status).toBe(400);
    expect((await h().pull(m, 'limit=1000')).status).toBe(200);
    const foreign = (await h().pull(other)).json.cursor as string;
    for (const cursor of ['garbage!', 'Zm9v', foreign, encodeCursor(m.ws, 999)]) {
      const r = await h().pull(m, `cursor=${encodeURIComponent(cursor)}`);
      expect(r.status, cursor).toBe(410);
      expect((r.json.error as { code: string }).code).toBe('cursor_expired');
    }
  });

  it('never skips a row committed by a concurrent writer after the reader read', async () => {
    const m = await h().member();
    const client = uuid();
    await h().push(m, pushBody(client, [{ mid: 1, ops: [setOp('ideas', uuid(), 'n', 0)] }]));
    const { cursor } = await h().pullAll(m);

    // Writer A: a transaction that has written (and taken its sequence number) but not committed.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let wroteA!: () => void;
    const aWrote = new Promise<void>((r) => (wroteA = r));
    const slowId = uuid();
    const slow: StoredRecord = {
      table: 'ideas',
      id: slowId,
      fields: new Map([['n', { value: 'A', hlc: hlc() }]]),
      deletedHlc: null,
    };
    const writerA = h().storage.push(m.ws, async (tx) => {
      await tx.writeRecords([slow]);
      wroteA();
      await gate;
    });
    await aWrote;

    // Writer B starts after A and would commit a higher sequence number first if it could.
    const fastId = uuid();
    let bDone = false;
    const writerB = h()
      .push(m, pushBody(client, [{ mid: 2, ops: [setOp('ideas', fastId, 'n', 'B')] }]))
      .then((r) => ((bDone = true), r));
    await new Promise((r) => setTimeout(r, 150));

    // The reader sees neither yet and keeps its cursor where it was.
    const during = await h().pullAll(m, 1000, cursor);
    expect(during.changes).toEqual([]);
    expect(bDone).toBe(false);

    release();
    await writerA;
    expect((await writerB).status).toBe(200);
    const after = await h().pullAll(m, 1000, during.cursor);
    expect(after.changes.map((c) => c.id)).toEqual([slowId, fastId]);
  });

  it('cuts a page at the stored-size budget, never below one record, and resumes after the cut', async () => {
    const m = await h().member();
    const ids = Array.from({ length: 5 }, () => uuid());
    const ops = ids.map((id) => setOp('notes', id, 'body', 'x'.repeat(1000)));
    expect((await h().push(m, pushBody(uuid(), [{ mid: 1, ops }]))).status).toBe(200);
    // Each record is ~1,070 stored bytes: 2,500 takes two, 10 still takes one.
    const two = await h().storage.pull(m.ws, 0, 1000, 2500);
    expect(two?.rows.map((r) => r.id)).toEqual(ids.slice(0, 2));
    expect(two?.hasMore).toBe(true);
    const one = await h().storage.pull(m.ws, two?.rows.at(-1)?.seq ?? 0, 1000, 10);
    expect(one?.rows.map((r) => r.id)).toEqual([ids[2]]);
    expect(one?.hasMore).toBe(true);
    const rest = await h().storage.pull(m.ws, one?.rows.at(-1)?.seq ?? 0, 1000, 1_000_000);
    expect(rest?.rows.map((r) => r.id)).toEqual(ids.slice(3));
    expect(rest?.hasMore).toBe(false);
    const byCount = await h().storage.pull(m.ws, 0, 3, 1_000_000);
    expect(byCount?.rows.length).toBe(3);
    expect(byCount?.hasMore).toBe(true);
  });
}
