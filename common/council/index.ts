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
export { readingOfName, hiraganaOf, isKana, type NameReader } from './speakerReading';
export { extractTags } from './tags';
export { kindFromTitle, type TitledKind } from './sessionKind';
export {
  minutesMarkdown,
  minutesSections,
  minutesFrontMatter,
  sessionParticulars,
  type MinutesLabels,
  type MinutesSection,
  type IssueTitles,
} from './minutesMarkdown';
