import type { Strings } from '../strings';
import type { council as ja } from '../ja/council';

export const council: Strings<typeof ja> = {
  title: 'Council Notes',
  lead: 'Timestamped notes from council meetings, safe offline.',
  newTitle: 'Meeting name',
  newPlaceholder: 'e.g. December regular session, general questions',
  add: 'Add meeting',
};
