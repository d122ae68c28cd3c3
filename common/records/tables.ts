/**
 * The record tables that sync (SYNC.md allow-list) and, per table, which fields hold long
 * text. Text fields travel as `text` ops and merge line by line; every other field is
 * last-writer-wins by HLC.
 */
export const SYNCED_TABLES = [
  'issues',
  'briefs',
  'glossaryTerms',
  'workshops',
  'agendaItems',
  'ideas',
  'votes',
  'actionItems',
  'councilSessions',
  'notes',
  'conflicts',
] as const;

export type SyncedTable = (typeof SYNCED_TABLES)[number];

export function isSyncedTable(value: unknown): value is SyncedTable {
  return typeof value === 'string' && (SYNCED_TABLES as readonly string[]).includes(value);
}

export const TEXT_FIELDS: Readonly<Record<SyncedTable, readonly string[]>> = {
  issues: ['rawText', 'affected', 'evidence', 'offer', 'constraints', 'budget', 'schedule', 'contact'],
  briefs: ['body'],
  glossaryTerms: ['explanation'],
  workshops: ['notes', 'minutes'],
  agendaItems: ['notes'],
  ideas: ['text'],
  votes: [],
  actionItems: ['what'],
  councilSessions: ['summary'],
  notes: ['body'],
  conflicts: ['text'],
};

export function isTextField(table: SyncedTable, field: string): boolean {
  return TEXT_FIELDS[table].includes(field);
}

/** Field names the server stores (SYNC.md); also the client's rule for its own fields. */
export const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
