/**
 * Two analysis workers running the same script. The morph worker loads the IPADIC dictionary, which
 * blocks it for seconds on a busy machine; until it reports `ready`, findings and drafts go to the
 * character worker, which never loads it. The rewrite always goes to the morph worker (it needs
 * clause boundaries) and waits. useAnalysis drops answers that a newer edit superseded.
 */
import type { BriefLocale, BriefReader, GlossaryEntry } from '../../../../../common/brief';
import type { RewriteResult } from '../../../../../common/brief/rewrite';
import type { IssueFields } from '../../../../../common/records/types';
import type { AnalyseResult, AnalysisRequest, AnalysisResponse } from './messages';
import { NO_ADVICE, type TermAdvice, type TermQuery } from './termAdvice';

type Pending = (response: AnalysisResponse) => void;
/** A request without its id (the client numbers them). */
type Request = AnalysisRequest extends infer R
  ? R extends AnalysisRequest
    ? Omit<R, 'id' | 'morph'>
    : never
  : never;

type Role = 'morph' | 'chars';
const workers: Record<Role, Worker | null> = { morph: null, chars: null };
let morphReady = false;
let nextId = 1;
const pending = new Map<number, Pending>();
const readyListeners = new Set<() => void>();

/** Calls `listener` when the worker's dictionary has loaded (to re-analyse with it). */
export function onAnalyserReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

function getWorker(role: Role): Worker {
  let worker = workers[role];
  if (!worker) {
    const created = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker = created;
    workers[role] = created;
    created.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      if (event.data.ok && event.data.kind === 'ready') {
        morphReady = true;
        for (const listener of readyListeners) listener();
        return;
      }
      const resolve = pending.get(event.data.id);
      pending.delete(event.data.id);
      resolve?.(event.data);
    };
    created.onerror = (event) => {
      for (const [id, resolve] of pending) resolve({ id, ok: false, error: event.message || 'worker error' });
      pending.clear();
      created.terminate();
      workers[role] = null; // the next request starts a fresh worker
      if (role === 'morph') morphReady = false;
    };
    if (role === 'morph') created.postMessage({ id: nextId++, kind: 'warm', morph: true, userTerms: [] });
  }
  return worker;
}

function send(request: Request): Promise<AnalysisResponse> {
  const id = nextId++;
  getWorker('morph'); // starts loading the dictionary on first use
  const role: Role = request.kind === 'rewrite' || morphReady ? 'morph' : 'chars';
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker(role).postMessage({ ...request, id, morph: role === 'morph' });
  });
}

export type AnalyseOutcome = ({ ok: true } & AnalyseResult) | { ok: false; error: string };

export async function analyseInWorker(
  text: string,
  userTerms: readonly GlossaryEntry[],
  reader: BriefReader,
  locale: BriefLocale,
  municipality: string,
): Promise<AnalyseOutcome> {
  const r = await send({ kind: 'analyse', text, userTerms, reader, locale, municipality });
  if (!r.ok) return r;
  if (r.kind !== 'analyse') return { ok: false, error: 'unexpected answer' };
  const { findings, analysedLength, clarity, ms, analyser } = r;
  return { ok: true, findings, analysedLength, clarity, ms, analyser };
}

/** The 「企業向けに書き換え」 proposal for `text`. Throws with the worker's message on failure. */
export async function rewriteInWorker(
  text: string,
  userTerms: readonly GlossaryEntry[],
  reader: BriefReader,
  municipality: string,
): Promise<RewriteResult> {
  const r = await send({ kind: 'rewrite', text, userTerms, reader, municipality });
  if (!r.ok) throw new Error(r.error);
  if (r.kind !== 'rewrite') throw new Error('unexpected answer');
  return r.result;
}

/** The brief drafted from `issue`, built in the worker. Throws with the worker's message on failure. */
export async function draftInWorker(
  issue: Partial<IssueFields>,
  userTerms: readonly GlossaryEntry[],
): Promise<string> {
  const r = await send({ kind: 'draft', issue, userTerms });
  if (!r.ok) throw new Error(r.error);
  if (r.kind !== 'draft') throw new Error('unexpected answer');
  return r.body;
}

/**
 * What the loaded dictionary says about a term for 「用語集に追加」, or NO_ADVICE while it is still
 * loading (the character worker has none: the pen reads characters then, and any term is found).
 */
export async function termAdviceInWorker(query: TermQuery): Promise<TermAdvice> {
  if (!morphReady) return NO_ADVICE;
  const r = await send({ kind: 'term', ...query });
  if (!r.ok || r.kind !== 'term') return NO_ADVICE;
  const { reading, proposal, cut, dictionary } = r;
  return { reading, proposal, cut, dictionary };
}
