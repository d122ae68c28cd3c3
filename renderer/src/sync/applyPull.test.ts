/** A pulled page reads the local records it merges with, however the page's ids fall in the table. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../../common/sync/protocol';
import { KyosoDb } from '../data/db';
import { loadDevice, type Device } from '../data/device';
import { applyPulledPage } from './pull/applyPage';

const dbs: KyosoDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const CREATED = '2026-01-01T00:00:00.000Z';
const OLD = `${CREATED}-0000-00000000000000aa`;
const NEW = '2026-01-02T00:00:00.000Z-0000-00000000000000bb';
const id = (n: number) => `0190a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

/** `ids` stored locally, created long ago (a record merged with its local copy keeps `createdAt`). */
async function deviceWith(ids: number[]): Promise<{ db: KyosoDb; device: Device }> {
  const db = new KyosoDb(`apply-${crypto.randomUUID()}`);
  dbs.push(db);
  const device = await loadDevice(db);
  await db.records('notes').bulkAdd(
    ids.map((n) => ({
      id: id(n),
      workspaceId: device.workspaceId,
      createdAt: CREATED,
      updatedAt: CREATED,
      hlc: { body: OLD, speaker: OLD, issueId: OLD },
      deleted: 0,
      deletedHlc: null,
      sessionId: '',
      at: '',
      kind: 'entry',
      speakerRole: '',
      speaker: 'local speaker',
      body: `local ${n}`,
      issueId: `local issue ${n}`,
    })),
  );
  return { db, device };
}

const change = (n: number): Change => ({
  table: 'notes',
  id: id(n),
  fields: { body: { value: `pulled ${n}`, hlc: NEW }, speaker: { value: 'pulled speaker', hlc: NEW } },
  deleted: false,
  deletedHlc: null,
});

async function pullAndRead(stored: number[], pulled: number[]) {
  const { db, device } = await deviceWith(stored);
  await applyPulledPage(db, device, device.workspaceId, pulled.map(change), 'cursor', true);
  return new Map((await db.records('notes').toArray()).map((r) => [r.id, r]));
}

describe('applyPulledPage', () => {
  it('merges with the records it holds and creates the others (a page of present and new ids, interleaved)', async () => {
    const stored = Array.from({ length: 60 }, (_, i) => i * 2);
    const pulled = Array.from({ length: 120 }, (_, i) => i);
    const rows = await pullAndRead(stored, pulled);
    expect(rows.size).toBe(120);
    for (const n of pulled) {
      const row = rows.get(id(n))!;
      expect(row.body).toBe(`pulled ${n}`);
      // A held record is merged with its local copy (created long ago, a field the page lacks);
      // a new one is the pulled state.
      if (n % 2 === 0) expect([row.createdAt, row.issueId]).toEqual([CREATED, `local issue ${n}`]);
      else expect(row.createdAt > CREATED).toBe(true);
    }
  });

  it('reads the held records also when the page’s ids are scattered over a much larger table', async () => {
    const stored = Array.from({ length: 2000 }, (_, i) => i);
    const pulled = Array.from({ length: 100 }, (_, i) => i * 20 + 1);
    const rows = await pullAndRead(stored, pulled);
    for (const n of pulled) {
      expect(rows.get(id(n))!).toMatchObject({
        body: `pulled ${n}`,
        createdAt: CREATED,
        issueId: `local issue ${n}`,
      });
    }
    expect(rows.get(id(2))!.body).toBe('local 2');
  });

  it('creates every record of a page when the table is empty', async () => {
    const rows = await pullAndRead(
      [],
      Array.from({ length: 100 }, (_, i) => i),
    );
    expect(rows.size).toBe(100);
    expect(rows.get(id(7))!.body).toBe('pulled 7');
  });
});
