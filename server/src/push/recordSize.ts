/**
 * How large one record may grow. A push is bounded by the body limit, but a record grows field by
 * field over many pushes, and past V8's longest string (~512 Mi characters) no pull answer can
 * hold it: every pull of its workspace would fail from then on. A mutation that could take a
 * record past the limit is `rejected` with `record_too_large` instead (docs/sync-protocol.md 1.6).
 */
import type { FieldState, JsonValue, SetOp, TextOp } from '../../../common/sync/protocol';

export const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** A stored field's name, HLC and punctuation, about. */
const FIELD_OVERHEAD = 48;

/** Sizes of object and array values already measured: a push checks each record once per mutation. */
const measured = new WeakMap<object, number>();

/** Characters of a value as stored; strings without their escapes (cheap for million-character texts). */
export function valueChars(value: JsonValue): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return JSON.stringify(value).length;
  let size = measured.get(value);
  if (size === undefined) {
    size = JSON.stringify(value).length;
    measured.set(value, size);
  }
  return size;
}

/**
 * An upper bound of a record's stored size after one mutation's `set`/`text` ops on it: a `set`
 * leaves the old value or the new one; a `text` op that must merge may keep both texts' lines.
 */
export function projectedChars(
  fields: ReadonlyMap<string, FieldState>,
  ops: readonly (SetOp | TextOp)[],
): number {
  const sizes = new Map<string, number>();
  for (const [name, state] of fields) sizes.set(name, valueChars(state.value));
  const touched = new Set<string>();
  for (const op of ops) {
    const current = sizes.get(op.field);
    const next = valueChars(op.value);
    const direct =
      current === undefined ||
      op.op === 'set' ||
      (!touched.has(op.field) && op.baseHlc === fields.get(op.field)?.hlc);
    sizes.set(op.field, direct ? Math.max(current ?? 0, next) : (current ?? 0) + next);
    touched.add(op.field);
  }
  let total = 2;
  for (const [name, size] of sizes) total += name.length + size + FIELD_OVERHEAD;
  return total;
}
