/**
 * Public surface of the brief engine (pure TypeScript: Web Worker, Node and tests alike).
 */
export type { AnalyzeOptions, Finding, Fix, GlossaryEntry, Rule } from './types';
export { analyzeText, applyFix, applyFixes, DEFAULT_MAX_SENTENCE_LENGTH } from './analyze';
export { ALL_RULES } from './rules';
export { BRIEF_LOCALES, DEFAULT_LOCALE, isBriefLocale, type BriefLocale } from './messages/message';
export { BRIEF_READERS, DEFAULT_READER, isBriefReader, readerKnows, type BriefReader } from './reader';
export {
  fromGlossaryRecord,
  isGlossaryEntry,
  loadGlossary,
  mergeGlossary,
  shippedGlossary,
} from './glossary';
export {
  scoreReadiness,
  READINESS_WEIGHTS,
  type FoundInText,
  type MissingItem,
  type Readiness,
} from './readiness';
export { findTextCues, type CueField, type CueKey, type TextCues } from './textCues';
export { draftBrief, glossaryForText, BRIEF_SECTIONS, briefSections } from './draft';
export { extractIssueFields, PLACEHOLDER } from './extract';
export { clarityScore } from './clarity';
export { repairPdfPaste, type PdfPasteRepair } from './pdfPaste';
