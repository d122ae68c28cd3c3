/**
 * Pull validation over generated answers (fast-check): an answer that is not the contract's
 * envelope writes nothing at all, and a page of arbitrary changes writes only well-typed records —
 * every change that is not applied is kept raw, never dropped.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldProblem } from '../../../common/records/schema';
import { SYNCED_TABLES } from '../../../common/records/tables';
import { KyosoDb } from '../data/db';
import { loadDevice } from '../data/device';
import { pullAll } from './pull';
import { SyncError, SyncHttp } from './transport';

const dbs: KyosoDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function pullAnswering(body: unknown) {
  const db = new KyosoDb(`pull-prop-${crypto.randomUUID()}`);
  dbs.push(db);
  const device = await loadDevice(db);
  const http = new SyncHttp('http://sync.test', device.workspaceId, 'token', () =>
    Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })),
  );
  const outcome = await pullAll(db, device, device.workspaceId, http).then(
    () => 'applied' as const,
    (e: unknown) => {
      if (e instanceof SyncError) return 'refused' as const;
      throw e; // anything else is a crash, not a refusal
    },
  );
  return { db, outcome };
}

async function everything(db: KyosoDb) {
  const records: Record<string, unknown[]> = {};
  for (const t of SYNCED_TABLES) records[t] = await db.table(t).toArray();
  return {
    records,
    syncState: await db.syncState.toArray(),
    unappliedChanges: await db.unappliedChanges.toArray(),
  };
}

const HLC = '2026-03-01T00:00:00.000Z-0000-00000000000000ab';
const uuid = fc.uuid({ version: 4 });
const field = fc.record({
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string(), fc.integer()),
  hlc: fc.oneof(fc.constant(HLC), fc.string()),
});
const change = fc.oneof(
  fc.record({
    table: fc.oneof(fc.constantFrom(...SYNCED_TABLES), fc.string()),
    id: fc.oneof(uuid, fc.string()),
    fields: fc.dictionary(
      fc.oneof(
        fc.constantFrom('title', 'body', 'status', 'dots', 'run', 'constructor', '__proto__'),
        fc.string(),
      ),
      fc.oneof(field, fc.anything()),
      { maxKeys: 4 },
    ),
    deleted: fc.oneof(fc.boolean(), fc.anything()),
    deletedHlc: fc.oneof(fc.constant(null), fc.constant(HLC), fc.string()),
  }),
  fc.anything(),
);

describe('pull validation (property)', () => {
  it('an answer that is not a pull envelope writes nothing', async () => {
    const notAnEnvelope = fc.oneof(
      fc.anything(),
      fc.record({
        changes: fc.array(change, { maxLength: 3 }),
        cursor: fc.anything(),
        hasMore: fc.boolean(),
      }),
      fc.record({ changes: fc.array(change, { maxLength: 3 }), cursor: fc.string(), hasMore: fc.anything() }),
      fc.record({ changes: fc.anything(), cursor: fc.string(), hasMore: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(notAnEnvelope, async (body) => {
        const b = body as { cursor?: unknown; hasMore?: unknown; changes?: unknown };
        fc.pre(
          !(typeof b?.cursor === 'string' && typeof b.hasMore === 'boolean' && Array.isArray(b.changes)),
        );
        const { db, outcome } = await pullAnswering(body);
        expect(outcome).toBe('refused');
        const after = await everything(db);
        for (const t of SYNCED_TABLES) expect(after.records[t]).toEqual([]);
        expect(after.unappliedChanges).toEqual([]);
        expect(after.syncState.every((s) => s.cursor == null)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a page of arbitrary changes stores only well-typed records and keeps every change it cannot apply', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 6 }), async (changes) => {
        const { db, outcome } = await pullAnswering({ changes, cursor: 'c1', hasMore: false });
        expect(outcome).toBe('applied');
        const after = await everything(db);
        const storedIds = new Set<string>();
        for (const t of SYNCED_TABLES) {
          for (const row of after.records[t] as Record<string, unknown>[]) {
            storedIds.add(row.id as string);
            for (const [f, v] of Object.entries(row)) expect(fieldProblem(t, f, v)).toBeNull();
          }
        }
        const keptIds = new Set(after.unappliedChanges.map((u) => u.recordId));
        const keptWhole = after.unappliedChanges.filter(
          (u) => (u as { field: unknown }).field === null,
        ).length;
        const unaccounted = changes.filter((c) => {
          const id = (c as { id?: unknown } | null)?.id;
          return !(typeof id === 'string' && (storedIds.has(id) || keptIds.has(id)));
        });
        expect(keptWhole).toBeGreaterThanOrEqual(unaccounted.length);
      }),
      { numRuns: 60 },
    );
  });
});
