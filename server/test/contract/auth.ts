/** Auth and workspace isolation (docs/sync-protocol.md §4, §5.8). */
import { expect, it } from 'vitest';
import { ADMIN_TOKEN, pushBody, setOp, uuid, type Harness } from '../harness';

export function authContract(h: () => Harness): void {
  it('serves /healthz without a token', async () => {
    const r = await h().request('GET', '/healthz', null);
    expect(r.status).toBe(200);
  });

  it('answers 401 to a missing or unknown token, before anything else', async () => {
    const m = await h().member();
    for (const token of [null, 'nope', `${m.token}x`]) {
      expect((await h().request('GET', `/v1/workspaces/${m.ws}/pull`, token)).status).toBe(401);
      const push = await h().request('POST', `/v1/workspaces/${m.ws}/push`, token, { junk: true });
      expect(push).toEqual({
        status: 401,
        json: { error: { code: 'unauthorized', message: expect.any(String) } },
      });
      expect((await h().request('POST', '/v1/workspaces', token, { name: 'x' })).status).toBe(401);
    }
    // A malformed Authorization header is just as unknown.
    const res = await h().app.inject({
      method: 'GET',
      url: `/v1/workspaces/${m.ws}/pull`,
      headers: { authorization: m.token },
    });
    expect(res.statusCode).toBe(401);
  });

  it('lets the admin create workspaces and members, each token shown once', async () => {
    const ws = await h().createWorkspace('横浜市 共創推進課');
    const r = await h().request('POST', `/v1/workspaces/${ws}/members`, ADMIN_TOKEN, { name: '佐藤' });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ memberId: expect.any(String), token: expect.any(String) });
    expect((await h().request('POST', '/v1/workspaces', ADMIN_TOKEN, { name: '' })).status).toBe(400);
    expect((await h().request('POST', '/v1/workspaces', ADMIN_TOKEN, { name: 'x', extra: 1 })).status).toBe(
      400,
    );
    expect((await h().request('POST', '/v1/workspaces', ADMIN_TOKEN, { name: 5 })).status).toBe(400);
    expect(
      (await h().request('POST', `/v1/workspaces/${uuid()}/members`, ADMIN_TOKEN, { name: 'x' })).status,
    ).toBe(404);
  });

  it('forbids members the admin calls: 403 on their own workspace, 404 on others', async () => {
    const a = await h().member();
    const b = await h().member();
    expect((await h().request('POST', '/v1/workspaces', a.token, { name: 'x' })).status).toBe(403);
    expect((await h().request('POST', `/v1/workspaces/${a.ws}/members`, a.token, { name: 'x' })).status).toBe(
      403,
    );
    expect((await h().request('POST', `/v1/workspaces/${b.ws}/members`, a.token, { name: 'x' })).status).toBe(
      404,
    );
  });

  it('keeps the admin token away from records (404 on push and pull)', async () => {
    const m = await h().member();
    expect((await h().request('GET', `/v1/workspaces/${m.ws}/pull`, ADMIN_TOKEN)).status).toBe(404);
    const push = await h().request('POST', `/v1/workspaces/${m.ws}/push`, ADMIN_TOKEN, pushBody(uuid(), []));
    expect(push.status).toBe(404);
  });

  it('answers 404 for everything of workspace B to a token of workspace A, even before reading the body', async () => {
    const a = await h().member();
    const b = await h().member();
    const asA = { ...b, token: a.token };
    const id = uuid();
    expect(
      (await h().push(b, pushBody(uuid(), [{ mid: 1, ops: [setOp('issues', id, 'title', 'B')] }]))).status,
    ).toBe(200);
    for (const r of [
      await h().pull(asA),
      await h().pull(asA, 'limit=0'),
      await h().push(asA, pushBody(uuid(), [{ mid: 1, ops: [setOp('issues', id, 'title', 'A')] }])),
      await h().push(asA, { junk: true }),
      await h().push(asA, 'x'.repeat(17 * 1024 * 1024)),
      await h().request('GET', `/v1/workspaces/${uuid()}/pull`, a.token),
      await h().request('GET', `/v1/workspaces/not-a-uuid/pull`, a.token),
    ]) {
      expect(r).toEqual({ status: 404, json: { error: { code: 'not_found', message: expect.any(String) } } });
    }
    const seen = await h().pullAll(b);
    expect(seen.changes.map((c) => c.fields.title?.value)).toEqual(['B']);
  });

  it('gives a clientId to the member who used it first (403 for anyone else)', async () => {
    const a = await h().member();
    const a2 = await h().addMember(a.ws, '二人目');
    const other = await h().member();
    const clientId = uuid();
    expect((await h().push(a, pushBody(clientId, [{ mid: 1, ops: [] }]))).status).toBe(200);
    for (const m of [a2, other]) {
      const r = await h().push(
        m,
        pushBody(clientId, [{ mid: 2, ops: [setOp('issues', uuid(), 'title', 'x')] }]),
      );
      expect(r.status).toBe(403);
      expect((r.json.error as { code: string }).code).toBe('client_taken');
    }
    expect((await h().pullAll(a2)).changes).toEqual([]);
  });

  it('answers unknown routes and methods with a JSON 404', async () => {
    for (const url of ['/nope', '/v1/workspaces', '/v2/workspaces/x/pull']) {
      const r = await h().request('GET', url, null);
      expect(r).toEqual({ status: 404, json: { error: { code: 'not_found', message: expect.any(String) } } });
    }
  });
}
