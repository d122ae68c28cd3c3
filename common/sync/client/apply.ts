/**
 * How a pulled record state lands on the local copy, field by field. Pure: the renderer's
 * `applyPull.ts` runs it inside the Dexie transaction that also saves the cursor.
 *
 * The rule is "the server is the authority for every field that has no local write waiting":
 * - a field with NO pending outbox op takes the server's value and HLC, whatever the HLC order.
 *   Pulls always follow this client's own pushes, so the server state already contains every
 *   acknowledged local write (or keeps it as a conflict record). Trusting the HLC order instead
 *   would keep a local value the server turned into a conflict copy, and the two would never
 *   converge.
 * - a field WITH a pending op keeps the local value and HLC, so nothing the user typed is
 *   clobbered while they type. The server resolves it when the op is pushed (LWW for `set`, a
 *   three-way merge or a conflict record for `text`). The remote state is HELD until the op is
 *   acknowledged AND the pull after that push has run: if the push changed the server's record,
 *   that pull brings the newer state, which replaces the held one; if it did not (the write lost,
 *   became a conflict, or hit a deleted record) the held state is exactly the server's, and
 *   `settleAfterAck` applies it at the end of the pull. Applying it right at the acknowledgement
 *   would show the older remote text over the user's own saved edit until the pull.
 * - tombstones: a remote delete always wins and its `deletedHlc` is the server's (the first delete
 *   stands there); a local delete is never undone.
 */
import type { Hlc } from '../hlc';
import type { Change, FieldState, JsonValue } from '../protocol';

/** The synced part of a local record. */
export interface LocalState {
  fields: Record<string, unknown>;
  hlc: Record<string, Hlc>;
  deleted: boolean;
  deletedHlc: Hlc | null;
}

export interface ApplyOutcome {
  /** The new synced state (a fresh object; the input is not changed). */
  state: LocalState;
  /** Whether anything differs from the input. */
  changed: boolean;
  /** Remote field states kept back because a local write of the field is pending. */
  held: Record<string, FieldState>;
  /** Every HLC seen, for the local clock to observe. */
  seen: Hlc[];
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies one pulled change to the local state (`undefined` for a record this client lacks).
 * `pending` names the fields that have an unacknowledged local op.
 */
export function applyRemoteChange(
  local: LocalState | undefined,
  remote: Change,
  pending: ReadonlySet<string>,
): ApplyOutcome {
  const state: LocalState = {
    fields: { ...(local?.fields ?? {}) },
    hlc: { ...(local?.hlc ?? {}) },
    deleted: local?.deleted ?? false,
    deletedHlc: local?.deletedHlc ?? null,
  };
  let changed = local === undefined;
  const held: Record<string, FieldState> = {};
  const seen: Hlc[] = [];
  for (const [field, remoteField] of Object.entries(remote.fields)) {
    seen.push(remoteField.hlc);
    if (pending.has(field)) {
      held[field] = remoteField;
      continue;
    }
    if (state.hlc[field] !== remoteField.hlc || !sameJson(state.fields[field], remoteField.value)) {
      state.fields[field] = remoteField.value;
      state.hlc[field] = remoteField.hlc;
      changed = true;
    }
  }
  if (remote.deleted && remote.deletedHlc) {
    seen.push(remote.deletedHlc);
    if (!state.deleted || state.deletedHlc !== remote.deletedHlc) {
      state.deleted = true;
      state.deletedHlc = remote.deletedHlc;
      changed = true;
    }
  }
  return { state, changed, held, seen };
}

/**
 * After a push was acknowledged and the following pull did not bring the record: fields that no
 * longer have a pending op take the remote state held for them (see the module comment). Returns null when nothing changes.
 */
export function settleAfterAck(
  local: LocalState,
  held: Readonly<Record<string, FieldState>>,
  stillPending: ReadonlySet<string>,
): { state: LocalState; applied: string[] } | null {
  const applied: string[] = [];
  const state: LocalState = { ...local, fields: { ...local.fields }, hlc: { ...local.hlc } };
  for (const [field, remote] of Object.entries(held)) {
    if (stillPending.has(field)) continue;
    applied.push(field);
    state.fields[field] = remote.value as JsonValue;
    state.hlc[field] = remote.hlc;
  }
  return applied.length ? { state, applied } : null;
}
