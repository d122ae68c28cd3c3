import { describe, expect, it } from 'vitest';
import type { RecordMeta } from '../../../common/records/types';
import { adoptLaterThanSaved, adoptStored, afterSave, draftFrom, type Fields } from './draftState';

const rec = (fields: Fields, hlc: Record<string, string>): RecordMeta & Fields => ({
  id: 'r',
  workspaceId: 'w',
  createdAt: '',
  updatedAt: '',
  deleted: 0,
  deletedHlc: null,
  hlc,
  ...fields,
});

describe('draft bookkeeping', () => {
  const start = rec({ title: 'A', body: 'one\n' }, { title: 'h1', body: 'h1' });

  it('shows a pulled change of a field the user is not editing, and keeps a field being typed', () => {
    const state = { ...draftFrom(start, ['title', 'body']) };
    state.draft = { ...state.draft, body: 'one\nmine\n' };
    const pulled = rec({ title: 'B', body: 'zero\none\n' }, { title: 'h2', body: 'h2' });
    const next = adoptStored(state, pulled, ['title', 'body'], new Set(['body']));
    expect(next.draft).toEqual({ title: 'B', body: 'one\nmine\n' });
    // body keeps the version it was derived from, so the save merges 'zero' in.
    expect(next.base.hlc.body).toBe('h1');
    expect(next.base.hlc.title).toBe('h2');
  });

  it('advances the base when the text was stored as sent', () => {
    const state = draftFrom(start, ['body']);
    const saved = rec({ body: 'two\n' }, { body: 'h3' });
    const next = afterSave({ ...state, draft: { body: 'two\n' } }, { body: 'two\n' }, saved, new Set());
    expect(next.base).toEqual({ values: { body: 'two\n' }, hlc: { body: 'h3' } });
  });

  it('shows a merged result when the user has not typed since, and keeps the base otherwise', () => {
    const state = { ...draftFrom(start, ['body']), draft: { body: 'one\nmine\n' } };
    const merged = rec({ body: 'zero\none\nmine\n' }, { body: 'h4' });
    const idle = afterSave(state, { body: 'one\nmine\n' }, merged, new Set());
    expect(idle.draft.body).toBe('zero\none\nmine\n');
    expect(idle.base.hlc.body).toBe('h4');

    const typing = afterSave(
      { ...state, draft: { body: 'one\nmine\nmore\n' } },
      { body: 'one\nmine\n' },
      merged,
      new Set(['body']),
    );
    expect(typing.draft.body).toBe('one\nmine\nmore\n');
    // The base is what was sent, still older than the stored text: the next save merges
    // 'more' into 'zero\none\nmine\n' instead of replacing it.
    expect(typing.base).toEqual({ values: { body: 'one\nmine\n' }, hlc: { body: 'h1' } });
  });

  it('after a save, shows a version another window stored on top while the save was in flight', () => {
    const state = { ...draftFrom(start, ['body']), draft: { body: 'top\none\n' } };
    const mine = rec({ body: 'top\none\n' }, { body: 'h5' });
    const theirsOnTop = rec({ body: 'top\none\nbottom\n' }, { body: 'h6' });
    const saved = afterSave(state, { body: 'top\none\n' }, mine, new Set());
    expect(adoptLaterThanSaved(saved, theirsOnTop, mine, ['body'], new Set()).draft.body).toBe(
      'top\none\nbottom\n',
    );
    // A version delivered before the save's own write is older: the saved text stays.
    expect(adoptLaterThanSaved(saved, start, mine, ['body'], new Set())).toBe(saved);
  });
});
