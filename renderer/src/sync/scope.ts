/** The tables a sync transaction writes: every record table and the sync bookkeeping. */
import type { Table } from 'dexie';
import { SYNCED_TABLES } from '../../../common/records/tables';
import type { KyosoDb } from '../data/db';

export function syncWriteScope(db: KyosoDb): Table[] {
  return [...SYNCED_TABLES.map((t) => db.table(t)), db.syncState, db.outbox, db.meta, db.syncLog];
}

/** The key of a record in maps of pending and held fields. */
export const recordKey = (table: string, id: string) => `${table}/${id}`;

export function withoutKey<V>(map: Record<string, V>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => k !== key));
}
