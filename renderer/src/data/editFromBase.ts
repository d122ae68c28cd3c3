/**
 * Saving an edit that was computed from an earlier read (an editor's draft, a read-modify-write).
 *
 * `Repository.update` stamps a text op with the field's HLC at the moment of the write as its
 * `baseHlc`. If a sync pull replaced the text between the caller's read and that write, the op
 * claims to edit the pulled version while its value was derived from the older one: the server
 * applies it as a plain edit and the pulled lines vanish everywhere, silently. `updateFromBase`
 * closes that window: inside the write transaction it compares each text field's stored HLC
 * with the one the caller read; if they differ it three-way merges (base = what the caller read,
 * ours = stored, theirs = the caller's text), and if both changed the same lines the stored text
 * stays and the caller's text becomes a conflict record — what the server does for the same case.
 */
import { isTextField } from '../../../common/records/schema';
import type { SyncedTable } from '../../../common/records/tables';
import type { FieldsByTable, RecordOf } from '../../../common/records/types';
import { mergeText } from '../../../common/sync/merge';
import type { KyosoDb } from './db';
import type { Repositories } from './repositories';
import { RecordNotFoundError } from './repository';

/** The version an edit was made from: the record (or its fields and `hlc`) the caller read. */
export type EditBase<T extends SyncedTable> = { hlc: Readonly<Record<string, string>> } & Partial<
  FieldsByTable[T]
>;

export interface EditOutcome<T extends SyncedTable> {
  record: RecordOf<T>;
  /** Text fields whose stored version had moved on and merged cleanly with the edit. */
  merged: string[];
  /** Text fields kept as conflict records (ids) because both sides changed the same lines. */
  conflicts: { field: string; conflictId: string }[];
}

export async function updateFromBase<T extends SyncedTable>(
  db: KyosoDb,
  repos: Repositories,
  table: T,
  id: string,
  patch: Partial<FieldsByTable[T]>,
  base: EditBase<T>,
): Promise<EditOutcome<T>> {
  const store = db.records(table);
  const tables = [store, db.records('conflicts'), db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const current = (await store.get(id)) as RecordOf<T> | undefined;
    if (!current) throw new RecordNotFoundError(table, id);
    if (current.deleted)
      return { record: current, merged: [], conflicts: await keepAsConflicts(repos, table, id, patch) };
    const stored = current as unknown as Record<string, unknown>;
    const next: Record<string, unknown> = {};
    const merged: string[] = [];
    const conflicts: EditOutcome<T>['conflicts'] = [];
    for (const [field, value] of Object.entries(patch)) {
      // A field the caller read as missing was derived from an empty text.
      const from = (base as unknown as Record<string, unknown>)[field] ?? '';
      const now = stored[field];
      const moved = base.hlc[field] !== current.hlc[field];
      if (
        !moved ||
        !isTextField(table, field) ||
        typeof value !== 'string' ||
        typeof from !== 'string' ||
        typeof now !== 'string'
      ) {
        next[field] = value;
        continue;
      }
      const result = mergeText(from, now, value);
      if (result.clean) {
        next[field] = result.text;
        merged.push(field);
        continue;
      }
      const [conflict] = await keepAsConflicts(repos, table, id, { [field]: value });
      conflicts.push(conflict!);
    }
    const record = await repos[table].update(id, next as Partial<FieldsByTable[T]>);
    return { record: record as RecordOf<T>, merged, conflicts };
  });
}

/**
 * Text that cannot go into the record (it was deleted meanwhile, or both sides changed the same
 * lines) is kept as synced conflict records, as the server does: no edit vanishes.
 */
async function keepAsConflicts(
  repos: Repositories,
  table: SyncedTable,
  id: string,
  patch: Record<string, unknown>,
): Promise<{ field: string; conflictId: string }[]> {
  const kept: { field: string; conflictId: string }[] = [];
  for (const [field, value] of Object.entries(patch)) {
    const conflict = await repos.conflicts.create({
      ofTable: table,
      ofId: id,
      field,
      text: typeof value === 'string' ? value : JSON.stringify(value),
      memberId: '',
      clientId: '',
      resolved: false,
    });
    kept.push({ field, conflictId: conflict.id });
  }
  return kept;
}
