import { useEffect, useRef, useState } from 'react';
import type { BriefReader, Finding, GlossaryEntry } from '../../../../../common/brief';
import { useBriefLocale } from '../useBriefLocale';
import { analyseInWorker, onAnalyserReady } from './analysisClient';
import type { AnalyserKind } from './messages';

export interface AnalysisState {
  findings: Finding[];
  /** How much of the text was analysed (less than its length for huge pastes). */
  analysedLength: number;
  /** Share of sentences without a finding (0–100), or null until the first answer. */
  clarity: number | null;
  /** Which analyser answered (null until the first answer). */
  analyser: AnalyserKind | null;
  pending: boolean;
  error: string | null;
}

/**
 * Findings for `text` for `reader`, with messages in the UI language and of the body (the
 * municipality's 町, 村 …), recomputed in the worker shortly after typing pauses or the reader, the
 * language or the municipality changes.
 */
export function useAnalysis(
  text: string,
  userTerms: readonly GlossaryEntry[],
  reader: BriefReader,
  municipality = '',
  delayMs = 150,
): AnalysisState {
  const [state, setState] = useState<AnalysisState>({
    findings: [],
    analysedLength: 0,
    clarity: null,
    analyser: null,
    pending: true,
    error: null,
  });
  const locale = useBriefLocale();
  const latest = useRef(0);
  // Bumped when the dictionary finishes loading, so text analysed by characters is analysed again.
  const [generation, setGeneration] = useState(0);
  useEffect(() => onAnalyserReady(() => setGeneration((g) => g + 1)), []);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      void analyseInWorker(text, userTerms, reader, locale, municipality).then((response) => {
        if (ticket !== latest.current) return; // a newer edit is being analysed
        setState(
          response.ok
            ? {
                findings: response.findings,
                analysedLength: response.analysedLength,
                clarity: response.clarity,
                analyser: response.analyser,
                pending: false,
                error: null,
              }
            : {
                findings: [],
                analysedLength: 0,
                clarity: null,
                analyser: null,
                pending: false,
                error: response.error,
              },
        );
      });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, userTerms, reader, locale, municipality, delayMs, generation]);

  return state;
}
