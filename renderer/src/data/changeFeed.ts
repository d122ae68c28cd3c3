/**
 * The durable change feed: every write to a record table appends `{ seq, table, id }` to the
 * `changes` table IN THE SAME TRANSACTION. It is a Dexie DBCore middleware, so it sees every
 * write whoever makes it (repositories, pull, acknowledgement, restore, re-stamping) and no
 * writer can forget it; a read-write transaction over a record table gets `changes` added to its
 * scope. A consumer (the search index) keeps the last `seq` it handled and catches up from there
 * after a crash, or from another window's writes — the feed lives in IndexedDB, not in memory.
 *
 * Records are never removed (deletes are tombstones, which are writes), so a range delete on a
 * record table is refused: it could not say which records it touched.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isSyncedTable, type SyncedTable } from '../../../common/records/tables';
import type { KyosoDb } from './db';
import { META } from '../../../common/records/localKeys';

export const CHANGES_TABLE = 'changes';

/** One entry of the feed: record `id` of `table` was written (created, changed, tombstoned). */
export interface ChangeRow {
  seq?: number;
  table: SyncedTable;
  id: string;
}

/** The meta key holding the highest `seq` pruned away (consumers behind it must rebuild). */
export const FEED_FLOOR_KEY = META.changeFeedFloor;

function writtenIds(req: DBCoreMutateRequest, keyPath: string): unknown[] {
  switch (req.type) {
    case 'add':
      return req.keys ?? req.values.map((v: Record<string, unknown>) => v[keyPath]);
    case 'put':
      if (req.updates) return req.updates.keys;
      return req.keys ?? req.values.map((v: Record<string, unknown>) => v[keyPath]);
    case 'delete':
      return req.keys;
    case 'deleteRange':
      return []; // refused before it runs (see feedingTable)
  }
}

const isUpgrade = (trans: DBCoreTransaction) =>
  (trans as unknown as { mode?: string }).mode === 'versionchange';

function feedingTable(table: DBCoreTable, changes: DBCoreTable, name: SyncedTable): DBCoreTable {
  const keyPath = String(table.schema.primaryKey.keyPath);
  return {
    ...table,
    async mutate(req) {
      if (req.type === 'deleteRange' && !isUpgrade(req.trans))
        throw new Error('records are tombstoned, never range-deleted: write through the data layer');
      const res = await table.mutate(req);
      // Upgrades run before the feed table exists in older versions; consumers rebuild after one.
      if (isUpgrade(req.trans)) return res;
      const ids = writtenIds(req, keyPath).filter((_, i) => !(i in res.failures));
      if (ids.length) {
        await changes.mutate({
          type: 'add',
          trans: req.trans,
          values: ids.map((id) => ({ table: name, id: String(id) }) satisfies ChangeRow),
        });
      }
      return res;
    },
  };
}

/** The middleware; `KyosoDb` installs it before opening. */
export const changeFeedMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'changeFeed',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.some(isSyncedTable) && !stores.includes(CHANGES_TABLE)
            ? [...stores, CHANGES_TABLE]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isSyncedTable(name) || !down.schema.tables.some((t) => t.name === CHANGES_TABLE)) return table;
        return feedingTable(table, down.table(CHANGES_TABLE), name);
      },
    };
  },
};

/** Up to `limit` feed entries after `seq`, oldest first. */
export function readChangesSince(db: KyosoDb, seq: number, limit = 1000): Promise<ChangeRow[]> {
  return db.changes.where(':id').above(seq).limit(limit).toArray();
}

/** The newest `seq` of the feed (0 when it is empty). */
export async function latestChangeSeq(db: KyosoDb): Promise<number> {
  const last = await db.changes.orderBy(':id').last();
  return last?.seq ?? 0;
}

/** The highest `seq` pruned; a consumer whose position is below it has missed changes. */
export async function changeFeedFloor(db: KyosoDb): Promise<number> {
  const row = await db.meta.get(FEED_FLOOR_KEY);
  const n = Number(row?.value);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/**
 * Keeps the newest `keep` entries. A consumer that was further behind sees its position below the
 * floor and rebuilds from the records themselves, which is cheaper than a feed that grows forever.
 */
export async function pruneChangeFeed(db: KyosoDb, keep = 200_000): Promise<number> {
  return db.transaction('rw', [db.changes, db.meta], async () => {
    const newest = await latestChangeSeq(db);
    const floor = newest - keep;
    if (floor <= (await changeFeedFloor(db))) return 0;
    const pruned = await db.changes.where(':id').belowOrEqual(floor).delete();
    await db.meta.put({ key: FEED_FLOOR_KEY, value: String(floor) });
    return pruned;
  });
}
