/**
 * What a non-2xx answer (or no answer) means for the engine, decided once so the engine,
 * the status line and the tests agree. Pure.
 *
 * Failures are data, never sentences: the renderer words each kind in the user's language
 * (i18n `sync.error.*`). `technical` is developer-facing text (an exception message, the server's
 * own English `message`, a validation finding); the UI shows it apart, never inside a sentence.
 */
export type SyncFailure =
  | { kind: 'network'; technical?: string }
  | { kind: 'unauthorized' }
  /** No token is kept for the configured server's origin (never entered, or entered for another server). */
  | { kind: 'noToken' }
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
  /**
   * 5xx, 408, 429, or an answer that is not the contract's envelope (`unexpectedAnswer`).
   * `retryAfterMs`: the server's `Retry-After` (429 rate limit, 503), the least wait before a retry.
   */
  | { kind: 'server'; status: number; unexpectedAnswer?: true; technical?: string; retryAfterMs?: number }
  /** Any other contract error; `code` is the contract's error code ('' when the body had none). */
  | { kind: 'rejected'; status: number; code: string; technical?: string }
  /** Outbox entries the server refused, kept locally as conflict records (the rest went through). */
  | { kind: 'setAside'; items: SetAsideItem[] }
  /** An exception that is not a sync failure (a bug, a broken database); changes stay queued. */
  | { kind: 'internal'; technical: string };

/** One outbox entry the server refused and the client set aside. */
export interface SetAsideItem {
  table: string;
  id: string;
  fields: string[];
  /** The record's name as its screen shows it ('' when it has none; absent in older logs). */
  name?: string;
  /** The contract's error code (`too_large` when the request was too large; a `rejected` entry's code). */
  code: string;
  /** Whether its content went into a conflict record that syncs (false: kept on this device only). */
  synced: boolean;
}

export type SyncFailureKind = SyncFailure['kind'];

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
  const technical = typeof e.message === 'string' ? e.message : `HTTP ${status}`;
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
    return { kind: 'server', status, technical, ...(wait === null ? {} : { retryAfterMs: wait }) };
  }
  if (status >= 500 || status === 408) return { kind: 'server', status, technical };
  return { kind: 'rejected', status, code, technical };
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
