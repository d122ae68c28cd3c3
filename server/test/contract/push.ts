/** Push semantics (docs/sync-protocol.md §5): mids, replays, gaps, LWW, deletes, clock skew. */
import { expect, it } from 'vitest';
import { byId, hlc, pushBody, setOp, textOp, uuid, type Harness } from '../harness';

export function pushContract(h: () => Harness): void {
  it('keeps the greater HLC per field; different fields never conflict', async () => {
    const m = await h().member();
    const id = uuid();
    const [t1, t2, t3] = [hlc(), hlc(), hlc()];
    const c1 = uuid();
    const c2 = uuid();
    expect(
      (await h().push(m, pushBody(c1, [{ mid: 1, ops: [setOp('issues', id, 'status', 'new', t2)] }]))).json,
    ).toEqual({
      lastMutationId: 1,
      rejected: [],
      conflicts: [],
    });
    await h().push(
      m,
      pushBody(c2, [
        { mid: 1, ops: [setOp('issues', id, 'status', 'old', t1), setOp('issues', id, 'title', '件名', t1)] },
      ]),
    );
    await h().push(
      m,
      pushBody(c2, [{ mid: 2, ops: [setOp('issues', id, 'budget', { yen: 1e6, note: null }, t3)] }]),
    );
    const rec = byId((await h().pullAll(m)).changes).get(`issues/${id}`);
    expect(rec).toEqual({
      table: 'issues',
      id,
      fields: {
        status: { value: 'new', hlc: t2 },
        title: { value: '件名', hlc: t1 },
        budget: { value: { yen: 1e6, note: null }, hlc: t3 },
      },
      deleted: false,
      deletedHlc: null,
    });
  });

  it('acknowledges a sequential replay without applying it again', async () => {
    const m = await h().member();
    const client = uuid();
    const id = uuid();
    await h().push(m, pushBody(client, [{ mid: 1, ops: [textOp(id, 'v1\n', null)] }]));
    // Replaying mid 2 would conflict each time it is applied (baseHlc null on an existing field).
    const mid2 = pushBody(client, [{ mid: 2, ops: [textOp(id, 'other\n', null)] }]);
    const first = await h().push(m, mid2);
    expect((first.json.conflicts as unknown[]).length).toBe(1);
    const cursor = (await h().pullAll(m)).cursor;
    const replay = await h().push(m, mid2);
    expect(replay).toEqual({ status: 200, json: { lastMutationId: 2, rejected: [], conflicts: [] } });
    expect((await h().pullAll(m, 1000, cursor)).changes).toEqual([]);
  });

  it('applies concurrent replays of one mutation exactly once', async () => {
    const m = await h().member();
    const client = uuid();
    const id = uuid();
    await h().push(m, pushBody(client, [{ mid: 1, ops: [textOp(id, 'v1\n', null)] }]));
    const mid2 = pushBody(client, [{ mid: 2, ops: [textOp(id, 'other\n', null)] }]);
    const replies = await Promise.all(Array.from({ length: 12 }, () => h().push(m, mid2)));
    expect(replies.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(replies.every((r) => r.json.lastMutationId === 2)).toBe(true);
    expect(replies.flatMap((r) => r.json.conflicts as unknown[]).length).toBe(1);
    const conflicts = (await h().pullAll(m)).changes.filter((c) => c.table === 'conflicts');
    expect(conflicts.length).toBe(1);
  });

  it('answers a gap with 409 mutation_gap and the expected mid, storing nothing of the push', async () => {
    const m = await h().member();
    const client = uuid();
    const id = uuid();
    const r = await h().push(m, pushBody(client, [{ mid: 2, ops: [setOp('issues', id, 'title', 'x')] }]));
    expect(r).toEqual({
      status: 409,
      json: { error: { code: 'mutation_gap', expected: 1, message: expect.any(String) } },
    });
    // A gap after a good mutation rolls back the good one too: a push is one transaction.
    const r2 = await h().push(m, pushBody(client, [
      { mid: 1, ops: [setOp('issues', id, 'title', 'a')] },
      { mid: 3, ops: [setOp('issues', id, 'title', 'b')] },
    ])); // prettier-ignore
    expect(r2.status).toBe(409);
    expect((r2.json.error as { expected: number }).expected).toBe(2);
    expect((await h().pullAll(m)).changes).toEqual([]);
    const ok = await h().push(m, pushBody(client, [{ mid: 1, ops: [setOp('issues', id, 'title', 'a')] }]));
    expect(ok.json.lastMutationId).toBe(1);
  });

  it('refuses a poison op with 400 without blocking the client afterwards', async () => {
    const m = await h().member();
    const client = uuid();
    const id = uuid();
    const poison = await h().push(
      m,
      pushBody(client, [
        { mid: 1, ops: [setOp('issues', id, 'title', 'ok'), setOp('issues', id, 'bad field', 1)] },
      ]),
    );
    expect(poison.status).toBe(400);
    expect((poison.json.error as { code: string }).code).toBe('malformed');
    expect((await h().pullAll(m)).changes).toEqual([]);
    const next = await h().push(m, pushBody(client, [{ mid: 1, ops: [setOp('issues', id, 'title', 'ok')] }]));
    expect(next.json).toEqual({ lastMutationId: 1, rejected: [], conflicts: [] });
  });

  it('refuses a push with an HLC more than 5 minutes ahead, storing nothing', async () => {
    const m = await h().member();
    const client = uuid();
    const id = uuid();
    const ahead = hlc('00000000000000aa', 6 * 60 * 1000);
    const r = await h().push(
      m,
      pushBody(client, [
        { mid: 1, ops: [setOp('issues', id, 'title', 'ok'), setOp('issues', id, 'x', 1, ahead)] },
      ]),
    );
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      error: { code: 'clock_skew', message: expect.any(String), serverTime: expect.any(String) },
    });
    expect(
      Math.abs(Date.parse((r.json.error as { serverTime: string }).serverTime) - Date.now()),
    ).toBeLessThan(5000);
    expect((await h().pullAll(m)).changes).toEqual([]);
    // Four minutes ahead is within the tolerance; a server clock moved forward accepts the first push too.
    const near = hlc('00000000000000aa', 4 * 60 * 1000);
    expect(
      (await h().push(m, pushBody(client, [{ mid: 1, ops: [setOp('issues', id, 'x', 1, near)] }]))).status,
    ).toBe(200);
    h().clockOffsetMs = 10 * 60 * 1000;
    try {
      expect(
        (await h().push(m, pushBody(client, [{ mid: 2, ops: [setOp('issues', id, 'y', 1, ahead)] }]))).status,
      ).toBe(200);
    } finally {
      h().clockOffsetMs = 0;
    }
  });

  it('keeps tombstones: a later write becomes a conflict record and the record stays deleted', async () => {
    const m = await h().member();
    const client = uuid();
    const id = uuid();
    const tTitle = hlc();
    await h().push(
      m,
      pushBody(client, [{ mid: 1, ops: [setOp('briefs', id, 'title', '募集要項', tTitle)] }]),
    );
    const tDel = hlc();
    await h().push(
      m,
      pushBody(client, [{ mid: 2, ops: [{ op: 'delete', table: 'briefs', id, hlc: tDel }] }]),
    );
    const r = await h().push(
      m,
      pushBody(client, [
        {
          mid: 3,
          ops: [setOp('briefs', id, 'title', { v: 'after' }), setOp('briefs', id, 'title', 'again')],
        },
      ]),
    );
    const refs = r.json.conflicts as { table: string; id: string; field: string; conflictId: string }[];
    expect(refs).toEqual([{ table: 'briefs', id, field: 'title', conflictId: expect.any(String) }]);
    const text = await h().push(
      m,
      pushBody(client, [
        {
          mid: 4,
          ops: [{ op: 'text', table: 'briefs', id, field: 'body', value: '本文', hlc: hlc(), baseHlc: null }],
        },
      ]),
    );
    expect((text.json.conflicts as unknown[]).length).toBe(1);
    await h().push(
      m,
      pushBody(client, [{ mid: 5, ops: [{ op: 'delete', table: 'briefs', id, hlc: hlc() }] }]),
    );

    const all = byId((await h().pullAll(m)).changes);
    expect(all.get(`briefs/${id}`)).toEqual({
      table: 'briefs',
      id,
      fields: { title: { value: '募集要項', hlc: tTitle } },
      deleted: true,
      deletedHlc: tDel,
    });
    const conflict = all.get(`conflicts/${refs[0]?.conflictId}`);
    const values = Object.fromEntries(Object.entries(conflict?.fields ?? {}).map(([k, v]) => [k, v.value]));
    // One conflict record per field and mutation: the later op of mid 3 replaced the earlier text.
    expect(values).toEqual({
      ofTable: 'briefs',
      ofId: id,
      field: 'title',
      text: '"again"',
      memberId: m.memberId,
      clientId: client,
      resolved: false, // the client's conflict view lists it until the user decides
    });
    expect(Object.values(conflict?.fields ?? {}).every((f) => f.hlc > tDel)).toBe(true);
  });

  it('accepts a 1,000,000-character text value and returns it intact', async () => {
    const m = await h().member();
    const id = uuid();
    const big = '共創デスクの議事録\n'.repeat(100_000);
    expect(big.length).toBe(1_000_000);
    const r = await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, big, null)] }]));
    expect(r.status).toBe(200);
    const rec = byId((await h().pullAll(m)).changes).get(`notes/${id}`);
    expect(rec?.fields.body?.value === big).toBe(true); // not toBe: a diff of 1 MB would flood the report
  });

  it("stores an issue's reader beside issues written by clients that never set it", async () => {
    const m = await h().member();
    const [withReader, without] = [uuid(), uuid()];
    const t = hlc();
    const ops = [
      setOp('issues', withReader, 'reader', 'public-sector-savvy', t),
      setOp('issues', without, 'title', '古いクライアントの課題', t),
    ];
    expect((await h().push(m, pushBody(uuid(), [{ mid: 1, ops }]))).status).toBe(200);
    const records = byId((await h().pullAll(m)).changes);
    expect(records.get(`issues/${withReader}`)?.fields.reader).toEqual({
      value: 'public-sector-savvy',
      hlc: t,
    });
    expect(records.get(`issues/${without}`)?.fields.reader).toBeUndefined();
  });

  it("stores a glossary term's known flag (1.4) and its undo beside terms of clients that never set it", async () => {
    const m = await h().member();
    const [bare, own, older] = [uuid(), uuid(), uuid()];
    const [t1, t2] = [hlc(), hlc()];
    const client = uuid();
    const first = [
      setOp('glossaryTerms', bare, 'term', '随意契約', t1),
      setOp('glossaryTerms', bare, 'plain', '', t1),
      setOp('glossaryTerms', bare, 'known', true, t1),
      setOp('glossaryTerms', own, 'term', '見守りネット', t1),
      setOp('glossaryTerms', own, 'plain', '市の見守り協力事業者の登録制度', t1),
      setOp('glossaryTerms', own, 'known', true, t1),
      setOp('glossaryTerms', older, 'term', '決裁', t1),
      setOp('glossaryTerms', older, 'plain', '課長の承認', t1),
    ];
    expect((await h().push(m, pushBody(client, [{ mid: 1, ops: first }]))).status).toBe(200);
    // Undone on the team's own term: the flag set back to false, last writer wins.
    const undo = [setOp('glossaryTerms', own, 'known', false, t2)];
    expect((await h().push(m, pushBody(client, [{ mid: 2, ops: undo }]))).status).toBe(200);
    const records = byId((await h().pullAll(m)).changes);
    expect(records.get(`glossaryTerms/${bare}`)?.fields.known).toEqual({ value: true, hlc: t1 });
    expect(records.get(`glossaryTerms/${own}`)?.fields.known).toEqual({ value: false, hlc: t2 });
    expect(Object.keys(records.get(`glossaryTerms/${older}`)?.fields ?? {}).sort()).toEqual([
      'plain',
      'term',
    ]);
  });

  it('stores any allowed field name and JSON value, and refuses none of the allow-listed tables', async () => {
    const m = await h().member();
    const tables = [
      'issues',
      'briefs',
      'glossaryTerms',
      'workshops',
      'agendaItems',
      'ideas',
      'votes',
      'actionItems',
      'councilSessions',
      'notes',
      'conflicts',
    ];
    const ops = tables.map((t) => setOp(t, uuid(), `F${'x'.repeat(63)}`, [1, 'a', { b: [true, null] }]));
    expect((await h().push(m, pushBody(uuid(), [{ mid: 1, ops }]))).status).toBe(200);
    const changes = (await h().pullAll(m)).changes;
    expect(changes.map((c) => c.table).sort()).toEqual([...tables].sort());
  });
}
