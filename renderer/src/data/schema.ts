/**
 * The IndexedDB schema, one numbered version at a time. Never edit a shipped version:
 * add a new one with an `upgrade` so data written by older installs opens unchanged.
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

export const DB_NAME = 'kyoso-desk';

/** Indexes every synced table shares: tombstones stay in the table, so lists filter on `deleted`. */
const RECORD = 'id, workspaceId, updatedAt, [workspaceId+deleted]';

/**
 * From v4 one compound index serves every workspace query (`KyosoDb.inWorkspace`; Dexie answers
 * `where({ workspaceId, deleted })` from its prefix), so the separate indexes only cost writes —
 * each is another B-tree entry per record put, and a pull or restore writes thousands of records.
 */
const RECORD_V4 = 'id, [workspaceId+deleted+updatedAt]';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      issues: 'id, workspaceId, updatedAt, status',
      briefs: 'id, workspaceId, updatedAt, issueId',
      glossaryTerms: 'id, workspaceId, term',
      workshops: 'id, workspaceId, updatedAt',
      agendaItems: 'id, workspaceId, workshopId',
      ideas: 'id, workspaceId, workshopId',
      votes: 'id, workspaceId, ideaId',
      actionItems: 'id, workspaceId, workshopId',
      councilSessions: 'id, workspaceId, date',
      notes: 'id, workspaceId, sessionId',
      conflicts: 'id, workspaceId, ofId',
      settings: 'key',
      outbox: '++seq, [table+id]',
      syncState: 'workspaceId',
      meta: 'key',
    },
  },
  {
    // v2: tombstones become indexable (`[workspaceId+deleted]`) and the sync log survives restarts.
    version: 2,
    stores: {
      issues: `${RECORD}, status`,
      briefs: `${RECORD}, issueId`,
      glossaryTerms: `${RECORD}, term`,
      workshops: RECORD,
      agendaItems: `${RECORD}, workshopId`,
      ideas: `${RECORD}, workshopId`,
      votes: `${RECORD}, ideaId`,
      actionItems: `${RECORD}, workshopId`,
      councilSessions: `${RECORD}, date`,
      notes: `${RECORD}, sessionId, at`,
      conflicts: `${RECORD}, ofId`,
      syncLog: '++id, at',
    },
    upgrade: async (tx) => {
      const tables = ['issues', 'briefs', 'glossaryTerms', 'workshops', 'agendaItems', 'ideas', 'votes'];
      tables.push('actionItems', 'councilSessions', 'notes', 'conflicts');
      for (const name of tables) {
        await tx
          .table(name)
          .toCollection()
          .modify((record: { deleted?: unknown; deletedHlc?: unknown; hlc?: unknown }) => {
            if (record.deleted !== 1) record.deleted = 0;
            if (record.deletedHlc === undefined) record.deletedHlc = null;
            if (typeof record.hlc !== 'object' || record.hlc === null) record.hlc = {};
          });
      }
    },
  },
  {
    // v3: lists read the newest N live records straight from an index instead of sorting all.
    version: 3,
    stores: {
      issues: `${RECORD}, [workspaceId+deleted+updatedAt], status`,
      briefs: `${RECORD}, [workspaceId+deleted+updatedAt], issueId`,
      glossaryTerms: `${RECORD}, [workspaceId+deleted+updatedAt], term`,
      workshops: `${RECORD}, [workspaceId+deleted+updatedAt]`,
      agendaItems: `${RECORD}, [workspaceId+deleted+updatedAt], workshopId`,
      ideas: `${RECORD}, [workspaceId+deleted+updatedAt], workshopId`,
      votes: `${RECORD}, [workspaceId+deleted+updatedAt], ideaId`,
      actionItems: `${RECORD}, [workspaceId+deleted+updatedAt], workshopId`,
      councilSessions: `${RECORD}, [workspaceId+deleted+updatedAt], date`,
      notes: `${RECORD}, [workspaceId+deleted+updatedAt], sessionId, at`,
      conflicts: `${RECORD}, [workspaceId+deleted+updatedAt], ofId`,
    },
  },
  {
    // v4: indexes the compound index already answers are dropped (see RECORD_V4); so is the unused
    // `issues.status` (status filters run over a workspace's list).
    version: 4,
    stores: {
      issues: RECORD_V4,
      briefs: `${RECORD_V4}, issueId`,
      glossaryTerms: `${RECORD_V4}, term`,
      workshops: RECORD_V4,
      agendaItems: `${RECORD_V4}, workshopId`,
      ideas: `${RECORD_V4}, workshopId`,
      votes: `${RECORD_V4}, ideaId`,
      actionItems: `${RECORD_V4}, workshopId`,
      councilSessions: `${RECORD_V4}, date`,
      notes: `${RECORD_V4}, sessionId, at`,
      conflicts: `${RECORD_V4}, ofId`,
    },
  },
  {
    // v5: the change feed (changeFeed.ts): one row per record write, in the writing transaction.
    version: 5,
    stores: { changes: '++seq' },
  },
];

/** Declare every version on a Dexie instance, oldest first. */
export function applySchema(db: Dexie, upTo = Infinity): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
