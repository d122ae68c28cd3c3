/**
 * One shared analysis worker. Each caller gets only the answer to its latest request, so
 * fast typing never shows stale findings and never queues up work.
 */
import type { GlossaryEntry } from '../../../../../common/brief';
import type { AnalysisResponse } from './messages';

type Pending = (response: AnalysisResponse) => void;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
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

export function analyseInWorker(
  text: string,
  userTerms: readonly GlossaryEntry[],
): Promise<AnalysisResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage({ id, text, userTerms });
  });
}
