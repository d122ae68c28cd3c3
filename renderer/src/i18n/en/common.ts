import type { Strings } from '../strings';
import type { common as ja } from '../ja/common';

export const common: Strings<typeof ja> = {
  create: 'Create',
  save: 'Save',
  saved: 'Saved',
  saving: 'Saving…',
  delete: 'Delete',
  close: 'Close',
  cancel: 'Cancel',
  back: 'Back',
  breadcrumb: 'Breadcrumb',
  untitled: '(Untitled)',
  updatedAt: 'Updated {{time}}',
  empty: 'Nothing here yet.',
  saveFailed: 'Could not save: {{message}}',
  tooLongInsert:
    'This field takes up to {{max}} characters. The {{inserted}} characters were not taken in (your text is unchanged). Take only the part you need, or split the text.',
};
