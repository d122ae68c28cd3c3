import type { Strings } from '../strings';
import type { search as ja } from '../ja/search';

export const search: Strings<typeof ja> = {
  title: 'Search',
  lead: 'Search issues, briefs and council notes in Japanese.',
  label: 'Search terms',
  placeholder: 'e.g. mobility',
  noResults: 'No results.',
};
