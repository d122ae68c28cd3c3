/**
 * Stored HLCs far in the future (session 16). A field stamped while the server's clock ran ahead
 * (or by an older server without the clock_skew check) sits where no write the server accepts
 * today can pass it under "greater HLC wins"; and a server clock set back (an NTP correction)
 * must not keep stamping merges and conflict records that far ahead.
 */
import { expect, it } from 'vitest';
import { capToSkewLimit } from '../../../common/sync/clockSkew';
import { formatHlc, HlcClock } from '../../../common/sync/hlc';
import { MAX_CLOCK_SKEW_MS } from '../../../common/sync/protocol';
import { byId, hlc, pushBody, setOp, textOp, uuid, type Harness } from '../harness';

const YEAR = 365 * 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** The greatest HLC a push may carry at the server's wall time `at`. */
const acceptLimit = (at: number): string =>
  formatHlc({ millis: at + MAX_CLOCK_SKEW_MS, counter: 0xffff, node: 'ffffffffffffffff' });

export function futureHlcContract(h: () => Harness): void {
  it('a set replaces a value whose stored HLC no push could reach today, and orders by HLC after that', async () => {
    const m = await h().member();
    const client = uuid();
    const issue = uuid();
    h().clockOffsetMs = YEAR; // the server's clock ran a year ahead: a device on that time got through
    try {
      const r = await h().push(
        m,
        pushBody(uuid(), [
          { mid: 1, ops: [setOp('issues', issue, 'status', 'open', hlc('00000000000000ff', YEAR))] },
        ]),
      );
      expect(r.status).toBe(200);
    } finally {
      h().clockOffsetMs = 0;
    }
    // Clock right again. A member closes the issue: a later true edit, and it must not vanish.
    const closedAt = hlc();
    await h().push(
      m,
      pushBody(client, [{ mid: 1, ops: [setOp('issues', issue, 'status', 'closed', closedAt)] }]),
    );
    let status = byId((await h().pullAll(m)).changes).get(`issues/${issue}`)?.fields.status;
    expect(status).toEqual({ value: 'closed', hlc: closedAt });
    // From then on the field orders by HLC as always: an older write (offline since) loses.
    await h().push(
      m,
      pushBody(uuid(), [
        { mid: 1, ops: [setOp('issues', issue, 'status', 'open', hlc('00000000000000bb', -60_000))] },
      ]),
    );
    status = byId((await h().pullAll(m)).changes).get(`issues/${issue}`)?.fields.status;
    expect(status?.value).toBe('closed');
  });

  it('a stored HLC within the accept limit still wins over an older write', async () => {
    const m = await h().member();
    const issue = uuid();
    const ahead = hlc('00000000000000ff', 4 * 60_000); // a device 4 min fast: within the contract
    await h().push(m, pushBody(uuid(), [{ mid: 1, ops: [setOp('issues', issue, 'status', 'open', ahead)] }]));
    await h().push(
      m,
      pushBody(uuid(), [{ mid: 1, ops: [setOp('issues', issue, 'status', 'closed', hlc())] }]),
    );
    const status = byId((await h().pullAll(m)).changes).get(`issues/${issue}`)?.fields.status;
    expect(status).toEqual({ value: 'open', hlc: ahead });
  });

  it('a server clock set back stamps no merge or conflict record beyond its clock + 5 min, and no merge below the values it follows', async () => {
    const m = await h().member();
    const client = uuid();
    const note = uuid();
    const other = uuid();
    h().clockOffsetMs = HOUR; // an hour fast; the server stamps a merge meanwhile
    try {
      const base = hlc('00000000000000aa', HOUR);
      await h().push(m, pushBody(client, [{ mid: 1, ops: [textOp(note, '1\n2\n3\n', null, base)] }]));
      await h().push(
        m,
        pushBody(client, [
          { mid: 2, ops: [textOp(note, '1\n2\n3\n4\n', base, hlc('00000000000000aa', HOUR))] },
        ]),
      );
      await h().push(
        m,
        pushBody(uuid(), [
          { mid: 1, ops: [textOp(note, '0\n1\n2\n3\n', base, hlc('00000000000000bb', HOUR))] },
        ]),
      );
      expect(byId((await h().pullAll(m)).changes).get(`notes/${note}`)?.fields.body?.value).toBe(
        '0\n1\n2\n3\n4\n',
      );
    } finally {
      h().clockOffsetMs = 0; // NTP corrects the clock; the process keeps running
    }
    // A conflict on another record after the correction: stamped within now + 5 min.
    await h().push(m, pushBody(client, [{ mid: 3, ops: [textOp(other, 'x\n', null)] }]));
    const clash = await h().push(m, pushBody(client, [{ mid: 4, ops: [textOp(other, 'y\n', null)] }]));
    const conflictId = (clash.json.conflicts as { conflictId: string }[])[0]!.conflictId;
    const after = byId((await h().pullAll(m)).changes);
    const stamped = after.get(`conflicts/${conflictId}`)!.fields.resolved!.hlc;
    expect(stamped <= acceptLimit(Date.now())).toBe(true);
    // A member's client (its clock observes pulled HLCs capped at now + 5 min) marks it resolved.
    const member = new HlcClock('00000000000000cc');
    member.observe(capToSkewLimit(stamped, Date.now()));
    await h().push(
      m,
      pushBody(client, [{ mid: 5, ops: [setOp('conflicts', conflictId, 'resolved', true, member.now())] }]),
    );
    const resolved = byId((await h().pullAll(m)).changes).get(`conflicts/${conflictId}`)?.fields.resolved;
    expect(resolved?.value).toBe(true);
    // A merge on a field stamped 4 min ahead (within the limit) still sorts after it.
    const near = uuid();
    const nearBase = hlc('00000000000000aa', 4 * 60_000);
    await h().push(m, pushBody(client, [{ mid: 6, ops: [textOp(near, 'a\nb\n', null, nearBase)] }]));
    await h().push(m, pushBody(client, [{ mid: 7, ops: [textOp(near, 'a\nb\nc\n', nearBase, hlc())] }]));
    await h().push(
      m,
      pushBody(uuid(), [{ mid: 1, ops: [textOp(near, 'z\na\nb\n', nearBase, hlc('00000000000000bb'))] }]),
    );
    const body = byId((await h().pullAll(m)).changes).get(`notes/${near}`)!.fields.body!;
    expect(body.value).toBe('z\na\nb\nc\n');
    expect(body.hlc > nearBase).toBe(true);
  });
}
