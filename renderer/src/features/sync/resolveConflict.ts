/**
 * Resolving a conflict record through the repositories, so both the chosen text and the
 * "resolved" mark are ordinary synced writes that reach every device.
 */
import { isSyncedTable, isTextField, type SyncedTable } from '../../../../common/records/tables';
import type { FieldsByTable, RecordOf } from '../../../../common/records/types';
import type { Repositories } from '../../data/repositories';
import type { Repository } from '../../data/repository';

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

/** Writes the chosen version (if any) to the original field, then marks the conflict resolved. */
export async function resolveConflict(
  repos: Repositories,
  conflict: RecordOf<'conflicts'>,
  resolution: Resolution,
): Promise<void> {
  if (resolution.keep !== 'current') {
    const table = conflict.ofTable;
    if (!isSyncedTable(table)) throw new Error(`unknown table ${table}`);
    const value =
      resolution.keep === 'other' ? conflictValue(table, conflict.field, conflict.text) : resolution.text;
    const repo = repos[table] as unknown as Repository<SyncedTable>;
    await repo.update(conflict.ofId, { [conflict.field]: value } as Partial<FieldsByTable[SyncedTable]>);
  }
  await repos.conflicts.update(conflict.id, { resolved: true });
}
