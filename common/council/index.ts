/** Council notes (議会メモ): pure domain, shared by the note screen and the export. */
export * from './types';
export {
  sortEntries,
  groupByAgenda,
  currentAgenda,
  agendaAt,
  needsHeading,
  retime,
  clockTime,
  type AgendaGroup,
} from './entries';
export { suggestSpeakers, inferRole, foldForMatch, DEFAULT_ANSWERERS, type SuggestContext } from './speakers';
export { extractTags } from './tags';
export {
  minutesMarkdown,
  minutesSections,
  minutesFrontMatter,
  sessionParticulars,
  type MinutesLabels,
  type MinutesSection,
  type IssueTitles,
} from './minutesMarkdown';
