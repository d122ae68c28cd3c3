/**
 * A record by the name its screen shows (a note, which has no title, by its first words): how the
 * conflict view and the sync status name a record to the user. Pure.
 */
import { isSyncedTable, type SyncedTable } from './tables';

/** The field a record of each kind is recognised by. */
const NAME_FIELD: { readonly [T in SyncedTable]?: string } = {
  issues: 'title',
  briefs: 'title',
  glossaryTerms: 'term',
  workshops: 'title',
  agendaItems: 'title',
  ideas: 'text',
  actionItems: 'what',
  councilSessions: 'title',
  notes: 'body',
};

/** Characters of a long name shown (a note's first line can be a paragraph). */
const NAME_LENGTH = 30;

/** The record's name ('' when it has none, or is gone). */
export function recordName(
  table: string,
  fields: Readonly<Record<string, unknown>> | null | undefined,
): string {
  const key = isSyncedTable(table) ? NAME_FIELD[table] : undefined;
  const value = key && fields ? fields[key] : undefined;
  if (typeof value !== 'string') return '';
  const line = value.trim().split('\n')[0]!.trim();
  return line.length > NAME_LENGTH ? `${line.slice(0, NAME_LENGTH)}…` : line;
}
