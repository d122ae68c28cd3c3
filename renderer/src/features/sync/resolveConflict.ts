/**
 * Resolving a conflict record through the repositories, so both the chosen text and the
 * "resolved" mark are ordinary synced writes that reach every device.
 */
import { isTextField } from '../../../../common/records/schema';
import { isSyncedTable, type SyncedTable } from '../../../../common/records/tables';
import type { FieldsByTable, RecordOf } from '../../../../common/records/types';
import type { Repositories } from '../../data/repositories';
import type { KyosoDb } from '../../data/db';
import { updateFromBase, type EditBase } from '../../data/editFromBase';

export type Resolution = { keep: 'current' } | { keep: 'other' } | { keep: 'merged'; text: string };

/** The value a conflict's text stands for: the text itself, or for a non-text field its JSON. */
export function conflictValue(table: SyncedTable, field: string, text: string): unknown {
  if (isTextField(table, field)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Writes the chosen version (if any) to the original field, then marks the conflict resolved.
 * The write is made against `seen`, the record as the user saw it when choosing: if a sync
 * changed the field meanwhile, the choice is merged with that change (or kept as a new conflict)
 * instead of silently replacing it.
 */
export async function resolveConflict(
  { db, repos }: { db: KyosoDb; repos: Repositories },
  conflict: RecordOf<'conflicts'>,
  resolution: Resolution,
  seen: EditBase<SyncedTable>,
): Promise<void> {
  if (resolution.keep !== 'current') {
    const table = conflict.ofTable;
    if (!isSyncedTable(table)) throw new Error(`unknown table ${table}`);
    const value =
      resolution.keep === 'other' ? conflictValue(table, conflict.field, conflict.text) : resolution.text;
    await updateFromBase(
      db,
      repos,
      table,
      conflict.ofId,
      { [conflict.field]: value } as Partial<FieldsByTable[SyncedTable]>,
      seen,
    );
  }
  await repos.conflicts.update(conflict.id, { resolved: true });
}
