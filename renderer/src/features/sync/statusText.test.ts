import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncFailure } from '../../../../common/sync/client/failure';
import { sync as enStrings } from '../../i18n/en/sync';
import { sync as jaStrings } from '../../i18n/ja/sync';
import { failureText, statusText } from './statusText';
import { translator } from './testingT';

const keyT = ((key: string, options?: Record<string, unknown>) =>
  `${key}${options ? JSON.stringify(options) : ''}`) as unknown as TFunction;

describe('statusText', () => {
  it('says "preparing" while a first sync moves local records, then counts what is sent', () => {
    const base = { phase: 'syncing', step: 'push', pushed: 200, toPush: 20_000, pulled: 0 } as const;
    expect(statusText(keyT, { ...base, preparing: true })).toBe(
      'sync.status.preparing{"done":"200","total":"20000"}',
    );
    expect(statusText(keyT, base)).toBe('sync.status.pushing{"pushed":"200","total":"20000"}');
  });
});

/** Lower-case English words (acronyms such as URL and HTTP are fine): never in a Japanese status line. */
const ENGLISH_WORDS = /[a-z]{3,}/;

describe('failureText in the user language', () => {
  let ja: TFunction;
  let en: TFunction;
  beforeAll(async () => {
    ja = await translator('ja');
    en = await translator('en');
  });

  // Every kind, each carrying the English developer text the engine keeps beside it.
  const failures: SyncFailure[] = [
    { kind: 'network', technical: 'Failed to fetch' },
    { kind: 'unauthorized' },
    { kind: 'noToken' },
    { kind: 'notFound' },
    { kind: 'clientTaken' },
    { kind: 'mutationGap', expected: 3 },
    { kind: 'cursorExpired' },
    { kind: 'protocolTooOld' },
    { kind: 'tooLarge' },
    { kind: 'server', status: 503, technical: 'database is locked' },
    { kind: 'server', status: 200, unexpectedAnswer: true },
    { kind: 'internal', technical: 'TypeError: disk on fire' },
    {
      kind: 'setAside',
      items: [{ table: 'issues', id: 'a', fields: ['rawText'], code: 'too_large', synced: true }],
    },
    {
      kind: 'setAside',
      items: [
        { table: 'notes', id: 'n', fields: ['body'], name: '', code: 'record_too_large', synced: true },
      ],
    },
  ];

  it.each(failures.map((f) => [f.kind, f] as const))(
    '%s: Japanese text carries no English sentence',
    (_, f) => {
      const text = failureText(ja, f);
      expect(text).not.toMatch(ENGLISH_WORDS);
      expect(text).not.toContain('sync.error');
      expect(failureText(en, f)).toMatch(ENGLISH_WORDS);
    },
  );

  it('a refused change names the contract code, not the server message', () => {
    const f: SyncFailure = { kind: 'rejected', status: 400, code: 'bad_field', technical: 'field x is bad' };
    expect(failureText(ja, f)).toBe(
      'サーバーが同期を受け付けませんでした（bad_field）。アプリを更新するか、サーバーの管理者に伝えてください',
    );
    expect(failureText(ja, { kind: 'rejected', status: 400, code: '' })).toContain('（HTTP 400）');
  });

  it('set-aside changes are listed by record kind, and a local-only copy says what to do', () => {
    const f: SyncFailure = {
      kind: 'setAside',
      items: [
        { table: 'issues', id: 'a', fields: ['rawText'], code: 'too_large', synced: false },
        { table: 'briefs', id: 'b', fields: ['body'], code: 'bad_value', synced: true },
      ],
    };
    expect(failureText(ja, f)).toBe(
      '2 件の変更を同期できませんでした（課題: サーバーには大きすぎます、ブリーフ: サーバーが拒否しました（bad_value））。' +
        '内容はこの端末の競合にだけ残してあります。短くしてから貼り直してください',
    );
    expect(failureText(en, f)).toBe(
      'Could not sync 2 changes (issue: too large for the server; brief: refused by the server (bad_value)). ' +
        'Their content is kept on this device only, in a local conflict record. Shorten it and paste it again',
    );
  });
});

describe('failureText for a record grown past the server limit', () => {
  let ja: TFunction;
  let en: TFunction;
  beforeAll(async () => {
    ja = await translator('ja');
    en = await translator('en');
  });

  it('names the record and says what to do; other refusals follow in their own sentence', () => {
    const f: SyncFailure = {
      kind: 'setAside',
      items: [
        {
          table: 'issues',
          id: 'a',
          fields: ['rawText'],
          name: '通院の足を確保したい',
          code: 'record_too_large',
          synced: true,
        },
        { table: 'notes', id: 'n', fields: ['body'], name: '', code: 'record_too_large', synced: true },
        { table: 'briefs', id: 'b', fields: ['body'], code: 'bad_value', synced: true },
      ],
    };
    expect(failureText(ja, f)).toBe(
      '「通院の足を確保したい」（課題）、「（無題）」（議会メモ）が大きくなりすぎたため、この変更はサーバーに保存できませんでした。' +
        '不要な部分を削るか、新しい記録に分けて書いてください。変更した内容は競合として残してあります。' +
        '1 件の変更を同期できませんでした（ブリーフ: サーバーが拒否しました（bad_value））。内容は競合として残してあります',
    );
    expect(failureText(en, f)).toContain(
      '"通院の足を確保したい" (issue); "(Untitled)" (council note) grew too large',
    );
  });
});

describe('failureText for a proxy refusal', () => {
  it('says a proxy refused a request that large, that changes are kept, and when it retries', () => {
    const failure = { kind: 'proxyRefused', status: 413, sizeRefused: true } as const;
    expect(failureText(keyT, failure, '2026-12-01T09:00:00.000Z')).toMatch(
      /^sync\.error\.proxyTooLargeRetry\{"status":"413","time":".+"\}$/,
    );
    expect(failureText(keyT, failure)).toBe('sync.error.proxyTooLarge{"status":"413","time":""}');
    expect(failureText(keyT, { kind: 'proxyRefused', status: 400, sizeRefused: false })).toBe(
      'sync.error.proxyRefused{"status":"400","time":""}',
    );
  });

  it('reads 「プロキシが大きすぎる送信を拒否しました」 in Japanese', () => {
    expect(jaStrings.error.proxyTooLargeRetry).toContain('プロキシが大きすぎる送信を拒否しました');
    expect(jaStrings.error.proxyTooLargeRetry).toContain('{{time}}');
    expect(enStrings.error.proxyTooLargeRetry).toContain('{{time}}');
  });
});

describe('failureText for a rate limit', () => {
  it('says the app waits, and until when, instead of "server error"', () => {
    const failure = { kind: 'server', status: 429, technical: 'x', retryAfterMs: 120_000 } as const;
    expect(failureText(keyT, failure, '2026-12-01T09:02:00.000Z')).toMatch(
      /^sync\.error\.rateLimited\{"time":".+"\}$/,
    );
  });
});
