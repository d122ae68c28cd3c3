import type { Strings } from '../strings';
import type { backup as ja } from '../ja/backup';

export const backup: Strings<typeof ja> = {
  title: 'Backup & restore',
  help: 'Saves every record (deleted ones included), settings and unsent changes to one file. Secrets such as passwords are not included.',
  create: 'Create backup',
  restore: 'Restore from backup',
  restoreHelp:
    'Restoring merges into the current data without erasing it: the newer change of a record wins, and restoring the same file twice adds nothing.',
  chooseFile: 'Choose a backup file',
  exporting: 'Creating backup… {{done}} / {{total}}',
  reading: 'Checking the file… {{percent}}%',
  applying: 'Restoring… {{done}} / {{total}}',
  created: 'Backup saved ({{count}} rows).',
  created_one: 'Backup saved ({{count}} row).',
  confirm: {
    title: 'Restore this backup (made {{time}})?',
    kind: '{{kind}}: {{count}} ({{here}} also on this device; per field the newer one stays)',
    merge: 'Nothing here is deleted. Sync settings are never taken from the file.',
    queued: '{{count}} unsent changes in the file will be sent as yours on the next sync.',
    queued_one: '{{count}} unsent change in the file will be sent as yours on the next sync.',
    restore: 'Restore',
  },
  restored: 'Restored from the backup.',
  refused: 'This file cannot be restored. Nothing was changed.',
  failed: 'Could not create the backup: {{message}}',
  problem: {
    empty: 'The file is empty.',
    notJson: 'The file is damaged or not a backup file.',
    truncated: 'The file ends too early (saving or copying it may not have finished).',
    foreign: 'This is not a Kyoso Desk backup file.',
    newerFormat: 'The file was made by a newer Kyoso Desk. Update the app, then restore.',
    newerSchema: 'The file was made by a newer Kyoso Desk. Update the app, then restore.',
    invalidHeader: 'The backup file header is not valid.',
    invalidRecord: 'A record is not valid ({{where}}).',
    countMismatch: 'The number of records does not match; part of the file may be missing.',
    unknown: 'Something went wrong while restoring. Nothing was changed.',
  },
};
