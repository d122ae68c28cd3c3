import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncLogEntry } from '../../sync';
import { logLine } from './logText';
import { translator } from './testingT';

const row = (code: string, message: string, params: SyncLogEntry['params'] = {}): SyncLogEntry => ({
  at: '2026-12-01T09:00:00.000Z',
  level: 'error',
  code,
  message,
  params,
});

describe('sync log lines', () => {
  let ja: TFunction;
  beforeAll(async () => {
    ja = await translator('ja');
  });

  it('words each logged event from its parameters, not from the English message', () => {
    expect(logLine(ja, row('synced', 'pushed 3, pulled 4', { pushed: 3, pulled: 4 }))).toEqual({
      text: '同期しました（送信 3 件・受信 4 件）',
    });
    expect(
      logLine(
        ja,
        row('setAside', 'issues/x (rawText) could not be synced', {
          table: 'issues',
          id: 'x',
          code: 'too_large',
        }),
      ),
    ).toEqual({ text: 'サーバーが課題の変更を受け付けなかったため、競合として残しました（too_large）' });
    expect(
      logLine(ja, row('conflict', 'conflict on briefs/x.body', { table: 'briefs', field: 'body' })).text,
    ).toBe('競合を記録しました（ブリーフ の 本文）');
    expect(
      logLine(
        ja,
        row('futureHlc', 'a pulled change is dated 2099', {
          hlc: '2099-01-01T00:00:00.000Z-0000-0123456789abcdef',
        }),
      ).text,
    ).toMatch(/^未来の日時（.*2099.*）の変更を受信しました/);
  });

  it('a write the journal discarded says why, its content as the detail', () => {
    const entry = '{"kind":"update","table":"issues","fields":{"budget":"300万円"}}';
    expect(logLine(ja, row('writeDropped', entry, { table: 'issues', id: 'x', reason: 'expired' }))).toEqual({
      text: '前回の画面が保存しきれず、この端末で書き戻せなかった課題の変更を破棄しました（30 日を過ぎたため）。内容は詳細にあります',
      technical: entry,
    });
    expect(logLine(ja, row('writeDropped', '?', { table: 'x', id: 'y', reason: 'nonsense' })).text).toContain(
      '（—）',
    );
  });

  it('a failure row is worded by kind; its developer detail is kept apart', () => {
    const failure = { kind: 'internal', technical: 'TypeError: x is undefined' };
    expect(logLine(ja, row('error.internal', JSON.stringify(failure)))).toEqual({
      text: '予期しないエラーで同期が止まりました。変更は保持しており、次の同期で送信します',
      technical: 'TypeError: x is undefined',
    });
  });

  it('a row written before failures were typed still reads in Japanese, its English sentence as detail', () => {
    const old = {
      kind: 'rejected',
      status: 413,
      code: 'setAside',
      detail: 'Could not sync issues/x (rawText)',
    };
    expect(logLine(ja, row('error.rejected', JSON.stringify(old)))).toEqual({
      text: 'サーバーが同期を受け付けませんでした（setAside）。アプリを更新するか、サーバーの管理者に伝えてください',
      technical: 'Could not sync issues/x (rawText)',
    });
  });

  it('rows this version cannot word (another version, a hostile backup) fall back without throwing', () => {
    for (const bad of [
      row('error.setAside', '{"kind":"setAside","items":[null]}'),
      row('error.setAside', 'not json'),
      row('error.bogus', '{"kind":"bogus"}'),
      row('somethingNew', 'a newer app logged this'),
      row('__proto__', 'x'),
    ]) {
      const line = logLine(ja, bad);
      expect(line.text).toMatch(/^同期の記録（/);
      expect(line.technical).toBe(bad.message);
    }
  });
});
