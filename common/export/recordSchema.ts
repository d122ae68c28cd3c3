/**
 * The shape of every record field, at runtime, so a backup can be checked before anything is
 * written. The mapped type below makes TypeScript fail here when a field is added to
 * `FieldsByTable` without saying how a backup validates it (give new fields a `fallback` so
 * older backups that lack them still restore).
 */
import { ISSUE_STATUSES, type FieldsByTable } from '../records/types';
import type { SyncedTable } from '../records/tables';

export type FieldKind = 'string' | 'number' | 'boolean' | { oneOf: readonly (string | number)[] };

export interface FieldSpec {
  kind: FieldKind;
  /** Value used when an older backup lacks the field; without it the field is required. */
  fallback?: string | number | boolean;
}

type Spec<T> = { readonly [K in keyof T]-?: FieldSpec };

const str: FieldSpec = { kind: 'string' };
const num: FieldSpec = { kind: 'number' };
const bool: FieldSpec = { kind: 'boolean' };

export const RECORD_FIELDS: { readonly [T in SyncedTable]: Spec<FieldsByTable[T]> } = {
  issues: {
    title: str,
    status: { kind: { oneOf: ISSUE_STATUSES } },
    department: str,
    municipalityCode: str,
    municipalityName: str,
    rawText: str,
    affected: str,
    evidence: str,
    offer: str,
    constraints: str,
    budget: str,
    schedule: str,
    contact: str,
    successMeasure: str,
  },
  briefs: { issueId: str, title: str, body: str },
  glossaryTerms: { term: str, reading: str, plain: str, explanation: str, category: str },
  workshops: { title: str, template: str, plannedStart: str, notes: str, minutes: str },
  agendaItems: { workshopId: str, order: num, title: str, minutes: num, notes: str },
  ideas: { workshopId: str, agendaItemId: str, group: str, text: str },
  votes: { ideaId: str, voter: str, dots: num },
  actionItems: { workshopId: str, who: str, what: str, due: str, done: bool },
  councilSessions: { title: str, date: str, summary: str },
  notes: {
    sessionId: str,
    at: str,
    kind: { kind: { oneOf: ['entry', 'heading'] } },
    speakerRole: { kind: { oneOf: ['', 'member', 'answerer'] } },
    speaker: str,
    body: str,
    issueId: str,
  },
  conflicts: {
    ofTable: str,
    ofId: str,
    field: str,
    text: str,
    memberId: str,
    clientId: str,
    resolved: bool,
  },
};

/** True when `value` fits `kind` (numbers must be finite: JSON has no NaN or Infinity). */
export function fitsKind(value: unknown, kind: FieldKind): boolean {
  if (kind === 'string') return typeof value === 'string';
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (kind === 'boolean') return typeof value === 'boolean';
  return (kind.oneOf as readonly unknown[]).includes(value);
}
