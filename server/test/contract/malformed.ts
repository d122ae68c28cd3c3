/** Malformed input (docs/sync-protocol.md §5.6, §8): each refused with the right code, nothing stored. */
import { expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_OPS_PER_PUSH } from '../../../common/sync/protocol';
import { hlc, pushBody, setOp, uuid, type Harness } from '../harness';

const ID = uuid();
const good = () => setOp('issues', ID, 'title', 'x');
const nested = (depth: number) => '['.repeat(depth) + '1' + ']'.repeat(depth);
/** Bodies are made per test (each test has its own client) and lazily, as some are megabytes. */
type MakeBody = (client: string) => unknown;
const env =
  (over: Record<string, unknown>): MakeBody =>
  (client) => ({ ...pushBody(client, [{ mid: 1, ops: [good()] }]), ...over });
const rawPush =
  (value: () => string): MakeBody =>
  (client) =>
    `{"protocol":1,"clientId":"${client}","mutations":[{"mid":1,"ops":[{"op":"set","table":"issues","id":"${ID}","field":"f","value":${value()},"hlc":"${hlc()}"}]}]}`;
const raw =
  (text: string): MakeBody =>
  () =>
    text;

/** [name, body maker, status, code] */
const CORPUS: [string, MakeBody, number, string][] = [
  ['invalid JSON', raw('{"protocol":1,'), 400, 'malformed'],
  ['empty JSON body', raw(''), 400, 'malformed'],
  ['JSON array', raw('[]'), 400, 'malformed'],
  ['JSON string', raw('"push"'), 400, 'malformed'],
  ['protocol as string', env({ protocol: '1' }), 400, 'malformed'],
  ['protocol too old', env({ protocol: 0 }), 426, 'unsupported_protocol'],
  ['protocol too new', env({ protocol: 2 }), 400, 'unsupported_protocol'],
  ['extra envelope property', env({ debug: true }), 400, 'malformed'],
  ['clientId not a UUID', env({ clientId: 'me' }), 400, 'malformed'],
  ['mutations as object', env({ mutations: { 0: {} } }), 400, 'malformed'],
  ['extra mutation property', env({ mutations: [{ mid: 1, ops: [good()], at: 1 }] }), 400, 'malformed'],
  ['mid as string', env({ mutations: [{ mid: '1', ops: [good()] }] }), 400, 'malformed'],
  ['extra op property', env({ mutations: [{ mid: 1, ops: [{ ...good(), why: 1 }] }] }), 400, 'malformed'],
  ['unknown op', env({ mutations: [{ mid: 1, ops: [{ ...good(), op: 'merge' }] }] }), 400, 'malformed'],
  ['unknown table', env({ mutations: [{ mid: 1, ops: [{ ...good(), table: 'users' }] }] }), 400, 'malformed'],
  ['bad HLC', env({ mutations: [{ mid: 1, ops: [{ ...good(), hlc: '2026-01-01' }] }] }), 400, 'malformed'],
  // The HLC pattern with a time that is no real UTC instant: V8's Date.parse took most of these.
  ...[
    '2026-02-30T10:00:00.000Z',
    '2026-02-29T10:00:00.000Z',
    '2026-04-31T10:00:00.000Z',
    '2026-13-01T10:00:00.000Z',
    '2026-00-10T10:00:00.000Z',
    '2026-01-00T10:00:00.000Z',
    '2026-01-01T24:00:00.000Z',
    '2026-01-01T10:60:00.000Z',
    '2026-01-01T10:00:60.000Z',
  ].map((time): [string, MakeBody, number, string] => [
    `HLC time ${time}`,
    env({ mutations: [{ mid: 1, ops: [{ ...good(), hlc: `${time}-0000-0123456789abcdef` }] }] }),
    400,
    'malformed',
  ]),
  [
    'bad record id',
    env({ mutations: [{ mid: 1, ops: [{ ...good(), id: ID.toUpperCase() }] }] }),
    400,
    'malformed',
  ],
  ['bad field name', env({ mutations: [{ mid: 1, ops: [{ ...good(), field: 'a-b' }] }] }), 400, 'malformed'],
  [
    '__proto__ in envelope',
    (c) => `{"protocol":1,"clientId":"${c}","mutations":[],"__proto__":{"x":1}}`,
    400,
    'malformed',
  ],
  ['__proto__ in a value', rawPush(() => '{"__proto__":{"polluted":true}}'), 400, 'malformed'],
  ['deep nesting', rawPush(() => nested(10_000)), 400, 'malformed'],
  [
    'too many ops',
    (c) => pushBody(c, [{ mid: 1, ops: Array.from({ length: MAX_OPS_PER_PUSH + 1 }, good) }]),
    400,
    'too_many_ops',
  ],
  ['body over the limit', rawPush(() => JSON.stringify('x'.repeat(MAX_BODY_BYTES))), 413, 'too_large'],
];

export function malformedContract(h: () => Harness): void {
  it.each(CORPUS)('refuses %s', async (_name, makeBody, status, code) => {
    const m = await h().member();
    const client = uuid();
    const r = await h().push(m, makeBody(client));
    // Compare small values only: a failing deep-equal of a megabyte body would drown the report.
    expect(`${r.status} ${(r.json.error as { code?: string } | undefined)?.code}`).toBe(`${status} ${code}`);
    expect(typeof (r.json.error as { message?: unknown }).message).toBe('string');
    expect(Object.keys(r.json)).toEqual(['error']);
    expect((await h().pullAll(m)).changes).toEqual([]);
    // Nothing moved: the client's first mutation is still mid 1.
    const ok = await h().push(m, pushBody(client, [{ mid: 1, ops: [good()] }]));
    expect(ok.json.lastMutationId).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tells a client that sent a text/plain body to send JSON', async () => {
    const m = await h().member();
    const res = await h().app.inject({
      method: 'POST',
      url: `/v1/workspaces/${m.ws}/push`,
      headers: { authorization: `Bearer ${m.token}`, 'content-type': 'text/plain' },
      payload: JSON.stringify(pushBody(uuid(), [{ mid: 1, ops: [good()] }])),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'malformed', message: 'body must be a JSON object (Content-Type: application/json)' },
    });
    expect((await h().pullAll(m)).changes).toEqual([]);
  });

  it('refuses a body without a JSON content type with 400', async () => {
    const m = await h().member();
    const res = await h().app.inject({
      method: 'POST',
      url: `/v1/workspaces/${m.ws}/push`,
      headers: { authorization: `Bearer ${m.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'protocol=1',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'malformed', message: expect.any(String) } });
  });
}
