import type { KyosoDb } from '../../data/db';
import { recordKey } from '../scope';

/** Fields with a pending local op, by `table/id`, for the given records (inside the transaction). */
export async function pendingFields(
  db: KyosoDb,
  ws: string,
  keys: [string, string][],
): Promise<Map<string, Set<string>>> {
  const pending = new Map<string, Set<string>>();
  if (keys.length === 0) return pending;
  const entries = await db.outbox.where('[table+id]').anyOf(keys).toArray();
  for (const entry of entries) {
    if (entry.workspaceId !== ws) continue;
    const key = recordKey(entry.table, entry.id);
    const set = pending.get(key) ?? new Set<string>();
    for (const op of entry.ops) if (op.op !== 'delete') set.add(op.field);
    pending.set(key, set);
  }
  return pending;
}
