import type { Strings } from '../strings';
import type { app as ja } from '../ja/app';

export const app: Strings<typeof ja> = {
  name: 'Kyoso Desk',
  tagline: 'A desk for public-private co-creation',
  skipToContent: 'Skip to content',
  language: 'Language',
  loading: 'Loading…',
  storageNotPersisted: 'The browser may evict stored data. Back up important work.',
  fatal: 'Could not open the database: {{message}}',
};
