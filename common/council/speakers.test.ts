import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERERS, inferRole, suggestSpeakers, type SuggestContext } from './speakers';
import type { NoteEntry, SessionInfo } from './types';

type S = Pick<SessionInfo, 'id' | 'kind' | 'committee'>;
const today: S = { id: 'today', kind: 'committee', committee: '総務常任委員会' };
const june: S = { id: 'june', kind: 'committee', committee: '総務常任委員会' };
const other: S = { id: 'other', kind: 'committee', committee: '文教委員会' };

const said = (
  sessionId: string,
  speaker: string,
  at: string,
  speakerRole: NoteEntry['speakerRole'] = '',
) => ({
  sessionId,
  at,
  kind: 'entry' as const,
  speaker,
  speakerRole,
});

const context = (entries: SuggestContext['entries']): SuggestContext => ({
  session: today,
  sessions: [today, june, other],
  entries,
});

describe('inferRole', () => {
  it('tells members from answerers by the title the name ends with', () => {
    expect(inferRole('山田太郎議員')).toBe('member');
    expect(inferRole('佐藤委員')).toBe('member');
    expect(inferRole('市長')).toBe('answerer');
    expect(inferRole('企画政策部長')).toBe('answerer');
    expect(inferRole('選挙管理委員会委員長')).toBe('answerer');
    expect(inferRole('ＤＸ推進課長')).toBe('answerer');
    expect(inferRole('田中')).toBe('');
  });

  it('reads the titles typed in kana too (a name heard, not known in kanji)', () => {
    expect(inferRole('たなかぎいん')).toBe('member');
    expect(inferRole('すずきいいんちょう')).toBe('member');
    expect(inferRole('しちょう')).toBe('answerer');
    expect(inferRole('ふくしちょう')).toBe('answerer');
    expect(inferRole('タカハシブチョウ')).toBe('answerer');
    expect(inferRole('せんきょかんりいいんかいいいんちょう')).toBe('answerer');
    expect(inferRole('さとう')).toBe('');
  });
});

describe('suggestSpeakers', () => {
  it('offers this session first, then the same committee, then others, then default roles', () => {
    const names = suggestSpeakers(
      '',
      context([
        said('other', '文教の議員', '2026-06-01T01:00:00Z'),
        said('june', '六月の議員', '2026-06-10T01:00:00Z'),
        said('today', '今日の議員', '2026-12-01T01:00:00Z'),
      ]),
      20,
    ).map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['今日の議員', '六月の議員', '文教の議員']);
    expect(names.slice(3)).toEqual(expect.arrayContaining([...DEFAULT_ANSWERERS]));
  });

  it('remembers a speaker from an earlier session and suggests it next time, with its role', () => {
    const [first] = suggestSpeakers(
      'やま',
      context([said('june', 'やまだ議員', '2026-06-10T01:00:00Z', 'member')]),
    );
    expect(first).toEqual({ name: 'やまだ議員', role: 'member' });
  });

  it('matches ignoring width and case, prefix matches first', () => {
    const entries = context([
      said('today', '企画部長', '2026-12-01T01:00:00Z'),
      said('today', 'ＤＸ推進課長', '2026-12-01T01:01:00Z'),
    ]);
    expect(suggestSpeakers('dx', entries).map((s) => s.name)).toEqual(['ＤＸ推進課長']);
    expect(suggestSpeakers('部長', entries).map((s) => s.name)[0]).toBe('企画部長');
    expect(
      suggestSpeakers('市', entries)
        .map((s) => s.name)
        .slice(0, 2),
    ).toEqual(['市長', '副市長']);
  });

  it('lists each speaker once, most recent first within a tier', () => {
    const names = suggestSpeakers(
      '',
      context([
        said('today', '鈴木議員', '2026-12-01T01:00:00Z'),
        said('today', '市長', '2026-12-01T01:05:00Z'),
        said('today', '鈴木議員', '2026-12-01T01:10:00Z'),
      ]),
    ).map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['鈴木議員', '市長']);
    expect(names.filter((n) => n === '市長')).toHaveLength(1);
  });

  it('matches a name typed in kana by the reading of the kanji names, and kana across scripts', () => {
    const readings: Record<string, string> = { 佐藤議員: 'さとうぎいん', 高橋部長: 'たかはしぶちょう' };
    const entries: SuggestContext = {
      ...context([
        said('june', '佐藤議員', '2026-06-01T01:00:00Z'),
        said('today', '高橋部長', '2026-12-01T01:00:00Z'),
        said('other', 'サトウ', '2026-05-01T01:00:00Z'),
      ]),
      readingOf: (name) => readings[name],
    };
    const names = (q: string) => suggestSpeakers(q, entries).map((s) => s.name);
    expect(names('さとう')).toEqual(['佐藤議員', 'サトウ']);
    expect(names('サトウ')).toEqual(['佐藤議員', 'サトウ']);
    expect(names('ｻﾄｳ')).toEqual(['佐藤議員', 'サトウ']);
    // Inside a reading ranks after a prefix, as inside a name does.
    expect(names('ぶちょう')).toEqual(['高橋部長']);
    // Not read yet, or a kanji query: no guess by reading.
    expect(suggestSpeakers('さとう', { ...entries, readingOf: () => undefined }).map((s) => s.name)).toEqual([
      'サトウ',
    ]);
    expect(names('佐藤')).toEqual(['佐藤議員']);
  });
});
