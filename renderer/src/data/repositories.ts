/** One repository per record table, built once the device identity is loaded. */
import { SYNCED_TABLES, type SyncedTable } from '../../../common/records/tables';
import type { KyosoDb } from './db';
import type { Device } from './device';
import { Repository } from './repository';

export type Repositories = { [T in SyncedTable]: Repository<T> };

export function createRepositories(db: KyosoDb, device: Device): Repositories {
  const entries = SYNCED_TABLES.map((table) => [table, new Repository(db, table, device)] as const);
  return Object.fromEntries(entries) as unknown as Repositories;
}
