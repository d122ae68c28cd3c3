import type { Strings } from '../strings';
import type { issues as ja } from '../ja/issues';

export const issues: Strings<typeof ja> = {
  title: 'Issues & Briefs',
  lead: 'Translate municipal issues into briefs a company can take up as a business.',
  newTitle: 'Issue title',
  newPlaceholder: 'e.g. Keep elderly residents able to reach the clinic',
  add: 'Add issue',
  notFound: 'This issue does not exist (it may have been deleted).',
  statusLabel: 'Status',
  rawText: 'Original text (pasted from the municipal document)',
  count: '{{count}} issues',
  count_one: '{{count}} issue',
  fromWorkshop: 'Created from an idea in',
  sourceWorkshop: 'the workshop “{{title}}”',
  sourceWorkshopGone: '(the workshop can no longer be found)',
  status: {
    draft: 'Draft',
    inTranslation: 'In translation',
    briefReady: 'Brief ready',
    published: 'Published',
    matched: 'Matched',
    inDemonstration: 'In demonstration',
    closed: 'Closed',
  },
};
