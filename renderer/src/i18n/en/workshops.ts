import type { Strings } from '../strings';
import type { workshops as ja } from '../ja/workshops';

export const workshops: Strings<typeof ja> = {
  title: 'Workshops',
  lead: 'Build timeboxed agendas from templates and run them with a live timer.',
  newTitle: 'Workshop name',
  newPlaceholder: 'e.g. Issue-framing workshop (City of …)',
  add: 'Add workshop',
};
