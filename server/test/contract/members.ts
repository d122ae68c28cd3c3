/**
 * Revoking and rotating member tokens (hardening issue, item 5): `DELETE …/members/:member`
 * removes a member (its token stops working at once in this process; its records stay), and
 * `POST …/members/:member/token` gives the member a new token and revokes the old one.
 */
import { expect, it } from 'vitest';
import { ADMIN_TOKEN, pushBody, setOp, uuid, type Harness } from '../harness';

export function membersContract(h: () => Harness): void {
  const remove = (ws: string, member: string, token = ADMIN_TOKEN) =>
    h().app.inject({
      method: 'DELETE',
      url: `/v1/workspaces/${ws}/members/${member}`,
      headers: { authorization: `Bearer ${token}` },
    });
  const rotate = (ws: string, member: string, token = ADMIN_TOKEN) =>
    h().request('POST', `/v1/workspaces/${ws}/members/${member}/token`, token, {});

  it('removes a member: its token is refused at once, its records stay for everyone else', async () => {
    const ws = await h().createWorkspace();
    const leaving = await h().addMember(ws, '異動する職員');
    const staying = await h().addMember(ws, '残る職員');
    const id = uuid();
    const pushed = await h().push(
      leaving,
      pushBody(uuid(), [{ mid: 1, ops: [setOp('issues', id, 'title', '引き継ぐ課題')] }]),
    );
    expect(pushed.status).toBe(200);
    expect((await h().pull(leaving)).status).toBe(200); // now remembered by the token cache

    const res = await remove(ws, leaving.memberId);
    expect(res.statusCode).toBe(204);
    expect((await h().pull(leaving)).status).toBe(401);
    expect((await h().push(leaving, pushBody(uuid(), []))).status).toBe(401);
    const { changes } = await h().pullAll(staying);
    expect(changes.map((c) => `${c.table}/${c.id}`)).toContain(`issues/${id}`);

    expect((await remove(ws, leaving.memberId)).statusCode).toBe(404); // already removed
    expect((await rotate(ws, leaving.memberId)).status).toBe(404); // and cannot come back by rotation
  });

  it('rotates a token: the old one is refused, the new one keeps the member and its clients', async () => {
    const m = await h().member();
    const client = uuid();
    const first = await h().push(
      m,
      pushBody(client, [{ mid: 1, ops: [setOp('issues', uuid(), 'title', 'a')] }]),
    );
    expect(first.status).toBe(200);
    const r = await rotate(m.ws, m.memberId);
    expect(r).toEqual({ status: 201, json: { memberId: m.memberId, token: expect.any(String) } });
    const token = r.json.token as string;
    expect(token).not.toBe(m.token);
    expect((await h().pull(m)).status).toBe(401);
    const renewed = { ...m, token };
    const next = await h().push(
      renewed,
      pushBody(client, [{ mid: 2, ops: [setOp('issues', uuid(), 'title', 'b')] }]),
    );
    expect(next.json).toEqual({ lastMutationId: 2, rejected: [], conflicts: [] });
  });

  it('lets only the admin remove or rotate, and only members of that workspace', async () => {
    const a = await h().member();
    const b = await h().member();
    expect((await remove(a.ws, a.memberId, a.token)).statusCode).toBe(403);
    expect((await rotate(a.ws, a.memberId, a.token)).status).toBe(403);
    expect((await remove(a.ws, b.memberId, 'nope')).statusCode).toBe(401);
    // b is not a member of a's workspace; an unknown member is the same 404.
    expect((await remove(a.ws, b.memberId)).statusCode).toBe(404);
    expect((await rotate(a.ws, b.memberId)).status).toBe(404);
    expect((await remove(a.ws, uuid())).statusCode).toBe(404);
    expect((await remove(uuid(), a.memberId)).statusCode).toBe(404);
    expect((await h().pull(b)).status).toBe(200);
  });
}
