/** Messages between the UI and the analysis worker. */
import type { BriefLocale, BriefReader, Finding, GlossaryEntry } from '../../../../../common/brief';
import type { RewriteResult } from '../../../../../common/brief/rewrite';
import type { IssueFields } from '../../../../../common/records/types';
import type { TermAdvice, TermQuery } from './termAdvice';

/** Which analyser answered: the IPADIC dictionary, or characters only if it could not load. */
export type AnalyserKind = 'kuromoji' | 'characters';

/**
 * `morph: false` asks for character rules only (the worker then never loads the dictionary): the
 * client keeps one such worker for answers while the other one is still building the dictionary.
 */
export type AnalysisRequest = { morph: boolean } & (
  | {
      id: number;
      kind: 'analyse';
      text: string;
      userTerms: readonly GlossaryEntry[];
      reader: BriefReader;
      /** The UI language: the findings' messages are written in it. */
      locale: BriefLocale;
      /** The issue's municipality ('' when not chosen): the messages speak of its body (町が …). */
      municipality: string;
    }
  | {
      id: number;
      kind: 'rewrite';
      text: string;
      userTerms: readonly GlossaryEntry[];
      reader: BriefReader;
      /** The issue's municipality ('' when not chosen): the rewrite speaks of its body (町役場 …). */
      municipality: string;
    }
  | { id: number; kind: 'draft'; issue: Partial<IssueFields>; userTerms: readonly GlossaryEntry[] }
  | { id: number; kind: 'warm'; userTerms: readonly GlossaryEntry[] }
  | ({ id: number; kind: 'term' } & TermQuery)
);

export interface AnalyseResult {
  findings: Finding[];
  analysedLength: number;
  /** Share of sentences without a finding (0–100), computed beside the findings. */
  clarity: number;
  ms: number;
  analyser: AnalyserKind;
}

export type AnalysisResponse =
  | ({ id: number; ok: true; kind: 'analyse' } & AnalyseResult)
  | { id: number; ok: true; kind: 'rewrite'; result: RewriteResult; analyser: AnalyserKind }
  | { id: number; ok: true; kind: 'draft'; body: string }
  /** Unsolicited (id 0): the dictionary has loaded; findings computed before it can be improved. */
  | { id: 0; ok: true; kind: 'ready' }
  | { id: number; ok: true; kind: 'warm' }
  /** 「用語集に追加」's questions, answered without waiting for the dictionary (NO_ADVICE then). */
  | ({ id: number; ok: true; kind: 'term' } & TermAdvice)
  | { id: number; ok: false; error: string };

/**
 * Texts longer than this are analysed only up to here, so a pasted 5 MB document never
 * freezes anything; the UI says the rest was not checked.
 */
export const MAX_ANALYSED_CHARS = 100_000;
