import { describe, expect, it } from 'vitest';
import { classifyFailure, isRetryable, retryDelay } from './failure';

describe('classifyFailure', () => {
  it('treats only the contract’s JSON error body as the server refusing the content', () => {
    expect(classifyFailure(413, { error: { code: 'too_large', message: 'Body exceeds 16 MiB' } })).toEqual({
      kind: 'tooLarge',
    });
    expect(classifyFailure(400, { error: { code: 'malformed', message: 'bad value' } })).toMatchObject({
      kind: 'rejected',
      status: 400,
      code: 'malformed',
    });
  });

  it('calls a 413 or 400 without the contract’s body a proxy refusal, retried later', () => {
    // transport.ts hands over `null` when the body is not JSON (an HTML page).
    const size = classifyFailure(413, null);
    expect(size).toEqual({ kind: 'proxyRefused', status: 413, sizeRefused: true });
    expect(isRetryable(size)).toBe(true);
    const other = classifyFailure(400, null);
    expect(other).toEqual({ kind: 'proxyRefused', status: 400, sizeRefused: false });
    expect(isRetryable(other)).toBe(true);
    // JSON, but not the contract's shape (another gateway's error format).
    expect(classifyFailure(413, { message: 'Request Entity Too Large' })).toMatchObject({
      kind: 'proxyRefused',
      sizeRefused: true,
    });
    expect(classifyFailure(400, { error: { message: 'Bad Request' } })).toMatchObject({
      kind: 'proxyRefused',
    });
    expect(classifyFailure(400, { error: 'Bad Request' })).toMatchObject({ kind: 'proxyRefused' });
  });

  it('keeps 401/404/5xx classification whatever the body', () => {
    expect(classifyFailure(401, null)).toEqual({ kind: 'unauthorized' });
    expect(classifyFailure(502, null)).toMatchObject({ kind: 'server', status: 502 });
  });
});

describe('Retry-After', () => {
  const limited = { error: { code: 'rate_limited', message: 'Too many requests' } };

  it('is read from a 429 or 503 answer, in seconds or as an HTTP date', () => {
    expect(classifyFailure(429, limited, '30')).toMatchObject({
      kind: 'server',
      status: 429,
      retryAfterMs: 30_000,
    });
    const now = Date.parse('2026-12-01T09:00:00Z');
    expect(classifyFailure(503, null, 'Tue, 01 Dec 2026 09:02:00 GMT', now)).toMatchObject({
      kind: 'server',
      retryAfterMs: 120_000,
    });
    expect(classifyFailure(429, limited, 'soon')).not.toHaveProperty('retryAfterMs');
    expect(classifyFailure(429, limited, null)).not.toHaveProperty('retryAfterMs');
  });

  it('sets the least delay before the next attempt, capped at an hour', () => {
    const server = (retryAfterMs?: number) =>
      ({ kind: 'server', status: 429, detail: 'x', ...(retryAfterMs ? { retryAfterMs } : {}) }) as const;
    const noJitter = () => 0; // back-off of attempt 0 is then 500 ms
    expect(retryDelay(server(), 0, noJitter)).toBe(500);
    expect(retryDelay(server(30_000), 0, noJitter)).toBe(30_000);
    expect(retryDelay(server(100), 0, noJitter)).toBe(500);
    expect(retryDelay(server(86_400_000), 0, noJitter)).toBe(3_600_000);
  });
});
