/**
 * Decodes a pull answer change by change. The contract lets the server store any field name
 * matching its pattern and any JSON value, and type checks belong to the client — so a change this
 * version cannot apply (a broken envelope, a value of the wrong type for a known field, a field
 * named like a record's envelope) must neither stall the pull for every device nor be dropped:
 * it is split off as a `UnappliedChange`, kept locally in its raw form, and tried again after an update.
 * Everything else of the page applies. Pure.
 */
import { isFieldName, isStorableFieldName } from '../../records/fieldNames';
import { isUuid } from '../../records/ids';
import { fieldProblem } from '../../records/schema';
import { isSyncedTable } from '../../records/tables';
import { isReadableHlc } from '../hlc';
import type { Change, FieldState } from '../protocol';

/** A change, or one field of it, that this version cannot apply. */
export interface UnappliedChange {
  /** As it arrived; for a held field, the change reduced to that one field. */
  raw: unknown;
  table: string | null;
  id: string | null;
  /** The field set aside, or null for the whole change. */
  field: string | null;
  reason: string;
}

export interface DecodedChanges {
  changes: Change[];
  unapplied: UnappliedChange[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why `body` is not a pull answer at all (a proxy's page, another service), or null. */
export function pullEnvelopeProblem(body: unknown): string | null {
  if (!isObject(body)) return 'the answer is not an object';
  if (typeof body.cursor !== 'string') return 'the answer has no cursor';
  if (typeof body.hasMore !== 'boolean') return 'the answer has no hasMore';
  if (!Array.isArray(body.changes)) return 'the answer has no list of changes';
  return null;
}

/** Splits a page's changes into what applies and what is set aside. */
export function decodeChanges(raw: readonly unknown[]): DecodedChanges {
  const out: DecodedChanges = { changes: [], unapplied: [] };
  for (const c of raw) decodeChange(c, out);
  return out;
}

function decodeChange(c: unknown, out: DecodedChanges): void {
  const whole = (reason: string) => {
    const table = isObject(c) && typeof c.table === 'string' ? c.table : null;
    const id = isObject(c) && typeof c.id === 'string' ? c.id : null;
    out.unapplied.push({ raw: c, table, id, field: null, reason });
  };
  if (!isObject(c)) return whole('not an object');
  if (!isSyncedTable(c.table)) return whole(`unknown table ${JSON.stringify(c.table)}`);
  if (!isUuid(c.id)) return whole(`id ${JSON.stringify(c.id)} is not a lower-case UUID`);
  if (typeof c.deleted !== 'boolean') return whole('"deleted" is not a boolean');
  if (c.deletedHlc !== null && !isReadableHlc(c.deletedHlc)) return whole('deletedHlc is not an HLC');
  if (!isObject(c.fields)) return whole('fields is not an object');
  const { table, id } = c;
  // Own keys only, into a prototype-free map: every name the contract allows is an ordinary key.
  const fields: Record<string, FieldState> = Object.create(null) as Record<string, FieldState>;
  for (const [field, state] of Object.entries(c.fields)) {
    const reason = fieldStateProblem(table, field, state);
    if (reason) {
      const rawField = { ...c, fields: { [field]: state } };
      out.unapplied.push({ raw: rawField, table, id, field, reason });
    } else {
      fields[field] = state as FieldState;
    }
  }
  out.changes.push({
    table,
    id,
    fields: { ...fields },
    deleted: c.deleted,
    deletedHlc: c.deletedHlc as string | null,
  });
}

function fieldStateProblem(table: Parameters<typeof fieldProblem>[0], field: string, state: unknown) {
  if (!isFieldName(field)) return `field name ${JSON.stringify(field)} is not allowed`;
  if (!isObject(state) || !Object.hasOwn(state, 'value')) return `${field}: not a { value, hlc } state`;
  if (!isReadableHlc(state.hlc)) return `${field}: hlc ${JSON.stringify(state.hlc)} is not an HLC`;
  if (!isStorableFieldName(field)) return `${field}: the name of a record's envelope`;
  const problem = fieldProblem(table, field, state.value);
  return problem ? `${field}: ${problem}` : null;
}
