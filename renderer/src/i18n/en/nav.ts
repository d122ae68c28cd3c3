import type { Strings } from '../strings';
import type { nav as ja } from '../ja/nav';

export const nav: Strings<typeof ja> = {
  label: 'Main menu',
  issues: 'Issues & Briefs',
  workshops: 'Workshops',
  council: 'Council Notes',
  search: 'Search',
  settings: 'Settings & Sync',
};
