/**
 * The record tables that sync (docs/sync-protocol.md allow-list). Which fields hold long text
 * (`text` ops, merged line by line) is said by the record schema (`schema.ts`).
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
