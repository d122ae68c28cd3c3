import type { Strings } from '../strings';
import type { app as ja } from '../ja/app';

export const app: Strings<typeof ja> = {
  name: 'Kyoso Desk',
  tagline: 'A desk for public-private co-creation',
  skipToContent: 'Skip to content',
  language: 'Language',
  loading: 'Loading…',
  storageNotPersisted: 'The browser may evict stored data. Back up important work.',
  pageError: {
    title: 'This page could not be shown',
    body: 'Every other page still works. Nothing saved has been lost.',
    retry: 'Try again',
    back: 'Back to the issue list',
    detail: 'Technical details',
  },
  fatal: 'Could not open the database: {{message}}',
};
