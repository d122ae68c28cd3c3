/** Test helpers for backup tests: a database with something in every table, and a deep snapshot. */
import { NOT_BACKED_UP_TABLES } from '../../../common/export/backupFormat';
import { SYNCED_TABLES, type SyncedTable } from '../../../common/records/tables';
import type { FieldsByTable } from '../../../common/records/types';
import { RECORD_FIELDS, type FieldSpec } from '../../../common/records/schema';
import { KyosoDb } from './db';
import { loadDevice } from './device';
import { createRepositories, type Repositories } from './repositories';

/** Plausible fields for any table, derived from the validator's own field list. */
export function sampleFields<T extends SyncedTable>(table: T, n: number): FieldsByTable[T] {
  const fields: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(RECORD_FIELDS[table] as Record<string, FieldSpec>)) {
    const kind = spec.kind;
    if (kind === 'string') fields[field] = `${table}.${field} ${n}: 移動手段の確保（高齢福祉課）`;
    else if (kind === 'number') fields[field] = n;
    else if (kind === 'boolean') fields[field] = n % 2 === 0;
    else if (typeof kind === 'object' && 'oneOf' in kind) fields[field] = kind.oneOf[n % kind.oneOf.length];
    else fields[field] = spec.fallback;
  }
  return fields as unknown as FieldsByTable[T];
}

export interface Seeded {
  db: KyosoDb;
  repos: Repositories;
}

/**
 * A database with `perTable` records in every synced table (one edited, one deleted per table),
 * settings including a secret, sync state and a sync log.
 */
export async function seededDb(name: string, perTable = 3): Promise<Seeded> {
  const db = new KyosoDb(name);
  const device = await loadDevice(db);
  const repos = createRepositories(db, device);
  for (const table of SYNCED_TABLES) {
    const repo = repos[table] as unknown as {
      create(f: unknown): Promise<{ id: string }>;
      update(id: string, p: unknown): Promise<unknown>;
      remove(id: string): Promise<void>;
    };
    const ids: string[] = [];
    for (let i = 0; i < perTable; i++) ids.push((await repo.create(sampleFields(table, i))).id);
    if (ids.length > 1) await repo.update(ids[0]!, sampleFields(table, 100));
    if (ids.length > 2) await repo.remove(ids[1]!);
  }
  await db.settings.bulkPut([
    { key: 'syncServerUrl', value: 'http://192.168.0.10:8787' },
    { key: 'ui', value: { density: 'compact', recent: ['a', 'b'] } },
    { key: 'secret:syncToken', value: 'do-not-back-me-up' },
  ]);
  await db.syncState.put({
    workspaceId: device.workspaceId,
    cursor: 42,
    lastPullAt: '2026-05-01T00:00:00.000Z',
  });
  await db.syncLog.bulkAdd([
    { at: '2026-05-01T00:00:00.000Z', level: 'info', message: '同期しました（3件）' },
    { at: '2026-05-01T00:01:00.000Z', level: 'warn', message: '競合コピーを作成しました' },
  ]);
  return { db, repos };
}

/** Every table of the database, rows in primary-key order. */
export async function snapshot(db: KyosoDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if ((NOT_BACKED_UP_TABLES as readonly string[]).includes(table.name)) continue;
    out[table.name] = await table.toArray();
  }
  return out;
}
