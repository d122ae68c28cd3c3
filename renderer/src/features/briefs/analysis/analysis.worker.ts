/// <reference lib="webworker" />
/** Runs the brief checker off the main thread so typing never waits for analysis. */
import { analyzeText } from '../../../../../common/brief';
import { MAX_ANALYSED_CHARS, type AnalysisRequest, type AnalysisResponse } from './messages';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, text, userTerms } = event.data;
  const started = performance.now();
  let response: AnalysisResponse;
  try {
    const slice = text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
    const findings = analyzeText(slice, { userGlossary: userTerms });
    response = { id, ok: true, findings, analysedLength: slice.length, ms: performance.now() - started };
  } catch (error) {
    response = { id, ok: false, error: (error as Error).message };
  }
  self.postMessage(response);
};
