import { describe, expect, it } from 'vitest';
import type { Op, TextOp } from '../protocol';
import { chunkMutations, coalesceEntries, planMutations, resolveGap, type PendingEntry } from './plan';

const ID = '0190a000-0000-7000-8000-000000000001';
const ID2 = '0190a000-0000-7000-8000-000000000002';
const h = (n: number) => `2026-11-27T10:00:00.000Z-${n.toString(16).padStart(4, '0')}-0123456789abcdef`;
const text = (n: number, value: string, base: number | null, field = 'body', id = ID): TextOp => ({
  op: 'text',
  table: 'notes',
  id,
  field,
  value,
  hlc: h(n),
  baseHlc: base === null ? null : h(base),
});
const set = (n: number, field: string, value: unknown, id = ID): Op =>
  ({ op: 'set', table: 'notes', id, field, value, hlc: h(n) }) as Op;
const entry = (seq: number, ...ops: Op[]): PendingEntry => ({ seq, ops });

describe('coalescing the outbox', () => {
  it('hands out, while planning, the very ops a replay coalesces from the entries', () => {
    const entries = [
      entry(1, text(1, 'a\n', null), set(2, 'kind', 'entry')),
      entry(2, text(3, 'a\nb\n', 1), set(4, 'kind', 'heading')),
      entry(3, text(5, 'x\n', null)),
      entry(4, set(6, 'at', 'y', ID2)),
    ];
    const built = new Map<number, Op[]>();
    const planned = planMutations(entries, 7, { maxOpsPerMutation: 500 }, built);
    expect(planned.length).toBeGreaterThan(1);
    expect([...built.keys()]).toEqual(planned.map((m) => m.mid));
    for (const m of planned)
      expect(built.get(m.mid)).toEqual(coalesceEntries(entries.filter((e) => m.seqs.includes(e.seq))));
  });

  it('plans an entry marked alone as a mutation of its own (a rejected mutation, narrowed)', () => {
    const entries = [entry(1, set(1, 'a', 1)), entry(2, set(2, 'b', 2, ID2)), entry(3, set(3, 'c', 3))];
    expect(planMutations(entries, 1).map((m) => m.seqs)).toEqual([[1, 2, 3]]);
    expect(planMutations(entries, 4, undefined, undefined, new Set([2])).map((m) => [m.mid, m.seqs])).toEqual(
      [
        [4, [1]],
        [5, [2]],
        [6, [3]],
      ],
    );
  });

  it('collapses a chain of text edits to the first base and the last value', () => {
    const ops = coalesceEntries([
      entry(1, text(1, 'a\n', null)),
      entry(2, text(2, 'a\nb\n', 1)),
      entry(3, text(3, 'a\nb\nc\n', 2)),
    ]);
    expect(ops).toEqual([text(3, 'a\nb\nc\n', null)]);
  });

  it('keeps the last set of a field and the position of the first', () => {
    const ops = coalesceEntries([
      entry(1, set(1, 'kind', 'entry'), set(2, 'at', 'x')),
      entry(2, set(3, 'kind', 'heading')),
    ]);
    expect(ops).toEqual([set(3, 'kind', 'heading'), set(2, 'at', 'x')]);
  });

  it('starts a new mutation for a text edit that does not continue the chain', () => {
    const entries = [
      entry(1, text(1, 'mine\n', null)),
      entry(2, text(5, 'other\n', 4)),
      entry(3, text(6, 'other2\n', 5)),
    ];
    const plan = planMutations(entries, 7);
    expect(plan).toEqual([
      { mid: 7, seqs: [1] },
      { mid: 8, seqs: [2, 3] },
    ]);
    expect(coalesceEntries([entries[1]!, entries[2]!])).toEqual([text(6, 'other2\n', 4)]);
  });

  it('never moves a write across a delete of the same record', () => {
    const entries = [
      entry(1, set(1, 'kind', 'a')),
      entry(2, { op: 'delete', table: 'notes', id: ID, hlc: h(2) }),
      entry(3, set(3, 'kind', 'b')),
    ];
    expect(planMutations(entries, 1).map((m) => m.seqs)).toEqual([[1, 2], [3]]);
  });

  it('numbers mutations consecutively and respects the per-mutation op limit', () => {
    const entries = Array.from({ length: 10 }, (_, i) =>
      entry(i + 1, set(i + 1, 'kind', i, i % 2 ? ID : ID2), set(i + 100, 'at', i)),
    );
    const plan = planMutations(entries, 4, { maxOpsPerMutation: 6 });
    expect(plan.map((m) => m.mid)).toEqual([4, 5, 6, 7]);
    expect(plan.flatMap((m) => m.seqs)).toEqual(entries.map((e) => e.seq));
    expect(plan.every((m) => m.seqs.length * 2 <= 6)).toBe(true);
  });

  it('is deterministic, so a replayed mid carries the same ops', () => {
    const entries = [entry(1, text(1, 'x\n', null), set(2, 'kind', 'a')), entry(2, text(3, 'x\ny\n', 1))];
    const [m] = planMutations(entries, 1);
    const again = coalesceEntries(entries.filter((e) => m!.seqs.includes(e.seq)));
    expect(again).toEqual(coalesceEntries(entries));
  });
});

describe('chunking pushes', () => {
  it('keeps every push within the op, mutation and size limits, in order', () => {
    const mutations = Array.from({ length: 9 }, (_, i) => ({
      mid: i + 1,
      ops: [set(i, 'a', 'x'), set(i, 'b', 'y')],
    }));
    const chunks = chunkMutations(mutations, { maxOps: 5, maxMutations: 100, maxBytes: 1e9 });
    expect(chunks.map((c) => c.map((m) => m.mid))).toEqual([[1, 2], [3, 4], [5, 6], [7, 8], [9]]);
    const byCount = chunkMutations(mutations, { maxOps: 1000, maxMutations: 4, maxBytes: 1e9 });
    expect(byCount.map((c) => c.length)).toEqual([4, 4, 1]);
    const big = [
      { mid: 1, ops: [set(1, 'a', 'x'.repeat(1000))] },
      { mid: 2, ops: [set(2, 'a', 'y'.repeat(1000))] },
    ];
    expect(chunkMutations(big, { maxOps: 1000, maxMutations: 100, maxBytes: 2500 })).toHaveLength(2);
  });
});

describe('resolving a mutation gap', () => {
  const planned = [
    { mid: 5, seqs: [1] },
    { mid: 6, seqs: [2] },
    { mid: 7, seqs: [3] },
  ];
  it('treats mids below `expected` as applied (their answers were lost)', () => {
    expect(resolveGap(planned, 7)).toEqual({
      kind: 'renumber',
      acknowledged: planned.slice(0, 2),
      renumbered: [{ mid: 7, seqs: [3] }],
      lastMutationId: 6,
    });
  });
  it('renumbers from `expected` when the server has fewer mutations than we thought', () => {
    const r = resolveGap(planned, 2);
    if (r.kind !== 'renumber') throw new Error('expected a renumbering');
    expect(r.acknowledged).toEqual([]);
    expect(r.renumbered.map((m) => m.mid)).toEqual([2, 3, 4]);
    expect(r.lastMutationId).toBe(1);
  });
  it('never acknowledges mids this client did not send: the server counting beyond them means a new client id', () => {
    // Mids 5..7 planned, only 5 sent; the server claims 1..7: 6 and 7 were never on the wire.
    expect(resolveGap(planned, 8, 5)).toEqual({ kind: 'newClient' });
    // The server above everything planned (its counter is ahead: shared identity, restored server).
    expect(resolveGap(planned, 20)).toEqual({ kind: 'newClient' });
    // The server has 5 (sent, answer lost): acknowledged; the rest renumbered.
    expect(resolveGap(planned, 6, 5)).toMatchObject({ kind: 'renumber', lastMutationId: 5 });
  });
});
