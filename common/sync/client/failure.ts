/**
 * What a non-2xx answer (or no answer) means for the engine, decided once so the engine,
 * the status line and the tests agree. Pure.
 */
export type SyncFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'unauthorized' }
  | { kind: 'notFound' }
  | { kind: 'clientTaken' }
  | { kind: 'mutationGap'; expected: number }
  | { kind: 'clockSkew'; serverTime: string }
  | { kind: 'cursorExpired' }
  | { kind: 'protocolTooOld' }
  | { kind: 'tooLarge' }
  /**
   * A 400 or 413 without the contract's JSON error body: something between the app and the
   * server (a reverse proxy's HTML page, e.g. nginx's 1 MiB `client_max_body_size`) refused the
   * request, not the server its content. Nothing may be set aside for it; it is retried with
   * back-off. `sizeRefused` (a 413) says a smaller request could pass: a push may split it.
   */
  | { kind: 'proxyRefused'; status: number; sizeRefused: boolean }
  /** `retryAfterMs`: the server's `Retry-After` (429 rate limit, 503), the least wait before a retry. */
  | { kind: 'server'; status: number; detail: string; retryAfterMs?: number }
  | { kind: 'rejected'; status: number; code: string; detail: string };

/** Failures worth retrying on their own (with backoff); the others need the user or a code fix. */
export function isRetryable(f: SyncFailure): boolean {
  return f.kind === 'network' || f.kind === 'server' || f.kind === 'proxyRefused';
}

function errorOf(body: unknown): {
  code?: unknown;
  message?: unknown;
  expected?: unknown;
  serverTime?: unknown;
} {
  if (typeof body !== 'object' || body === null) return {};
  const error = (body as { error?: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
}

/**
 * Whether `body` is the contract's `{ "error": { "code", "message" } }`. Only the code is required:
 * it is what decides the outcome, and no proxy or gateway page carries an `error.code` string.
 */
function isContractError(body: unknown): boolean {
  return typeof errorOf(body).code === 'string';
}

/** Most a `Retry-After` may hold the client back: a wrong header must not stop sync for a day. */
const MAX_RETRY_AFTER_MS = 3_600_000;

/** `Retry-After` (RFC 9110 §10.2.3: delay-seconds or an HTTP date) in ms from `now`, or null. */
function retryAfterMs(header: string | null | undefined, now: number): number | null {
  const raw = header?.trim() ?? '';
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  const at = /[a-z]/i.test(raw) ? Date.parse(raw) : NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Classifies an HTTP error answer of push or pull by status and the contract's error code;
 * `retryAfter` is the answer's `Retry-After` header, honoured on 429 and 503.
 */
export function classifyFailure(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
  now: number = Date.now(),
): SyncFailure {
  const e = errorOf(body);
  const detail = typeof e.message === 'string' ? e.message : `HTTP ${status}`;
  const code = typeof e.code === 'string' ? e.code : '';
  // Only the server's own refusal may set a change aside (push.ts); anyone else's is transient.
  if ((status === 400 || status === 413) && !isContractError(body)) {
    return { kind: 'proxyRefused', status, sizeRefused: status === 413 };
  }
  if (status === 401) return { kind: 'unauthorized' };
  if (status === 404) return { kind: 'notFound' };
  if (status === 403 && code === 'client_taken') return { kind: 'clientTaken' };
  if (status === 409 && code === 'mutation_gap' && typeof e.expected === 'number') {
    return { kind: 'mutationGap', expected: e.expected };
  }
  if (status === 400 && code === 'clock_skew') {
    return { kind: 'clockSkew', serverTime: typeof e.serverTime === 'string' ? e.serverTime : '' };
  }
  if (status === 410) return { kind: 'cursorExpired' };
  if (status === 426) return { kind: 'protocolTooOld' };
  if (status === 413) return { kind: 'tooLarge' };
  if (status === 429 || status === 503) {
    const wait = retryAfterMs(retryAfter, now);
    return { kind: 'server', status, detail, ...(wait === null ? {} : { retryAfterMs: wait }) };
  }
  if (status >= 500 || status === 408) return { kind: 'server', status, detail };
  return { kind: 'rejected', status, code, detail };
}

/**
 * Delay before retry `attempt` (0-based): exponential from `baseMs`, capped, with "full jitter"
 * so many clients coming back online together do not retry in lockstep.
 */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  baseMs = 1000,
  capMs = 60_000,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Delay before retry `attempt` of `failure`: the back-off, or longer if the server asked for it. */
export function retryDelay(
  failure: SyncFailure,
  attempt: number,
  random: () => number = Math.random,
): number {
  const backoff = backoffDelay(attempt, random);
  const asked = failure.kind === 'server' ? (failure.retryAfterMs ?? 0) : 0;
  return Math.max(backoff, Math.min(asked, MAX_RETRY_AFTER_MS));
}
