/**
 * Stored HLCs far in the future (session 16). A field stamped while the server's clock ran ahead
 * (or by an older server without the clock_skew check) sits where no write the server accepts
 * today can pass it under "greater HLC wins"; and a server clock set back (an NTP correction)
 * must not keep stamping merges and conflict records that far ahead.
 */
import { expect, it } from 'vitest';
import { byId, hlc, pushBody, setOp, uuid, type Harness } from '../harness';

const YEAR = 365 * 24 * 3600 * 1000;

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
}
