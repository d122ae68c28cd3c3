import { describe, expect, it } from 'vitest';
import type { Change } from '../protocol';
import { applyRemoteChange, settleAfterAck, type LocalState } from './apply';
import { backoffDelay, classifyFailure, isRetryable } from './failure';

const ID = '0190a000-0000-7000-8000-000000000001';
const h = (n: number, node = '0123456789abcdef') =>
  `2026-11-27T10:00:00.000Z-${n.toString(16).padStart(4, '0')}-${node}`;
const change = (fields: Change['fields'], deletedHlc: string | null = null): Change => ({
  table: 'notes',
  id: ID,
  fields,
  deleted: deletedHlc !== null,
  deletedHlc,
});
const local = (over: Partial<LocalState> = {}): LocalState => ({
  fields: { body: 'local\n', kind: 'entry' },
  hlc: { body: h(5), kind: h(5) },
  deleted: false,
  deletedHlc: null,
  ...over,
});
const none = new Set<string>();

describe('applying a pulled change', () => {
  it('creates a record this client lacks', () => {
    const r = applyRemoteChange(undefined, change({ body: { value: 'x', hlc: h(1) } }), none);
    expect(r.changed).toBe(true);
    expect(r.state).toEqual({ fields: { body: 'x' }, hlc: { body: h(1) }, deleted: false, deletedHlc: null });
    expect(r.seen).toEqual([h(1)]);
  });

  it('takes the server state of a field without pending writes, even with a lower HLC', () => {
    // The server kept its text and made ours a conflict copy: only taking its value converges.
    const r = applyRemoteChange(local(), change({ body: { value: 'server\n', hlc: h(2) } }), none);
    expect(r.state.fields.body).toBe('server\n');
    expect(r.state.hlc.body).toBe(h(2));
    expect(r.state.fields.kind).toBe('entry');
  });

  it('keeps a field with a pending write and holds the remote state', () => {
    const r = applyRemoteChange(
      local(),
      change({ body: { value: 'server\n', hlc: h(9) } }),
      new Set(['body']),
    );
    expect(r.state.fields.body).toBe('local\n');
    expect(r.state.hlc.body).toBe(h(5));
    expect(r.held).toEqual({ body: { value: 'server\n', hlc: h(9) } });
    expect(r.seen).toContain(h(9));
  });

  it('reports no change for an echo of the local state', () => {
    const r = applyRemoteChange(local(), change({ body: { value: 'local\n', hlc: h(5) } }), none);
    expect(r.changed).toBe(false);
  });

  it('applies a remote tombstone with the server deletedHlc and never undeletes', () => {
    const del = applyRemoteChange(local({ deleted: true, deletedHlc: h(7) }), change({}, h(6)), none);
    expect(del.state).toMatchObject({ deleted: true, deletedHlc: h(6) });
    const kept = applyRemoteChange(local({ deleted: true, deletedHlc: h(7) }), change({}), none);
    expect(kept.state).toMatchObject({ deleted: true, deletedHlc: h(7) });
  });
});

describe('settling held states after an acknowledgement', () => {
  it('applies held states of fields no longer pending, and only those', () => {
    const held = { body: { value: 'server\n', hlc: h(2) }, kind: { value: 'heading', hlc: h(9) } };
    const r = settleAfterAck(local(), held, new Set(['kind']));
    expect(r?.applied).toEqual(['body']);
    expect(r?.state.fields).toEqual({ body: 'server\n', kind: 'entry' });
    expect(settleAfterAck(local(), {}, none)).toBeNull();
  });
});

describe('failures', () => {
  it('classifies the contract error answers', () => {
    expect(classifyFailure(409, { error: { code: 'mutation_gap', message: '', expected: 4 } })).toEqual({
      kind: 'mutationGap',
      expected: 4,
    });
    expect(classifyFailure(400, { error: { code: 'clock_skew', message: '', serverTime: 'T' } })).toEqual({
      kind: 'clockSkew',
      serverTime: 'T',
    });
    expect(classifyFailure(401, {}).kind).toBe('unauthorized');
    expect(classifyFailure(404, null).kind).toBe('notFound');
    expect(classifyFailure(410, {}).kind).toBe('cursorExpired');
    expect(classifyFailure(403, { error: { code: 'client_taken' } }).kind).toBe('clientTaken');
    expect(isRetryable(classifyFailure(503, {}))).toBe(true);
    expect(isRetryable(classifyFailure(400, { error: { code: 'malformed' } }))).toBe(false);
  });

  it('backs off exponentially with jitter up to a cap', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(30, () => 1)).toBe(60_000);
  });
});
