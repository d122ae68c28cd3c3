/**
 * Per-token rate limit: a token bucket per member token, held in this process's memory. Each
 * push or pull by a member token takes one token from its bucket; a request finding the bucket
 * empty is answered 429 with `Retry-After` and spends nothing. Admin calls and `/healthz` are not
 * limited. Several server processes do not share buckets: behind a load balancer a token may
 * reach up to N × the limit across N processes (see server/README.md).
 */

export interface RateLimitOptions {
  /** Requests a token may make at once (the bucket's size). */
  burst: number;
  /** Requests per second the bucket regains. */
  perSecond: number;
}

/** Enough for an initial sync (a few dozen pushes and pages at once) and a poll every few seconds. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 120, perSecond: 2 };

/** At most this many buckets are kept; full buckets are dropped first when it is reached. */
const MAX_BUCKETS = 100_000;

interface Bucket {
  tokens: number;
  at: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterS: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from `key`'s bucket, or says how many whole seconds until one is there. */
  take(key: string): RateDecision {
    const now = this.now();
    const { burst, perSecond } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    const tokens = Math.min(burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * perSecond);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
    }
    if (!this.buckets.has(key) && this.buckets.size >= MAX_BUCKETS) this.evict(now);
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return { ok: true };
  }

  /** Drops buckets that have refilled (forgetting them changes nothing), else the oldest. */
  private evict(now: number): void {
    const { burst, perSecond } = this.options;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * perSecond >= burst) this.buckets.delete(key);
    }
    if (this.buckets.size >= MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value ?? '');
  }
}

/** `KYOSO_RATE_BURST` / `KYOSO_RATE_PER_SECOND`; a rate of 0 turns the limit off (benchmarks). */
export function parseRateLimit(env: NodeJS.ProcessEnv): RateLimitOptions | false {
  const number = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, got ${raw}`);
    return value;
  };
  const perSecond = number('KYOSO_RATE_PER_SECOND', DEFAULT_RATE_LIMIT.perSecond);
  const burst = number('KYOSO_RATE_BURST', DEFAULT_RATE_LIMIT.burst);
  if (perSecond === 0) return false;
  if (burst < 1) throw new Error('KYOSO_RATE_BURST must be at least 1');
  return { burst, perSecond };
}
