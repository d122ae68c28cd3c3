/**
 * Which fields of an issue and its brief wait for the user in 設定・同期 (an unresolved sync
 * conflict), so the issue page can say so where the text is read — as council notes do.
 */
import type { ConflictFields } from '../../../../common/records/types';

export interface ConflictedField {
  table: 'issues' | 'briefs';
  field: string;
}

/** Unresolved conflicts of this issue and brief, one per field, in the order they arrived. */
export function conflictedFields(
  conflicts: readonly Pick<ConflictFields, 'ofTable' | 'ofId' | 'field' | 'resolved'>[],
  issueId: string,
  briefId: string | null,
): ConflictedField[] {
  const seen = new Set<string>();
  const fields: ConflictedField[] = [];
  for (const c of conflicts) {
    if (c.resolved) continue;
    const table =
      c.ofTable === 'issues' && c.ofId === issueId
        ? 'issues'
        : c.ofTable === 'briefs' && briefId !== null && c.ofId === briefId
          ? 'briefs'
          : null;
    const key = `${table}:${c.field}`;
    if (table === null || seen.has(key)) continue;
    seen.add(key);
    fields.push({ table, field: c.field });
  }
  return fields;
}
