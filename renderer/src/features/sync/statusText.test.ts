import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sync as en } from '../../i18n/en/sync';
import { sync as ja } from '../../i18n/ja/sync';
import { failureText, statusText } from './statusText';

const t = ((key: string, options?: Record<string, unknown>) =>
  `${key}${options ? JSON.stringify(options) : ''}`) as unknown as TFunction;

describe('statusText', () => {
  it('says "preparing" while a first sync moves local records, then counts what is sent', () => {
    const base = { phase: 'syncing', step: 'push', pushed: 200, toPush: 20_000, pulled: 0 } as const;
    expect(statusText(t, { ...base, preparing: true })).toBe(
      'sync.status.preparing{"done":"200","total":"20000"}',
    );
    expect(statusText(t, base)).toBe('sync.status.pushing{"pushed":"200","total":"20000"}');
  });
});

describe('failureText for a proxy refusal', () => {
  it('says a proxy refused a request that large, that changes are kept, and when it retries', () => {
    const failure = { kind: 'proxyRefused', status: 413, sizeRefused: true } as const;
    expect(failureText(t, failure, '2026-12-01T09:00:00.000Z')).toMatch(
      /^sync\.error\.proxyTooLargeRetry\{"status":"413","time":".+"\}$/,
    );
    expect(failureText(t, failure)).toBe('sync.error.proxyTooLarge{"status":"413","time":""}');
    expect(failureText(t, { kind: 'proxyRefused', status: 400, sizeRefused: false })).toBe(
      'sync.error.proxyRefused{"status":"400","time":""}',
    );
  });

  it('reads 「プロキシが大きすぎる送信を拒否しました」 in Japanese', () => {
    expect(ja.error.proxyTooLargeRetry).toContain('プロキシが大きすぎる送信を拒否しました');
    expect(ja.error.proxyTooLargeRetry).toContain('{{time}}');
    expect(en.error.proxyTooLargeRetry).toContain('{{time}}');
  });
});

describe('failureText for a rate limit', () => {
  it('says the app waits, and until when, instead of "server error"', () => {
    const failure = { kind: 'server', status: 429, detail: 'x', retryAfterMs: 120_000 } as const;
    expect(failureText(t, failure, '2026-12-01T09:02:00.000Z')).toMatch(
      /^sync\.error\.rateLimited\{"time":".+"\}$/,
    );
  });
});
