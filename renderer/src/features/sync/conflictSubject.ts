/**
 * What a conflict is about, in the user's words: the record by the name its screen shows (a
 * note, which has no title, by its first words) and the field by its label — not 「（無題）」の body.
 */
import type { TFunction } from 'i18next';
import { isSyncedTable, type SyncedTable } from '../../../../common/records/tables';

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
export function recordName(table: string, fields: Readonly<Record<string, unknown>> | null): string {
  const key = isSyncedTable(table) ? NAME_FIELD[table] : undefined;
  const value = key && fields ? fields[key] : undefined;
  if (typeof value !== 'string') return '';
  const line = value.trim().split('\n')[0]!.trim();
  return line.length > NAME_LENGTH ? `${line.slice(0, NAME_LENGTH)}…` : line;
}

/** The field's label on screen; a field this version has no label for keeps its name. */
export function fieldLabel(t: TFunction, table: string, field: string): string {
  if (!isSyncedTable(table) || !/^[A-Za-z]+$/.test(field)) return field;
  // A dynamic key: the typed `t` knows only literal ones; '' when this field has no label.
  const label = t(`sync.fields.${table}.${field}` as 'sync.fields.notes.body', { defaultValue: '' });
  return typeof label === 'string' && label !== '' && !label.startsWith('sync.fields.') ? label : field;
}
