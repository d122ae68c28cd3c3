/**
 * What a conflict is about, in the user's words: the record by the name its screen shows (a
 * note, which has no title, by its first words) and the field by its label — not 「（無題）」の body.
 */
import type { TFunction } from 'i18next';
import { isSyncedTable } from '../../../../common/records/tables';

export { recordName } from '../../../../common/records/recordName';

/** The field's label on screen; a field this version has no label for keeps its name. */
export function fieldLabel(t: TFunction, table: string, field: string): string {
  if (!isSyncedTable(table) || !/^[A-Za-z]+$/.test(field)) return field;
  // A dynamic key: the typed `t` knows only literal ones; '' when this field has no label.
  const label = t(`sync.fields.${table}.${field}` as 'sync.fields.notes.body', { defaultValue: '' });
  return typeof label === 'string' && label !== '' && !label.startsWith('sync.fields.') ? label : field;
}
