import { settleAfterAck } from '../../../../common/sync/client/apply';
import type { FieldState } from '../../../../common/sync/protocol';
import type { KyosoDb } from '../../data/db';
import { fromLocalState, putRecords, recordTable, toLocalState } from '../../data/recordWrites';
import type { SyncedTable } from '../../../../common/records/tables';
import type { EngineState } from '../state';
import { recordKey, withoutKey } from '../scope';
import { pendingFields } from './pendingFields';

/**
 * At the end of a pull (inside its last page's transaction): held remote states whose fields have
 * no pending op any more are applied. The pull brought every record the server changed since the
 * held state was pulled, and replaced its held state; what is still held belongs to a record the
 * server did not change, so the held state is exactly the server's (our write lost, became a
 * conflict record, or hit a tombstone).
 */
export async function settleHeld(db: KyosoDb, state: EngineState): Promise<void> {
  const keys = Object.keys(state.held);
  if (keys.length === 0) return;
  const pairs = keys.map((k) => k.split('/') as [string, string]);
  const pending = await pendingFields(db, state.workspaceId, pairs);
  const at = new Date().toISOString();
  for (const [table, id] of pairs) {
    const key = recordKey(table, id);
    const local = await recordTable(db, table as SyncedTable).get(id);
    const held: Record<string, FieldState> = state.held[key] ?? {};
    if (!local) {
      state.held = withoutKey(state.held, key);
      continue;
    }
    const stillPending = pending.get(key) ?? new Set<string>();
    const settled = settleAfterAck(toLocalState(local), held, stillPending);
    if (settled)
      await putRecords(db, table as SyncedTable, [
        fromLocalState(settled.state, local, id, state.workspaceId, at),
      ]);
    const rest = Object.fromEntries(Object.entries(held).filter(([f]) => stillPending.has(f)));
    state.held = Object.keys(rest).length ? { ...state.held, [key]: rest } : withoutKey(state.held, key);
  }
}
