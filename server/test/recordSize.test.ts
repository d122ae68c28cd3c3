/**
 * A record may not grow past its size limit over many pushes (docs/sync-protocol.md 1.6): the
 * mutation that would take it past is rejected and acknowledged, the record stays pullable.
 * Found by an independent conformance client (session 14). The limit is lowered here so the test
 * needs no 64 MiB of pushes; `recordSize.test.ts` next to the code checks the projection itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { SqliteStorage } from '../src/storage/sqlite';
import { ADMIN_TOKEN, Harness, pushBody, setOp, uuid } from './harness';

const LIMIT = 100_000;
let dir = '';
let h: Harness;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyoso-record-size-'));
  const storage = SqliteStorage.open(dir);
  const app = await buildApp({ storage, adminToken: ADMIN_TOKEN, rateLimit: false, maxRecordChars: LIMIT });
  h = Harness.wrap(app, storage);
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

it('rejects the mutation that would take a record past the limit, acknowledges it, applies the rest', async () => {
  const m = await h.member();
  const client = uuid();
  const id = uuid();
  const chunk = 'x'.repeat(30_000);
  for (let mid = 1; mid <= 3; mid++) {
    const r = await h.push(m, pushBody(client, [{ mid, ops: [setOp('notes', id, `f${mid}`, chunk)] }]));
    expect(r.json).toEqual({ lastMutationId: mid, rejected: [], conflicts: [] });
  }
  const other = uuid();
  const over = await h.push(
    m,
    pushBody(client, [
      { mid: 4, ops: [setOp('notes', other, 'n', 1), setOp('notes', id, 'f4', chunk)] },
      { mid: 5, ops: [setOp('notes', other, 'after', 2), setOp('notes', id, 'f1', 'smaller')] },
    ]),
  );
  expect(over.json).toEqual({
    lastMutationId: 5,
    rejected: [{ mid: 4, code: 'record_too_large' }],
    conflicts: [],
  });
  const pulled = await h.pullAll(m);
  const rec = pulled.changes.find((c) => c.id === id);
  expect(Object.keys(rec?.fields ?? {}).sort()).toEqual(['f1', 'f2', 'f3']);
  expect(rec?.fields.f1?.value).toBe('smaller');
  // The rejected mutation changed nothing, also on its other record; the next one applied.
  expect(pulled.changes.find((c) => c.id === other)?.fields).toEqual({
    after: { value: 2, hlc: expect.any(String) },
  });
});
