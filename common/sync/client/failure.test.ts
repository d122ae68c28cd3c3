import { describe, expect, it } from 'vitest';
import { classifyFailure, isRetryable } from './failure';

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
    expect(classifyFailure(400, { error: { code: 'malformed' } })).toMatchObject({ kind: 'proxyRefused' });
    expect(classifyFailure(400, { error: 'Bad Request' })).toMatchObject({ kind: 'proxyRefused' });
  });

  it('keeps 401/404/5xx classification whatever the body', () => {
    expect(classifyFailure(401, null)).toEqual({ kind: 'unauthorized' });
    expect(classifyFailure(502, null)).toMatchObject({ kind: 'server', status: 502 });
  });
});
