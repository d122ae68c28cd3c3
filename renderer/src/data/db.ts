/**
 * The app's IndexedDB database. Record tables are written only through `recordWrites.ts` (and the
 * repositories built on it); the change-feed middleware records every write in `changes`.
 */
import Dexie, { type Table } from 'dexie';
import type { FieldsByTable, RecordOf } from '../../../common/records/types';
import type { SyncedTable } from '../../../common/records/tables';
import { applySchema, DB_NAME } from './schema';
import type { OutboxEntry } from './outbox';
import { changeFeedMiddleware, type ChangeRow } from './changeFeed';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface MetaRow {
  key: string;
  value: string;
}

export interface SyncStateRow {
  workspaceId: string;
  [key: string]: unknown;
}

export interface SyncLogRow {
  id?: number;
  at: string;
  level: 'info' | 'warn' | 'error';
  message: string;
}

type RecordTables = { [T in SyncedTable]: Table<RecordOf<T>, string> };

export class KyosoDb extends Dexie {
  declare settings: Table<SettingRow, string>;
  declare outbox: Table<OutboxEntry, number>;
  declare syncState: Table<SyncStateRow, string>;
  declare syncLog: Table<SyncLogRow, number>;
  declare meta: Table<MetaRow, string>;
  declare changes: Table<ChangeRow, number>;

  constructor(name = DB_NAME) {
    // "strict": a transaction completes only once its data is on disk, so "saved" in the UI
    // survives a power cut (Chromium may otherwise report completion before the flush).
    super(name, { chromeTransactionDurability: 'strict' });
    applySchema(this);
    this.use(changeFeedMiddleware);
  }

  /** The Dexie table of a synced record kind. */
  records<T extends SyncedTable>(table: T): RecordTables[T] {
    return this.table(table) as unknown as RecordTables[T];
  }

  /**
   * Every record of `table` in workspace `ws`, live or tombstoned, from the compound index (the
   * only workspace index since schema v4). The bounds are `[ws]` and `[ws, maxKey]`: a
   * `where('workspaceId')` on the index prefix would put one `maxKey` object into the key twice,
   * which IndexedDB refuses as a key (the same object may appear only once in an array key).
   */
  inWorkspace<T extends SyncedTable>(table: T, ws: string) {
    return this.records(table)
      .where('[workspaceId+deleted+updatedAt]')
      .between([ws], [ws, Dexie.maxKey], true, true);
  }
}

export type { FieldsByTable };
