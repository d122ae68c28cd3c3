/// <reference lib="webworker" />
/**
 * All brief text analysis runs here, off the main thread: findings and clarity as the user types,
 * the company rewrite, and the drafted brief. The IPADIC dictionary starts loading on the first
 * request. Findings and the draft do not wait for it (character rules answer at once, and a `ready`
 * message asks the UI to analyse again); the rewrite, which cuts at clause boundaries, does wait. If it cannot load, character rules
 * answer everything and the response says so.
 */
import { analyzeText, clarityScore, draftBrief } from '../../../../../common/brief';
import { cachedAnalyser, type MorphAnalyser } from '../../../../../common/brief/morph';
import { rewriteForCompany } from '../../../../../common/brief/rewrite';
import { loadBrowserAnalyser } from './kuromojiLoader';
import { adviseTerm } from './termAdvice';
import { MAX_ANALYSED_CHARS, type AnalysisRequest, type AnalysisResponse } from './messages';

declare const self: DedicatedWorkerGlobalScope;

/** Longest text analysed with morphemes; longer ones fall back to character rules. */
const MAX_MORPH_CHARS = 20_000;

let analyser: Promise<MorphAnalyser | null> | null = null;
/** The loaded analyser, once the dictionary is in (null while loading or after a failure). */
let loaded: MorphAnalyser | null = null;

function getAnalyser(): Promise<MorphAnalyser | null> {
  // Cached per line: typing re-tokenises only the line being edited.
  analyser ??= loadBrowserAnalyser().then(
    (a) => cachedAnalyser(a),
    (error: unknown) => {
      console.warn('形態素解析の辞書を読み込めませんでした。文字単位で解析します。', error);
      return null;
    },
  );
  void analyser.then((a) => {
    loaded = a;
    if (a) self.postMessage({ id: 0, ok: true, kind: 'ready' } satisfies AnalysisResponse);
  });
  return analyser;
}

async function answer(request: AnalysisRequest): Promise<AnalysisResponse> {
  if (request.kind === 'warm') {
    void getAnalyser();
    return { id: request.id, ok: true, kind: 'warm' };
  }
  if (request.kind === 'term') {
    // Never waits for the dictionary: the form opens at once and the user may type the reading.
    return { id: request.id, ok: true, kind: 'term', ...adviseTerm(loaded, request, MAX_MORPH_CHARS) };
  }
  // A huge paste is checked by characters: tokenising 100,000 characters takes seconds.
  const huge = 'text' in request && request.text.length > MAX_MORPH_CHARS;
  const morph = !request.morph || huge ? null : request.kind === 'rewrite' ? await getAnalyser() : loaded;
  const kind = morph ? 'kuromoji' : 'characters';
  const options = {
    userGlossary: request.userTerms,
    ...(morph ? { analyser: morph } : {}),
    // The issue's reader: a savvy one is not told about the business-known words.
    ...('reader' in request ? { reader: request.reader } : {}),
    ...('locale' in request ? { locale: request.locale } : {}),
    ...('municipality' in request ? { municipality: request.municipality } : {}),
  };
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
