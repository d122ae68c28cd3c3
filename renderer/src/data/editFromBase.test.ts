import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KyosoDb } from './db';
import { loadDevice } from './device';
import { updateFromBase } from './editFromBase';
import { createRepositories, type Repositories } from './repositories';

let db: KyosoDb;
let repos: Repositories;

beforeEach(async () => {
  db = new KyosoDb(`efb-${crypto.randomUUID()}`);
  repos = createRepositories(db, await loadDevice(db));
});
afterEach(async () => {
  await db.delete();
});

describe('updateFromBase', () => {
  it('merges an edit made from an older read with the text stored since', async () => {
    const brief = await repos.briefs.create({ issueId: 'i', title: 't', body: 'one\ntwo\nthree\n' });
    const read = { ...brief };
    await repos.briefs.update(brief.id, { body: 'zero\none\ntwo\nthree\n' }); // e.g. pulled meanwhile
    const out = await updateFromBase(
      db,
      repos,
      'briefs',
      brief.id,
      { body: 'one\ntwo\nthree\nfour\n' },
      read,
    );
    expect(out.record.body).toBe('zero\none\ntwo\nthree\nfour\n');
    expect(out.merged).toEqual(['body']);
  });

  it('merges from an empty base when the caller read the field as missing', async () => {
    const brief = await repos.briefs.create({ issueId: 'i', title: 't', body: '' });
    const read = { hlc: {} }; // an older client's record without the field
    await repos.briefs.update(brief.id, { body: 'colleague\n' });
    const out = await updateFromBase(db, repos, 'briefs', brief.id, { body: 'mine\n' }, read);
    // Both inserted different text where there was none: a conflict copy, never an overwrite.
    expect(out.record.body).toBe('colleague\n');
    expect(out.conflicts).toHaveLength(1);
    expect((await repos.conflicts.get(out.conflicts[0]!.conflictId))?.text).toBe('mine\n');
  });

  it('keeps typing into a record deleted meanwhile as conflict records instead of failing', async () => {
    const issue = await repos.issues.create({
      ...(await import('../../../common/records/defaults')).emptyIssueFields('削除される課題'),
    });
    const read = { ...issue };
    await repos.issues.remove(issue.id);
    const out = await updateFromBase(
      db,
      repos,
      'issues',
      issue.id,
      { rawText: '最後の入力', budget: '300万円' },
      read,
    );
    expect(out.record.deleted).toBe(1);
    const kept = await Promise.all(out.conflicts.map((c) => repos.conflicts.get(c.conflictId)));
    expect(kept.map((c) => [c?.field, c?.text, c?.ofId])).toEqual([
      ['rawText', '最後の入力', issue.id],
      ['budget', '300万円', issue.id],
    ]);
  });
});
