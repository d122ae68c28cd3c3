/** One repository per record table, built once the device identity is loaded. */
import { SYNCED_TABLES, type SyncedTable } from '../../../common/records/tables';
import type { KyosoDb } from './db';
import type { Device } from './device';
import { Repository } from './repository';
import type { WriteTracker } from './unsavedEdits';
import type { WriteJournal } from './writeJournal';

export type Repositories = { [T in SyncedTable]: Repository<T> };

/** `writes` follows every write under way, so a closing window can wait for them (unsavedEdits). */
export function createRepositories(
  db: KyosoDb,
  device: Device,
  writes?: WriteTracker,
  journal?: WriteJournal,
): Repositories {
  const entries = SYNCED_TABLES.map(
    (table) => [table, new Repository(db, table, device, undefined, writes, journal)] as const,
  );
  return Object.fromEntries(entries) as unknown as Repositories;
}
