/**
 * Checks a pull answer change by change before anything of it is applied. The transport only
 * knows the envelope; a change naming an unknown or local-only table (`meta`, `outbox`,
 * `syncState`), a bad id, a field name the contract forbids or an invalid HLC would otherwise
 * reach the database or the clock and fail half-way. Pure.
 */
import { isFieldName } from '../../records/fieldNames';
import { isSyncedTable } from '../../records/tables';
import { isUuid } from '../../records/ids';
import { isHlc } from '../hlc';
import type { PullResponse } from '../protocol';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a pull answer cannot be applied, or null when every change is well-formed. */
export function pullAnswerProblem(body: unknown): string | null {
  if (!isObject(body)) return 'the answer is not an object';
  if (typeof body.cursor !== 'string') return 'the answer has no cursor';
  if (typeof body.hasMore !== 'boolean') return 'the answer has no hasMore';
  if (!Array.isArray(body.changes)) return 'the answer has no list of changes';
  for (const [i, change] of (body.changes as unknown[]).entries()) {
    const problem = changeProblem(change);
    if (problem) return `change ${i + 1}: ${problem}`;
  }
  return null;
}

function changeProblem(c: unknown): string | null {
  if (!isObject(c)) return 'not an object';
  if (!isSyncedTable(c.table)) return `unknown table ${JSON.stringify(c.table)}`;
  if (!isUuid(c.id)) return `${c.table}: id ${JSON.stringify(c.id)} is not a lower-case UUID`;
  const where = `${c.table}/${c.id}`;
  if (typeof c.deleted !== 'boolean') return `${where}: "deleted" is not a boolean`;
  if (c.deletedHlc !== null && !isHlc(c.deletedHlc)) return `${where}: deletedHlc is not an HLC`;
  if (!isObject(c.fields)) return `${where}: fields is not an object`;
  for (const [field, state] of Object.entries(c.fields)) {
    if (!isFieldName(field)) return `${where}: field name ${JSON.stringify(field)} is not allowed`;
    if (!isObject(state) || !('value' in state)) return `${where}.${field}: not a { value, hlc } state`;
    if (!isHlc(state.hlc)) return `${where}.${field}: hlc ${JSON.stringify(state.hlc)} is not an HLC`;
  }
  return null;
}

/** Type guard over `pullAnswerProblem`. */
export function isValidPullAnswer(body: unknown): body is PullResponse {
  return pullAnswerProblem(body) === null;
}
