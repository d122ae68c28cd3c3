/** `text` ops (docs/sync-protocol.md): direct apply, clean three-way merge, conflicts. */
import { expect, it } from 'vitest';
import { byId, hlc, pushBody, textOp, uuid, type Harness, type Member } from '../harness';

const BASE = '# 議題\n\n1. 交通\n2. 子育て\n3. 防災\n';

async function seed(h: Harness, m: Member): Promise<{ id: string; baseHlc: string }> {
  const id = uuid();
  const baseHlc = hlc();
  const r = await h.push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, BASE, null, baseHlc)] }]));
  expect(r.status).toBe(200);
  return { id, baseHlc };
}

async function body(h: Harness, m: Member, id: string) {
  return byId((await h.pullAll(m)).changes).get(`notes/${id}`)?.fields.body;
}

export function textContract(h: () => Harness): void {
  it('applies an edit made from the stored version as is', async () => {
    const m = await h().member();
    const { id, baseHlc } = await seed(h(), m);
    const at = hlc();
    const r = await h().push(
      m,
      pushBody(uuid(), [{ mid: 1, ops: [textOp(id, BASE + '4. 観光\n', baseHlc, at)] }]),
    );
    expect(r.json.conflicts).toEqual([]);
    expect(await body(h(), m, id)).toEqual({ value: BASE + '4. 観光\n', hlc: at });
  });

  it('merges edits of different lines from the same base, with a new server HLC above both', async () => {
    const m = await h().member();
    const { id, baseHlc } = await seed(h(), m);
    const a = BASE.replace('1. 交通', '1. 公共交通');
    const b = BASE.replace('3. 防災', '3. 防災・減災');
    const tA = hlc();
    await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, a, baseHlc, tA)] }]));
    const tB = hlc();
    const r = await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, b, baseHlc, tB)] }]));
    expect(r.json).toEqual({ lastMutationId: 1, rejected: [], conflicts: [] });
    const merged = await body(h(), m, id);
    expect(merged?.value).toBe('# 議題\n\n1. 公共交通\n2. 子育て\n3. 防災・減災\n');
    expect(merged && merged.hlc > tA && merged.hlc > tB).toBe(true);
    expect(merged?.hlc.slice(-16)).not.toBe(tB.slice(-16)); // made by the server, not the client
    // The merge result is itself a base: an edit from it applies directly.
    const next = (merged?.value as string) + '4. 観光\n';
    const r2 = await h().push(
      m,
      pushBody(uuid(), [{ mid: 1, ops: [textOp(id, next, merged?.hlc ?? null)] }]),
    );
    expect(r2.json.conflicts).toEqual([]);
    expect((await body(h(), m, id))?.value).toBe(next);
  });

  it('keeps the stored text and records a conflict when both sides change the same line', async () => {
    const m = await h().member();
    const { id, baseHlc } = await seed(h(), m);
    const a = BASE.replace('2. 子育て', '2. 子育て支援');
    const b = BASE.replace('2. 子育て', '2. 保育');
    const tA = hlc();
    await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, a, baseHlc, tA)] }]));
    const client = uuid();
    const r = await h().push(
      m,
      pushBody(client, [{ mid: 1, ops: [textOp(id, b, baseHlc), textOp(id, b + 'x\n', baseHlc)] }]),
    );
    const refs = r.json.conflicts as { conflictId: string }[];
    expect(refs).toEqual([{ table: 'notes', id, field: 'body', conflictId: expect.any(String) }]);
    expect(await body(h(), m, id)).toEqual({ value: a, hlc: tA });
    const all = byId((await h().pullAll(m)).changes);
    const conflict = all.get(`conflicts/${refs[0]?.conflictId}`);
    expect(conflict?.fields.text?.value).toBe(b + 'x\n');
    expect(conflict?.fields.ofTable?.value).toBe('notes');
    expect(conflict?.fields.clientId?.value).toBe(client);
    expect([...all.keys()].filter((k) => k.startsWith('conflicts/')).length).toBe(1);
  });

  it('never overwrites on a missing or unknown base', async () => {
    const m = await h().member();
    const { id } = await seed(h(), m);
    const unknownBase = hlc('00000000000000bb', -60_000);
    const r = await h().push(m, pushBody(uuid(), [
      { mid: 1, ops: [textOp(id, 'replaced\n', null)] },
      { mid: 2, ops: [textOp(id, 'replaced again\n', unknownBase)] },
    ])); // prettier-ignore
    expect((r.json.conflicts as unknown[]).length).toBe(2);
    expect((await body(h(), m, id))?.value).toBe(BASE);
  });

  it('takes the very text stored, with a null or unknown base, as no change and no conflict (a re-upload)', async () => {
    // Session 15: a backup restored on a device that then binds to a workspace already holding its
    // records uploads every field with a null base; each became a conflict record for every member.
    const m = await h().member();
    const { id, baseHlc } = await seed(h(), m);
    const own = hlc('00000000000000cc');
    const client = uuid();
    const r = await h().push(m, pushBody(client, [
      { mid: 1, ops: [textOp(id, BASE, null, baseHlc)] },
      { mid: 2, ops: [textOp(id, BASE, hlc('00000000000000bb', -60_000), own)] },
    ])); // prettier-ignore
    expect(r.json).toEqual({ lastMutationId: 2, rejected: [], conflicts: [] });
    expect(await body(h(), m, id)).toEqual({ value: BASE, hlc: baseHlc });
    // The re-uploading client's own HLC names that text: its next edit applies by merge.
    const next = BASE + '4. 観光\n';
    const r2 = await h().push(m, pushBody(client, [{ mid: 3, ops: [textOp(id, next, own)] }]));
    expect(r2.json.conflicts).toEqual([]);
    expect((await body(h(), m, id))?.value).toBe(next);
    // A different text with a null base is still a conflict, never an overwrite.
    const r3 = await h().push(m, pushBody(client, [{ mid: 4, ops: [textOp(id, 'other\n', null)] }]));
    expect((r3.json.conflicts as unknown[]).length).toBe(1);
  });

  it("keeps the client's own text under its op HLC after a clean merge, so its next edit merges too", async () => {
    const m = await h().member();
    const { id, baseHlc } = await seed(h(), m);
    const other = BASE.replace('1. 交通', '1. 公共交通');
    await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, other, baseHlc)] }]));
    // Client B edits from the seed; the server merges. B has not pulled, so it still holds its
    // own text under its own HLC, and its next edit names that as the base.
    const b1 = BASE.replace('3. 防災', '3. 防災・減災');
    const tB1 = hlc();
    const client = uuid();
    const r1 = await h().push(m, pushBody(client, [{ mid: 1, ops: [textOp(id, b1, baseHlc, tB1)] }]));
    expect(r1.json.conflicts).toEqual([]);
    const b2 = b1 + '4. 観光\n';
    const r2 = await h().push(m, pushBody(client, [{ mid: 2, ops: [textOp(id, b2, tB1)] }]));
    expect(r2.json.conflicts).toEqual([]);
    expect((await body(h(), m, id))?.value).toBe(
      '# 議題\n\n1. 公共交通\n2. 子育て\n3. 防災・減災\n4. 観光\n',
    );
  });

  it("keeps the client's own text under its op HLC when a lagging clock gets a server HLC", async () => {
    const m = await h().member();
    const { id, baseHlc } = await seed(h(), m);
    const late = hlc('00000000000000cc', -60_000); // below the stored HLC
    const a1 = BASE.replace('2. 子育て', '2. 子育て支援');
    const client = uuid();
    await h().push(m, pushBody(client, [{ mid: 1, ops: [textOp(id, a1, baseHlc, late)] }]));
    const stored = await body(h(), m, id);
    expect(stored?.value).toBe(a1);
    expect(stored && stored.hlc > baseHlc).toBe(true);
    // Meanwhile someone else edits another line from the stored version.
    const other = a1.replace('1. 交通', '1. 公共交通');
    await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, other, stored?.hlc ?? null)] }]));
    const a2 = a1 + '4. 観光\n';
    const r = await h().push(m, pushBody(client, [{ mid: 2, ops: [textOp(id, a2, late)] }]));
    expect(r.json.conflicts).toEqual([]);
    expect((await body(h(), m, id))?.value).toBe(other + '4. 観光\n');
  });

  it('still merges against a version that a later set or text edit replaced', async () => {
    const m = await h().member();
    const id = uuid();
    const tSet = hlc();
    // A text field first written by `set` (an independent client may do that), then edited twice.
    await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [
      { op: 'set', table: 'notes', id, field: 'body', value: BASE, hlc: tSet },
    ] }])); // prettier-ignore
    const e1 = BASE.replace('1. 交通', '1. 公共交通');
    const t1 = hlc();
    await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, e1, tSet, t1), textOp(id, e1.replace('# 議題', '# 議題一覧'), t1)] }])); // prettier-ignore
    const late = BASE.replace('3. 防災', '3. 防災・減災');
    const r = await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, late, tSet)] }]));
    expect(r.json.conflicts).toEqual([]);
    expect((await body(h(), m, id))?.value).toBe('# 議題一覧\n\n1. 公共交通\n2. 子育て\n3. 防災・減災\n');
  });
}
