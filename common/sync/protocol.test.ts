import { describe, expect, it } from 'vitest';
import { MAX_OPS_PER_PUSH, MAX_VALUE_DEPTH, validatePushRequest } from './protocol';

const HLC = '2026-11-27T10:00:00.000Z-0000-0123456789abcdef';
const ID = '01939a3c-7a2e-7b3c-8d4e-0123456789ab';
const CLIENT = '01939a3c-0000-7000-8000-000000000001';

function push(ops: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { protocol: 1, clientId: CLIENT, mutations: [{ mid: 1, ops }], ...extra };
}
const setOp = (over: Record<string, unknown> = {}) => ({
  op: 'set',
  table: 'issues',
  id: ID,
  field: 'status',
  value: 'open',
  hlc: HLC,
  ...over,
});
const textOp = (over: Record<string, unknown> = {}) => ({
  op: 'text',
  table: 'notes',
  id: ID,
  field: 'body',
  value: 'hello',
  hlc: HLC,
  baseHlc: null,
  ...over,
});

function codeOf(body: unknown): string {
  const r = validatePushRequest(body);
  return r.ok ? 'ok' : `${r.status} ${r.code}`;
}

function nest(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 1; i < depth; i++) v = [v];
  return v;
}

describe('validatePushRequest', () => {
  it('accepts every op kind and returns the typed request', () => {
    const body = push([
      setOp(),
      textOp({ baseHlc: HLC }),
      { op: 'delete', table: 'briefs', id: ID, hlc: HLC },
    ]);
    const r = validatePushRequest(body);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.request).toEqual(body);
  });

  it('accepts any JSON value for set, including nested objects, arrays and null', () => {
    expect(codeOf(push([setOp({ value: { a: [1, null, { b: true }], c: 'x' } })]))).toBe('ok');
    expect(codeOf(push([setOp({ value: null })]))).toBe('ok');
    expect(codeOf(push([setOp({ value: nest(MAX_VALUE_DEPTH) })]))).toBe('ok');
  });

  it('accepts the field names constructor and prototype, and values with those keys (protocol §2.3)', () => {
    const value = JSON.parse(
      '{"prototype":1,"constructor":{"a":1,"prototype":{"constructor":[]}}}',
    ) as unknown;
    const body = push([
      setOp({ field: 'constructor', value }),
      setOp({ field: 'prototype', value: { constructor: 'x' } }),
      textOp({ field: 'constructor' }),
    ]);
    const r = validatePushRequest(body);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.request).toEqual(body);
  });

  it('says that a body which is not a JSON object needs the JSON content type', () => {
    // Fastify hands a text/plain body over as a string; it must not read as a protocol error.
    for (const body of [JSON.stringify(push()), 'protocol=1', undefined, null, [], 1]) {
      expect(validatePushRequest(body)).toEqual({
        ok: false,
        status: 400,
        code: 'malformed',
        message: 'body must be a JSON object (Content-Type: application/json)',
      });
    }
  });

  it('answers 426 below the lowest protocol and 400 above the highest', () => {
    expect(codeOf(push([], { protocol: 0 }))).toBe('426 unsupported_protocol');
    expect(codeOf(push([], { protocol: 2 }))).toBe('400 unsupported_protocol');
    expect(codeOf(push([], { protocol: '1' }))).toBe('400 malformed');
    expect(codeOf(push([], { protocol: 1.5 }))).toBe('400 malformed');
  });

  it.each([
    ['not an object', []],
    ['null body', null],
    ['extra envelope property', push([], { extra: 1 })],
    ['missing clientId', { protocol: 1, mutations: [] }],
    ['upper-case clientId', push([], { clientId: CLIENT.toUpperCase() })],
    ['mutations not an array', push([], { mutations: {} })],
    ['extra mutation property', push([], { mutations: [{ mid: 1, ops: [], x: 1 }] })],
    ['mid as string', push([], { mutations: [{ mid: '1', ops: [] }] })],
    ['mid zero', push([], { mutations: [{ mid: 0, ops: [] }] })],
    ['mid fraction', push([], { mutations: [{ mid: 1.5, ops: [] }] })],
    ['extra op property', push([setOp({ extra: true })])],
    ['unknown op', push([setOp({ op: 'upsert' })])],
    ['unknown table', push([setOp({ table: 'users' })])],
    ['prototype table', push([setOp({ table: '__proto__' })])],
    ['bad HLC', push([setOp({ hlc: '2026-11-27 10:00' })])],
    ['bad baseHlc', push([textOp({ baseHlc: 'x' })])],
    ['missing baseHlc', push([{ op: 'text', table: 'notes', id: ID, field: 'body', value: '', hlc: HLC }])],
    ['missing value', push([{ op: 'set', table: 'issues', id: ID, field: 'status', hlc: HLC }])],
    ['text value not a string', push([textOp({ value: 5 })])],
    ['bad id', push([setOp({ id: 'not-a-uuid' })])],
    ['field name with a dot', push([setOp({ field: 'a.b' })])],
    ['field name starting with a digit', push([setOp({ field: '1a' })])],
    ['field name too long', push([setOp({ field: 'a'.repeat(65) })])],
    ['field "__proto__"', push([setOp({ field: '__proto__' })])],
    ['field on delete', push([{ op: 'delete', table: 'briefs', id: ID, hlc: HLC, field: 'x' }])],
    ['value nested too deeply', push([setOp({ value: nest(MAX_VALUE_DEPTH + 1) })])],
    ['__proto__ key in a value', push([setOp({ value: JSON.parse('{"__proto__":{"x":1}}') })])],
    ['__proto__ key nested in a value', push([setOp({ value: JSON.parse('{"a":[{"__proto__":1}]}') })])],
    [
      '__proto__ key in the envelope',
      JSON.parse(`{"protocol":1,"clientId":"${CLIENT}","mutations":[],"__proto__":{}}`),
    ],
  ])('refuses %s with 400 malformed', (_name, body) => {
    expect(codeOf(body)).toBe('400 malformed');
  });

  it('refuses more than the maximum ops with too_many_ops', () => {
    const ops = Array.from({ length: MAX_OPS_PER_PUSH + 1 }, () => setOp());
    expect(codeOf(push(ops))).toBe('400 too_many_ops');
    expect(codeOf(push(ops.slice(1)))).toBe('ok');
  });

  it('does not pollute Object.prototype while checking', () => {
    validatePushRequest(JSON.parse(`{"protocol":1,"__proto__":{"polluted":true}}`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives a nesting bomb without throwing', () => {
    expect(codeOf(push([setOp({ value: nest(100_000) })]))).toBe('400 malformed');
  });
});
