/** `text` ops (SYNC.md): direct apply, clean three-way merge, conflicts. */
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
}
