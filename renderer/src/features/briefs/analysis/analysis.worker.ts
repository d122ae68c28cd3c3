/// <reference lib="webworker" />
/**
 * All brief text analysis runs here, off the main thread: findings and clarity as the user types,
 * the company rewrite, and the drafted brief. The IPADIC dictionary is loaded on the first request;
 * if it cannot load, the engine answers with character rules and says so.
 */
import { analyzeText, clarityScore, draftBrief } from '../../../../../common/brief';
import { cachedAnalyser, type MorphAnalyser } from '../../../../../common/brief/morph';
import { rewriteForCompany } from '../../../../../common/brief/rewrite';
import { loadBrowserAnalyser } from './kuromojiLoader';
import { MAX_ANALYSED_CHARS, type AnalysisRequest, type AnalysisResponse } from './messages';

declare const self: DedicatedWorkerGlobalScope;

let analyser: Promise<MorphAnalyser | null> | null = null;

function getAnalyser(): Promise<MorphAnalyser | null> {
  // Cached per line: typing re-tokenises only the line being edited.
  analyser ??= loadBrowserAnalyser().then(
    (a) => cachedAnalyser(a),
    (error: unknown) => {
      console.warn('形態素解析の辞書を読み込めませんでした。文字単位で解析します。', error);
      return null;
    },
  );
  return analyser;
}

async function answer(request: AnalysisRequest): Promise<AnalysisResponse> {
  const morph = await getAnalyser();
  const kind = morph ? 'kuromoji' : 'characters';
  const options = { userGlossary: request.userTerms, ...(morph ? { analyser: morph } : {}) };
  switch (request.kind) {
    case 'analyse': {
      const started = performance.now();
      const { text } = request;
      const slice = text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
      const findings = analyzeText(slice, options);
      const clarity = clarityScore(slice, findings);
      const ms = performance.now() - started;
      return {
        id: request.id,
        ok: true,
        kind: 'analyse',
        findings,
        clarity,
        analysedLength: slice.length,
        ms,
        analyser: kind,
      };
    }
    case 'rewrite':
      return {
        id: request.id,
        ok: true,
        kind: 'rewrite',
        result: rewriteForCompany(request.text, options),
        analyser: kind,
      };
    case 'draft':
      return { id: request.id, ok: true, kind: 'draft', body: draftBrief(request.issue, options) };
  }
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id } = event.data;
  answer(event.data).then(
    (response) => self.postMessage(response),
    (error: unknown) =>
      self.postMessage({ id, ok: false, error: (error as Error).message } satisfies AnalysisResponse),
  );
};
