/** Messages between the UI and the analysis worker. */
import type { Finding, GlossaryEntry } from '../../../../../common/brief';

export interface AnalysisRequest {
  id: number;
  text: string;
  userTerms: readonly GlossaryEntry[];
}

export type AnalysisResponse =
  | { id: number; ok: true; findings: Finding[]; analysedLength: number; ms: number }
  | { id: number; ok: false; error: string };

/**
 * Texts longer than this are analysed only up to here, so a pasted 5 MB document never
 * freezes anything; the UI says the rest was not checked.
 */
export const MAX_ANALYSED_CHARS = 100_000;
