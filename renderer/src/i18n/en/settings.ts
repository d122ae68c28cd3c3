import type { Strings } from '../strings';
import type { settings as ja } from '../ja/settings';

export const settings: Strings<typeof ja> = {
  title: 'Settings & Sync',
  lead: 'Sync with your team server and manage backups.',
  languageHelp: 'Switch the display language.',
  about: 'About',
  version: 'Version {{version}} ({{shell}})',
};
