/**
 * What the search index reads from the app's database: the change feed and the records it names.
 * The one file that knows the data layer (data/changeFeed.ts); the index logic sees only this
 * interface, so tests feed it from an in-memory source.
 */
import { liveQuery } from 'dexie';
import { changeFeedFloor, latestChangeSeq, readChangesSince } from '../../../data/changeFeed';
import type { KyosoDb } from '../../../data/db';
import type { RecordLike } from '../../../../../common/search/documents';
import type { SearchKind } from '../../../../../common/search/searchIndex';
import type { SyncedTable } from '../../../../../common/records/tables';

export interface FeedEntry {
  seq: number;
  table: SyncedTable;
  id: string;
}

export interface ChangeSource {
  /** Up to `limit` feed entries after `seq`, oldest first. */
  readChangesSince(seq: number, limit: number): Promise<FeedEntry[]>;
  latestSeq(): Promise<number>;
  /** The highest seq pruned from the feed: a position below it has missed changes. */
  floor(): Promise<number>;
  /** The stored records with these ids (missing ones left out). */
  loadRecords(table: SyncedTable, ids: readonly string[]): Promise<RecordLike[]>;
  /** Records of `table` after primary key `afterId` (all, tombstones too), `limit` at most. */
  scan(table: SearchKind, afterId: string, limit: number): Promise<RecordLike[]>;
  count(table: SearchKind): Promise<number>;
  /** Calls `onChange` whenever the feed grows (any window, any writer); returns unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export function dexieChangeSource(db: KyosoDb): ChangeSource {
  return {
    async readChangesSince(seq, limit) {
      const rows = await readChangesSince(db, seq, limit);
      return rows.map((r) => ({ seq: r.seq!, table: r.table, id: r.id }));
    },
    latestSeq: () => latestChangeSeq(db),
    floor: () => changeFeedFloor(db),
    async loadRecords(table, ids) {
      const rows = await db.records(table).bulkGet([...ids]);
      return rows.filter((r): r is NonNullable<typeof r> => r !== undefined) as unknown as RecordLike[];
    },
    async scan(table, afterId, limit) {
      const rows = await db.records(table).where(':id').above(afterId).limit(limit).toArray();
      return rows as unknown as RecordLike[];
    },
    count: (table) => db.records(table).count(),
    subscribe(onChange) {
      // liveQuery re-runs when `changes` is written in this or any other window of the origin.
      const sub = liveQuery(() => latestChangeSeq(db)).subscribe({ next: onChange, error: onChange });
      return () => sub.unsubscribe();
    },
  };
}
