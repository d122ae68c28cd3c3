/**
 * The bookkeeping of an editor's draft of one record: which stored version each field was
 * derived from (its base), so a save can merge against what the user actually saw, and so a
 * change pulled from a colleague reaches the screen without overwriting what is being typed.
 */
import type { RecordMeta } from '../../../common/records/types';

export type Fields = Record<string, unknown>;

/** Any stored record: the envelope plus its table's fields. */
export type StoredRecord = RecordMeta & object;

const field = (record: StoredRecord, name: string): unknown => (record as unknown as Fields)[name];

export interface DraftState {
  /** What the editor shows. */
  draft: Fields;
  /** Per field, the stored value and HLC the draft's value was derived from. */
  base: { values: Fields; hlc: Record<string, string> };
}

export function draftFrom(record: StoredRecord, fields: readonly string[]): DraftState {
  const values: Fields = {};
  const hlc: Record<string, string> = {};
  for (const f of fields) {
    values[f] = field(record, f);
    if (record.hlc[f]) hlc[f] = record.hlc[f];
  }
  return { draft: { ...values }, base: { values, hlc } };
}

/**
 * A newer stored record arrived (a pull, another window). Fields the user is not editing take
 * the stored value; fields with unsaved edits keep the draft and their old base, so the next
 * save three-way merges the colleague's lines in instead of erasing them.
 */
export function adoptStored(
  state: DraftState,
  record: StoredRecord,
  fields: readonly string[],
  editing: ReadonlySet<string>,
): DraftState {
  let changed = false;
  const draft = { ...state.draft };
  const values = { ...state.base.values };
  const hlc = { ...state.base.hlc };
  for (const f of fields) {
    if (editing.has(f) || record.hlc[f] === undefined || record.hlc[f] === state.base.hlc[f]) continue;
    draft[f] = field(record, f);
    values[f] = field(record, f);
    hlc[f] = record.hlc[f]!;
    changed = true;
  }
  return changed ? { draft, base: { values, hlc } } : state;
}

/**
 * After a save. A field stored exactly as sent advances its base to the saved version. A field
 * the store merged (or kept, writing the user's text to a conflict record) shows the stored text
 * when the user has not typed since. If they have, the draft stays and its base becomes the text
 * that was sent (still marked older than the stored one), so the next save merges the new typing
 * into the stored text instead of replacing it.
 */
export function afterSave(
  state: DraftState,
  sent: Fields,
  record: StoredRecord,
  editedSince: ReadonlySet<string>,
): DraftState {
  const draft = { ...state.draft };
  const values = { ...state.base.values };
  const hlc = { ...state.base.hlc };
  for (const [f, value] of Object.entries(sent)) {
    if (field(record, f) === value || !editedSince.has(f)) {
      values[f] = field(record, f);
      if (record.hlc[f]) hlc[f] = record.hlc[f]!;
      if (!editedSince.has(f)) draft[f] = field(record, f);
    } else {
      values[f] = value;
    }
  }
  return { draft, base: { values, hlc } };
}

/**
 * After a save: a stored version that arrived while the save was in flight was skipped (its field
 * was being edited). If it is later than the one the save wrote — another window saved on top —
 * adopt it now, or the editor would show the older text until the next change arrives. A version
 * delivered before the save's own write is older and changes nothing.
 */
export function adoptLaterThanSaved(
  state: DraftState,
  arrived: StoredRecord | null,
  saved: StoredRecord,
  fields: readonly string[],
  editing: ReadonlySet<string>,
): DraftState {
  if (!arrived || arrived.id !== saved.id) return state;
  // Per field, stored versions only move forward: one later stamp means a later version.
  const later = fields.some((f) => (arrived.hlc[f] ?? '') > (saved.hlc[f] ?? ''));
  return later ? adoptStored(state, arrived, fields, editing) : state;
}
