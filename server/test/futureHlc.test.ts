/**
 * Session 15 (item 4, a clock far in the future): a field stored while the server's own clock ran a
 * year ahead (or by an older server) must not move the server's HLC clock past now + 5 min once
 * the clock is right again. The clock used to adopt it on the first merge that read the field, and
 * from then on stamped every merge and conflict record of every record a year ahead, where no
 * member's write could pass: marking such a conflict resolved was ignored for a year.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { formatHlc } from '../../common/sync/hlc';
import { MAX_CLOCK_SKEW_MS } from '../../common/sync/protocol';
import { buildApp } from '../src/app';
import { SqliteStorage } from '../src/storage/sqlite';
import { ADMIN_TOKEN, Harness, byId, hlc, pushBody, setOp, textOp, uuid } from './harness';

const YEAR = 365 * 24 * 3600 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'kyoso-future-hlc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a stored far-future HLC does not drag the server clock (and every later server HLC) along', async () => {
  const storage = SqliteStorage.open(dir);
  const T = Date.now();
  // The server's clock ran a year ahead: pushes stamped by a device on the same wrong time pass.
  const ahead = await buildApp({ storage, adminToken: ADMIN_TOKEN, rateLimit: false, now: () => T + YEAR });
  const h1 = Harness.wrap(ahead, storage);
  const m = await h1.member();
  const note = uuid();
  const future = hlc('00000000000000aa', YEAR);
  await h1.push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(note, 'a\n', null, future)] }]));
  await ahead.close();

  // The clock is right again (and the process restarted). A member edits the note from what it pulled.
  const right = await buildApp({ storage, adminToken: ADMIN_TOKEN, rateLimit: false, now: () => T });
  const h = Harness.wrap(right, storage);
  try {
    const client = uuid();
    const edit = await h.push(m, pushBody(client, [{ mid: 1, ops: [textOp(note, 'a\nb\n', future)] }]));
    expect(edit.json.conflicts).toEqual([]);
    // Another record meets a conflict: its conflict record is stamped by the server clock.
    const other = uuid();
    await h.push(m, pushBody(client, [{ mid: 2, ops: [textOp(other, 'x\n', null)] }]));
    const clash = await h.push(m, pushBody(client, [{ mid: 3, ops: [textOp(other, 'y\n', null)] }]));
    const conflictId = (clash.json.conflicts as { conflictId: string }[])[0]!.conflictId;
    const changes = byId((await h.pullAll(m)).changes);
    const limit = formatHlc({ millis: T + MAX_CLOCK_SKEW_MS, counter: 0, node: '0000000000000000' });
    const stamped = changes.get(`conflicts/${conflictId}`)!.fields.resolved!.hlc;
    expect(stamped < limit).toBe(true);
    expect(changes.get(`notes/${note}`)?.fields.body?.value).toBe('a\nb\n');
    // So a member's client (its clock capped at now + 5 min, having seen that HLC) can resolve it.
    const seen = changes.get(`conflicts/${conflictId}`)!.fields.resolved!.hlc;
    const after = `${seen.slice(0, 25)}${(parseInt(seen.slice(25, 29), 16) + 1).toString(16).padStart(4, '0')}-00000000000000aa`;
    await h.push(
      m,
      pushBody(client, [{ mid: 4, ops: [setOp('conflicts', conflictId, 'resolved', true, after)] }]),
    );
    const resolved = byId((await h.pullAll(m)).changes).get(`conflicts/${conflictId}`)?.fields.resolved;
    expect(resolved?.value).toBe(true);
  } finally {
    await h.close();
  }
});
