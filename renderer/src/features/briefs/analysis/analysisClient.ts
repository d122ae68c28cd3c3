/**
 * One shared analysis worker. Each caller gets only the answer to its own request; useAnalysis
 * drops answers to requests that a newer edit superseded, so fast typing never shows stale findings.
 */
import type { GlossaryEntry } from '../../../../../common/brief';
import type { RewriteResult } from '../../../../../common/brief/rewrite';
import type { IssueFields } from '../../../../../common/records/types';
import type { AnalyseResult, AnalysisRequest, AnalysisResponse } from './messages';

type Pending = (response: AnalysisResponse) => void;
/** A request without its id (the client numbers them). */
type Request = AnalysisRequest extends infer R ? (R extends AnalysisRequest ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
const readyListeners = new Set<() => void>();

/** Calls `listener` when the worker's dictionary has loaded (to re-analyse with it). */
export function onAnalyserReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      if (event.data.ok && event.data.kind === 'ready') {
        for (const listener of readyListeners) listener();
        return;
      }
      const resolve = pending.get(event.data.id);
      pending.delete(event.data.id);
      resolve?.(event.data);
    };
    worker.onerror = (event) => {
      for (const [id, resolve] of pending) resolve({ id, ok: false, error: event.message || 'worker error' });
      pending.clear();
      worker?.terminate();
      worker = null; // the next request starts a fresh worker
    };
  }
  return worker;
}

function send(request: Request): Promise<AnalysisResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage({ ...request, id });
  });
}

export type AnalyseOutcome = ({ ok: true } & AnalyseResult) | { ok: false; error: string };

export async function analyseInWorker(
  text: string,
  userTerms: readonly GlossaryEntry[],
): Promise<AnalyseOutcome> {
  const r = await send({ kind: 'analyse', text, userTerms });
  if (!r.ok) return r;
  if (r.kind !== 'analyse') return { ok: false, error: 'unexpected answer' };
  const { findings, analysedLength, clarity, ms, analyser } = r;
  return { ok: true, findings, analysedLength, clarity, ms, analyser };
}

/** The 「企業向けに書き換え」 proposal for `text`. Throws with the worker's message on failure. */
export async function rewriteInWorker(
  text: string,
  userTerms: readonly GlossaryEntry[],
): Promise<RewriteResult> {
  const r = await send({ kind: 'rewrite', text, userTerms });
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
