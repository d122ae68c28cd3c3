/**
 * The one record schema: the runtime shape of every field of every synced table. Backups,
 * pulled changes and the repositories all check values against it.
 *
 * - Every field has a `fallback`: a record that lacks the field (an older backup, a tombstone
 *   pulled without fields, a record written by an older or third-party client) reads as if it
 *   held the fallback. New fields are therefore always optional.
 * - Fields this version does not know are kept untouched (`fieldProblem` answers null for them):
 *   a newer client's data survives a round trip through an older one.
 * - Values may be structured (`listOf`, `object`, `json`); the mapped type below makes TypeScript
 *   fail when a field is added to `FieldsByTable` without a spec here.
 * - `text: true` marks long text that syncs as `text` ops and merges line by line
 *   (docs/sync-protocol.md); every other field is last-writer-wins by HLC.
 */
import type { JsonValue } from '../sync/protocol';
import { BRIEF_READERS, ISSUE_STATUSES, type FieldsByTable } from './types';
import { SYNCED_TABLES, type SyncedTable } from './tables';

export type FieldKind =
  | 'string'
  | 'number'
  | 'boolean'
  /** Any JSON value (the contract's own limits apply). */
  | 'json'
  | { readonly oneOf: readonly (string | number)[] }
  | { readonly listOf: FieldKind }
  /** An object whose listed keys have these kinds; other keys are allowed and kept. */
  | { readonly object: Readonly<Record<string, FieldKind>> };

export interface FieldSpec {
  readonly kind: FieldKind;
  /** What a record lacking the field reads as. */
  readonly fallback: JsonValue;
  /** Long text: synced as `text` ops and merged line by line. */
  readonly text?: true;
}

type Spec<T> = { readonly [K in keyof T]-?: FieldSpec };

const str: FieldSpec = { kind: 'string', fallback: '' };
const text: FieldSpec = { kind: 'string', fallback: '', text: true };
const num: FieldSpec = { kind: 'number', fallback: 0 };
const bool: FieldSpec = { kind: 'boolean', fallback: false };
const oneOf = (values: readonly (string | number)[]): FieldSpec => ({
  kind: { oneOf: values },
  fallback: values[0]!,
});

export const RECORD_FIELDS: { readonly [T in SyncedTable]: Spec<FieldsByTable[T]> } = {
  issues: {
    title: str,
    status: oneOf(ISSUE_STATUSES),
    department: str,
    municipalityCode: str,
    municipalityName: str,
    rawText: text,
    affected: text,
    evidence: text,
    offer: text,
    constraints: text,
    budget: text,
    schedule: text,
    contact: text,
    successMeasure: str,
    companyText: text,
    // Fallback newcomer: a record without it marks every glossary term, as before the field existed.
    reader: oneOf(BRIEF_READERS),
    sourceWorkshopId: str,
  },
  briefs: { issueId: str, title: str, body: text },
  glossaryTerms: {
    term: str,
    reading: str,
    plain: str,
    explanation: text,
    category: str,
    // Fallback false: a record without it is a term to explain, as before the field existed.
    known: bool,
  },
  workshops: {
    title: str,
    template: str,
    plannedStart: str,
    notes: text,
    minutes: text,
    isTemplate: bool,
    // The run: timestamped events, one value (common/workshops/runEvents.ts reads what it knows).
    run: { kind: { listOf: { object: { type: 'string', at: 'number' } } }, fallback: [] },
    presenterMessage: str,
    dotBudget: { kind: 'number', fallback: 3 },
  },
  agendaItems: {
    workshopId: str,
    order: num,
    title: str,
    minutes: num,
    notes: text,
    // '' = no fractional key yet (an item from an older client): sorted by `order`.
    rank: str,
    kind: { kind: 'string', fallback: 'other' },
    method: str,
    owner: str,
    materials: str,
    sessionStart: str,
    isMethod: bool,
    captureNotes: text,
    // Fallback '': a record without it has no decisions, as before the field existed.
    decisions: text,
  },
  ideas: {
    workshopId: str,
    agendaItemId: str,
    group: str,
    text,
    color: { kind: 'string', fallback: 'yellow' },
    issueId: str,
    // Fallback '': a record without it is an idea, not a decision, as before the field existed.
    decidedIn: str,
  },
  votes: { ideaId: str, voter: str, dots: num },
  actionItems: { workshopId: str, who: str, what: text, due: str, done: bool },
  councilSessions: {
    title: str,
    date: str,
    summary: text,
    sessionKind: oneOf(['plenary', 'committee']),
    committee: str,
    place: str,
    agenda: { kind: { listOf: 'string' }, fallback: [] },
  },
  notes: {
    sessionId: str,
    at: str,
    kind: oneOf(['entry', 'heading']),
    speakerRole: oneOf(['', 'member', 'answerer']),
    speaker: str,
    body: text,
    issueId: str,
  },
  conflicts: {
    ofTable: str,
    ofId: str,
    field: str,
    text,
    memberId: str,
    clientId: str,
    resolved: bool,
    reason: str,
  },
};

/** The spec of a field this version knows, or undefined (own properties only: see fieldNames.ts). */
export function fieldSpec(table: SyncedTable, field: string): FieldSpec | undefined {
  const specs: Readonly<Record<string, FieldSpec>> = RECORD_FIELDS[table];
  return Object.hasOwn(specs, field) ? specs[field] : undefined;
}

/** The known fields of `table` that hold long text. */
export function textFieldsOf(table: SyncedTable): readonly string[] {
  return TEXT_FIELDS[table];
}

const TEXT_FIELDS = {} as Record<SyncedTable, readonly string[]>;
for (const table of SYNCED_TABLES) {
  const specs: Readonly<Record<string, FieldSpec>> = RECORD_FIELDS[table];
  TEXT_FIELDS[table] = Object.keys(specs).filter((field) => specs[field]!.text);
}

export function isTextField(table: SyncedTable, field: string): boolean {
  return fieldSpec(table, field)?.text === true;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when `value` fits `kind` (numbers must be finite: JSON has no NaN or Infinity). */
export function fitsKind(value: unknown, kind: FieldKind): boolean {
  if (kind === 'string') return typeof value === 'string';
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (kind === 'boolean') return typeof value === 'boolean';
  if (kind === 'json') return value !== undefined;
  if ('oneOf' in kind) return (kind.oneOf as readonly unknown[]).includes(value);
  if ('listOf' in kind) return Array.isArray(value) && value.every((v) => fitsKind(v, kind.listOf));
  if (!isPlainObject(value)) return false;
  return Object.entries(kind.object).every(
    ([key, k]) => Object.hasOwn(value, key) && fitsKind(value[key], k),
  );
}

/**
 * Why `value` cannot be the value of `field` in `table`, or null when it can. A field this version
 * does not know takes any value (kept as it is); a known one must fit its kind.
 */
export function fieldProblem(table: SyncedTable, field: string, value: unknown): string | null {
  const spec = fieldSpec(table, field);
  if (!spec || fitsKind(value, spec.kind)) return null;
  return `expected ${describeKind(spec.kind)}, got ${describeValue(value)}`;
}

function describeKind(kind: FieldKind): string {
  if (typeof kind === 'string') return kind;
  if ('oneOf' in kind) return `one of ${kind.oneOf.map((v) => JSON.stringify(v)).join(', ')}`;
  if ('listOf' in kind) return `a list of ${describeKind(kind.listOf)}`;
  return 'an object';
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * `fields` with every known field of `table` that it lacks (as an own property) set to the
 * field's fallback. Unknown fields are kept; a fresh object is returned.
 */
export function withFallbacks<T extends SyncedTable>(
  table: T,
  fields: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  for (const [field, spec] of Object.entries(RECORD_FIELDS[table] as Record<string, FieldSpec>)) {
    if (!Object.hasOwn(out, field)) out[field] = copyJson(spec.fallback);
  }
  return out;
}

/** A fresh copy of a JSON value, so a fallback list or object is never shared between records. */
const copyJson = (value: JsonValue): JsonValue =>
  typeof value === 'object' && value !== null ? (JSON.parse(JSON.stringify(value)) as JsonValue) : value;
