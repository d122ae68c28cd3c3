/**
 * Local changes waiting to be pushed. Each repository write appends one entry in the same
 * transaction as the change itself, so a change is never stored without its outbox entry
 * (and never queued without the change).
 */
import type { SyncedTable } from '../../../common/records/tables';
import type { Op } from '../../../common/sync/protocol';

export interface OutboxEntry {
  /** Auto-increment order of local changes. */
  seq?: number;
  workspaceId: string;
  table: SyncedTable;
  id: string;
  /** The ops as the push sends them (the contract's own type). */
  ops: Op[];
  createdAt: string;
}
