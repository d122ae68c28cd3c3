import type { Strings } from '../strings';
import type { glossary as ja } from '../ja/glossary';

export const glossary: Strings<typeof ja> = {
  title: 'My glossary',
  lead: 'Terms of your municipality: used for flags and rewordings (they sync).',
  term: 'Term',
  reading: 'Reading',
  plain: 'Plain wording',
  explanation: 'Why it matters to a company',
  category: 'Category',
  readingShown: ' ({{reading}})',
  add: 'Add term',
  shipped: 'Built-in glossary: {{count}} terms',
  shipped_one: 'Built-in glossary: {{count}} term',
  empty: 'No terms yet.',
  knownTitle: 'Words needing no explanation',
  knownLead: 'Words your readers know: the red pen does not mark them. Undo to have them marked again.',
  knownEmpty: 'No such words yet. Add them with “No explanation needed” in an issue’s findings.',
  known: 'No explanation needed',
  undo: 'Undo',
  removed: '“{{term}}” deleted.',
  restored: '“{{term}}” is back.',
  undone: '“{{term}}” is marked again',
};
