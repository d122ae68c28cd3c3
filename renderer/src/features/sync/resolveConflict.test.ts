import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KyosoDb } from '../../data/db';
import { loadDevice } from '../../data/device';
import { createRepositories, type Repositories } from '../../data/repositories';
import { resolveConflict } from './resolveConflict';

let db: KyosoDb;
let repos: Repositories;

beforeEach(async () => {
  db = new KyosoDb(`rc-${crypto.randomUUID()}`);
  repos = createRepositories(db, await loadDevice(db));
});
afterEach(async () => {
  await db.delete();
});

async function setup() {
  const brief = await repos.briefs.create({ issueId: 'i', title: 't', body: 'a\nb\nc\n' });
  const conflict = await repos.conflicts.create({
    ofTable: 'briefs',
    ofId: brief.id,
    field: 'body',
    text: 'a\nB by colleague\nc\n',
    memberId: 'm',
    clientId: 'c',
    resolved: false,
  });
  return { brief, conflict };
}

describe('resolveConflict', () => {
  it('keeps the other version and marks the conflict resolved', async () => {
    const { brief, conflict } = await setup();
    await resolveConflict({ db, repos }, conflict, { keep: 'other' }, brief);
    expect((await repos.briefs.get(brief.id))?.body).toBe('a\nB by colleague\nc\n');
    expect((await repos.conflicts.get(conflict.id))?.resolved).toBe(true);
  });

  it('merges a hand merge with a change that arrived while the user was editing it', async () => {
    const { brief, conflict } = await setup();
    const seen = { ...brief };
    await repos.briefs.update(brief.id, { body: 'a\nb\nc\nd pulled meanwhile\n' });
    await resolveConflict({ db, repos }, conflict, { keep: 'merged', text: 'a\nB merged\nc\n' }, seen);
    expect((await repos.briefs.get(brief.id))?.body).toBe('a\nB merged\nc\nd pulled meanwhile\n');
  });
});
