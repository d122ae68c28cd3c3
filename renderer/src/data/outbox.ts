/**
 * Local changes waiting to be pushed. Each repository write appends one entry in the same
 * transaction as the change itself, so a change is never stored without its outbox entry
 * (and never queued without the change).
 */
import type { Hlc } from '../../../common/sync/hlc';
import type { SyncedTable } from '../../../common/records/tables';

export type OutboxOp =
  | { op: 'set'; table: SyncedTable; id: string; field: string; value: unknown; hlc: Hlc }
  | {
      op: 'text';
      table: SyncedTable;
      id: string;
      field: string;
      value: string;
      hlc: Hlc;
      baseHlc: Hlc | null;
    }
  | { op: 'delete'; table: SyncedTable; id: string; hlc: Hlc };

export interface OutboxEntry {
  /** Auto-increment order of local changes. */
  seq?: number;
  workspaceId: string;
  table: SyncedTable;
  id: string;
  ops: OutboxOp[];
  createdAt: string;
}
