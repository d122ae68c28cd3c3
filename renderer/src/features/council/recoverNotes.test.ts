import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteFields } from '../../../../common/records/types';
import { KyosoDb } from '../../data/db';
import { loadDevice } from '../../data/device';
import { pageOwner } from '../../data/pageOwner';
import { createRepositories, type Repositories } from '../../data/repositories';
import { MemoryStorage } from '../../test/memoryStorage';
import { allEntries, writeJournal } from './noteJournal';
import { recoverAllNotes, recoverNotes, takeRecoveredAtStart } from './recoverNotes';

let db: KyosoDb;
let repos: Repositories;

beforeEach(async () => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  db = new KyosoDb(`test-${crypto.randomUUID()}`);
  repos = createRepositories(db, await loadDevice(db));
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const note = (sessionId: string, body: string): NoteFields => ({
  sessionId,
  at: '2026-12-03T10:00:00.000Z',
  kind: 'entry',
  speakerRole: 'member',
  speaker: '佐藤議員',
  body,
  issueId: '',
});

/** What a page that went away (reload, crash) leaves for one note it was typing. */
function leftBehind(
  sessionId: string,
  id: string,
  body: string,
  { owner = 'a-page-gone', created = false } = {},
): void {
  // A note already stored journals its changes only; a new one the fields to create it with.
  const fields = created ? null : note(sessionId, '');
  writeJournal({ owner, sessionId, id, fields, patch: { body }, revision: 3 });
}

describe('notes a page left behind', () => {
  it('are written back at the start of the app for every session, not only the one opened next', async () => {
    leftBehind('s-june', 'n-1', '通学路の安全点検について');
    leftBehind('s-sept', 'n-2', '公共施設の再編');
    const existing = await repos.notes.create(note('s-sept', '前の文'), 'n-3');
    leftBehind('s-sept', existing.id, '前の文に続きを足した', { created: true });

    expect(await recoverAllNotes(repos)).toBe(3);

    expect((await repos.notes.get('n-1'))?.body).toBe('通学路の安全点検について');
    expect((await repos.notes.get('n-2'))?.body).toBe('公共施設の再編');
    expect((await repos.notes.get('n-3'))?.body).toBe('前の文に続きを足した');
    expect(allEntries()).toEqual([]);
    // The session's page, opened later, is told once that its notes came back.
    expect(takeRecoveredAtStart('s-sept').sort()).toEqual(['n-2', 'n-3']);
    expect(takeRecoveredAtStart('s-sept')).toEqual([]);
  });

  it('of a page still open are left to that page', async () => {
    leftBehind('s-june', 'n-1', 'まだ入力中', { owner: pageOwner });

    expect(await recoverAllNotes(repos)).toBe(0);

    expect(await repos.notes.get('n-1')).toBeUndefined();
    expect(allEntries()).toHaveLength(1);
  });

  it('are written back once: a session page opened after the start finds nothing more to do', async () => {
    leftBehind('s-june', 'n-1', '一度だけ');
    await recoverAllNotes(repos);

    expect(await recoverNotes(repos, 's-june')).toEqual([]);
    expect(await repos.notes.list()).toHaveLength(1);
  });

  it('whose note was deleted since are dropped, not written back', async () => {
    const gone = await repos.notes.create(note('s-june', '消す'), 'n-1');
    await repos.notes.remove(gone.id);
    leftBehind('s-june', 'n-1', '消したメモの続き', { created: true });

    expect(await recoverAllNotes(repos)).toBe(0);

    expect(await repos.notes.get('n-1')).toBeUndefined();
    expect(allEntries()).toEqual([]);
  });
});
