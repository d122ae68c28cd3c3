/**
 * What a saved backup holds, in the user's terms: 「課題 12 件、議会メモ 40 件」, "12 issues, 40
 * council notes" — not the file's rows, most of which (the sync log, settings) the user never made.
 */
import { SYNCED_TABLES, type SyncedTable } from '../../../../common/records/tables';
import type { BackupRecordCounts } from '../../data/backup';

type Say = (
  key: `backup.records.${SyncedTable}` | 'backup.recordSeparator',
  options?: { count: number },
) => string;
type SayCreated = (
  key: 'backup.created' | 'backup.createdNoRecords',
  options?: { records: string },
) => string;

export function backupSavedText(t: Say & SayCreated, counts: BackupRecordCounts): string {
  const records = SYNCED_TABLES.filter((table) => (counts[table] ?? 0) > 0).map((table) =>
    t(`backup.records.${table}`, { count: counts[table] ?? 0 }),
  );
  if (records.length === 0) return t('backup.createdNoRecords');
  return t('backup.created', { records: records.join(t('backup.recordSeparator')) });
}
