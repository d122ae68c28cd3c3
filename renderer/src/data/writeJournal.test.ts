import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyIssueFields } from '../../../common/records/defaults';
import { KyosoDb } from './db';
import { loadDevice, type Device } from './device';
import { pageOwner } from './pageOwner';
import { KEPT_CHARS, KEPT_DAYS, replayWrites, type DiscardedWrite } from './replayWrites';
import { createRepositories, type Repositories } from './repositories';
import { Repository } from './repository';
import { MemoryStorage } from '../test/memoryStorage';
import { MAX_ENTRY_CHARS, MAX_PENDING_CHARS, WriteJournal, type WriteEntry } from './writeJournal';

const noneLive = async () => new Set<string>();

let db: KyosoDb;
let device: Device;
let storage: MemoryStorage;
let journal: WriteJournal;
let repos: Repositories;

beforeEach(async () => {
  db = new KyosoDb(`test-${crypto.randomUUID()}`);
  device = await loadDevice(db);
  storage = new MemoryStorage();
  journal = new WriteJournal(() => storage);
  repos = createRepositories(db, device, undefined, journal);
});
afterEach(async () => {
  await db.delete();
});

/** What a page that went away leaves: the intent journalled, its transaction never run. */
function lostWrite(entry: Partial<WriteEntry> & Pick<WriteEntry, 'table' | 'id'>): string {
  const { kind = 'update', fields = {}, ...rest } = entry as Partial<WriteEntry> & { fields?: object };
  const intent = kind === 'remove' ? { kind } : { kind, fields: fields as Record<string, unknown> };
  const key = journal.append({
    workspaceId: device.workspaceId,
    // An entry of session 17's form (no stamps) is judged by time: a lost write comes after the
    // record's last committed write, in a later millisecond (the HLC judge is tested below).
    at: new Date(Date.now() + 1).toISOString(),
    ...rest,
    ...intent,
  } as Parameters<WriteJournal['append']>[0]);
  expect(key).not.toBeNull();
  return key!;
}

describe('write journal in the repository path', () => {
  it('journals a write before its transaction starts and drops the entry once it commits', async () => {
    const write = repos.issues.create(emptyIssueFields('次へ'));
    const [entry] = journal.entries().entries;
    expect(entry).toMatchObject({
      kind: 'create',
      table: 'issues',
      owner: pageOwner,
      workspaceId: device.workspaceId,
    });
    expect(entry!.kind === 'create' && entry!.fields.title).toBe('次へ');
    const created = await write;
    expect(entry!.id).toBe(created.id);
    expect(storage.length).toBe(0);

    const update = repos.issues.update(created.id, { budget: '500万円' });
    expect(journal.entries().entries[0]).toMatchObject({ kind: 'update', fields: { budget: '500万円' } });
    await update;
    const remove = repos.issues.remove(created.id);
    expect(journal.entries().entries[0]).toMatchObject({ kind: 'remove', id: created.id });
    await remove;
    expect(storage.length).toBe(0);
  });

  it('drops the entry of a write that failed: the live page was told', async () => {
    await expect(repos.issues.update('nope', { budget: '1' })).rejects.toThrow();
    expect(storage.length).toBe(0);
  });

  it('writes without a journal entry when the intent is over ~256 KB or localStorage is full', async () => {
    const writing = repos.issues.create({ ...emptyIssueFields('大'), rawText: 'あ'.repeat(MAX_ENTRY_CHARS) });
    expect(storage.length).toBe(0);
    const big = await writing;
    expect((await repos.issues.get(big.id))?.rawText).toHaveLength(MAX_ENTRY_CHARS);
    storage = new MemoryStorage(10);
    const filling = repos.issues.create(emptyIssueFields('満杯'));
    expect(storage.length).toBe(0);
    const created = await filling;
    expect((await repos.issues.get(created.id))?.title).toBe('満杯');
    expect(storage.length).toBe(0);
    // No storage at all (private mode may throw on access): the write still runs.
    const throwing = new WriteJournal(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const plain = createRepositories(db, device, undefined, throwing);
    await expect(plain.issues.create(emptyIssueFields('保存'))).resolves.toBeTruthy();
  });
});

/** A write whose transaction never runs, as when the page goes away in the click's task. */
function loseNextTransaction() {
  return vi
    .spyOn(db, 'transaction')
    .mockImplementationOnce(() => new Promise<never>(() => undefined) as never);
}

describe('a modify in the journal', () => {
  it('is journalled at once as its result on the copy shown, and replays over that copy', async () => {
    const shown = await repos.issues.create({ ...emptyIssueFields('決定'), budget: '国費' });
    const lost = loseNextTransaction();
    const append = (current: { budget: string }) => ({ budget: `${current.budget}\n市費` });
    void repos.issues.modify(shown.id, append, shown);
    lost.mockRestore();
    expect(journal.entries().entries).toMatchObject([
      { kind: 'update', fields: { budget: '国費\n市費' }, seen: { budget: shown.hlc.budget } },
    ]);

    const report = await replayWrites(repos, device.workspaceId, journal, { live: noneLive });
    expect(report).toMatchObject({ applied: 1, discarded: 0 });
    expect((await repos.issues.get(shown.id))?.budget).toBe('国費\n市費');
    expect(storage.length).toBe(0);
  });

  it('is not replayed over a version it never saw: that write stays, the lost one is reported', async () => {
    const shown = await repos.issues.create({ ...emptyIssueFields('決定'), budget: '国費' });
    await repos.issues.update(shown.id, { budget: '国費\n県費' }); // e.g. a pull not yet drawn
    await new Promise((r) => setTimeout(r, 2)); // the next write in a later millisecond
    const lost = loseNextTransaction();
    void repos.issues.modify(shown.id, (current) => ({ budget: `${current.budget}\n市費` }), shown);
    lost.mockRestore();
    const discarded: DiscardedWrite[] = [];

    const report = await replayWrites(repos, device.workspaceId, journal, {
      live: noneLive,
      discard: (d) => void discarded.push(d),
    });
    expect(report).toMatchObject({ applied: 0, discarded: 1 });
    expect(discarded).toMatchObject([{ reason: 'stale', table: 'issues', id: shown.id }]);
    expect(discarded[0]!.text).toContain('国費\\n市費');
    expect((await repos.issues.get(shown.id))?.budget).toBe('国費\n県費');
    expect(storage.length).toBe(0);
  });
});

describe('the replay judge: HLCs, not the clock', () => {
  // Every write below happens in one faked millisecond.
  const T = Date.parse('2027-01-04T09:00:00.000Z');
  let frozen: Device;
  let issues: Repository<'issues'>;
  let replayRepos: Repositories;
  beforeEach(async () => {
    frozen = await loadDevice(db, () => T);
    issues = new Repository(db, 'issues', frozen, () => new Date(T), undefined, journal);
    replayRepos = { ...repos, issues };
  });
  const replay = () => replayWrites(replayRepos, device.workspaceId, journal, { live: noneLive });

  it("puts back a write lost in the same millisecond as the record's previous one", async () => {
    const issue = await issues.create(emptyIssueFields('同じミリ秒'));
    const first = await issues.update(issue.id, { budget: '1万円' });
    const lost = loseNextTransaction();
    void issues.update(issue.id, { budget: '2万円' });
    lost.mockRestore();
    expect(journal.entries().entries[0]!.at).toBe(first.updatedAt);

    expect(await replay()).toMatchObject({ applied: 1, dropped: 0 });
    expect((await repos.issues.get(issue.id))?.budget).toBe('2万円');
  });

  it('does not write again a committed write whose entry was left, in the same millisecond', async () => {
    const issue = await issues.create(emptyIssueFields('同じミリ秒'));
    const keepAll = new WriteJournal(() => storage);
    keepAll.remove = () => undefined;
    const leaving = new Repository(db, 'issues', frozen, () => new Date(T), undefined, keepAll);
    await leaving.update(issue.id, { budget: '3万円' });
    await issues.update(issue.id, { budget: '4万円' });
    expect(storage.length).toBe(1);

    expect(await replay()).toMatchObject({ applied: 0, dropped: 1 });
    expect((await repos.issues.get(issue.id))?.budget).toBe('4万円');
  });

  it('keeps the second of two writes queued behind a busy store when only it is lost', async () => {
    const issue = await issues.create(emptyIssueFields('順番'));
    const first = issues.update(issue.id, { budget: '5万円' }); // commits after the second is called
    const lost = loseNextTransaction();
    void issues.update(issue.id, { budget: '6万円' });
    lost.mockRestore();
    await first;

    expect(await replay()).toMatchObject({ applied: 1 });
    expect((await repos.issues.get(issue.id))?.budget).toBe('6万円');
  });

  it('puts back, field by field, what no later write has changed', async () => {
    const issue = await issues.create(emptyIssueFields('元の題'));
    const lost = loseNextTransaction();
    void issues.update(issue.id, { budget: '7万円', title: '失われた題' });
    lost.mockRestore();
    await issues.update(issue.id, { title: '後の題' }); // e.g. another tab, after the lost write

    expect(await replay()).toMatchObject({ applied: 1 });
    expect(await repos.issues.get(issue.id)).toMatchObject({ budget: '7万円', title: '後の題' });
  });
});

describe('write journal size', () => {
  it("holds at most ~1 MB of one page's writes under way: the note journal and settings keep their room", async () => {
    const big = () => ({ ...emptyIssueFields('大'), rawText: 'あ'.repeat(MAX_ENTRY_CHARS - 4000) });
    const writes = [0, 1, 2, 3, 4].map(() => repos.issues.create(big()));
    // Four fit under MAX_PENDING_CHARS; the fifth runs unjournalled, as a write over the entry limit.
    expect(storage.length).toBe(4);
    const chars = [...storage.map.values()].reduce((n, v) => n + v.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_PENDING_CHARS);
    await Promise.all(writes);
    expect(await repos.issues.count()).toBe(5);
    // Settled entries give their room back.
    expect(storage.length).toBe(0);
    const again = repos.issues.create(big());
    expect(storage.length).toBe(1);
    await again;
  });
});

describe('replayWrites', () => {
  it('puts back a lost create, update and delete through the repositories, oldest first', async () => {
    const kept = await repos.issues.create(emptyIssueFields('残す'));
    const gone = await repos.issues.create(emptyIssueFields('消す'));
    lostWrite({
      kind: 'create',
      table: 'votes',
      id: 'vote-1',
      fields: { ideaId: 'i', voter: '佐藤', dots: 1 },
    });
    lostWrite({ table: 'votes', id: 'vote-1', fields: { dots: 2 } });
    lostWrite({ table: 'issues', id: kept.id, fields: { budget: '300万円' } });
    lostWrite({ kind: 'remove', table: 'issues', id: gone.id });

    const report = await replayWrites(repos, device.workspaceId, journal, { live: noneLive });
    expect(report).toEqual({ applied: 4, dropped: 0, keptAside: 0, failed: 0, discarded: 0 });
    expect(await repos.votes.get('vote-1')).toMatchObject({ voter: '佐藤', dots: 2 });
    expect((await repos.issues.get(kept.id))?.budget).toBe('300万円');
    expect(await repos.issues.get(gone.id)).toBeUndefined();
    expect(storage.length).toBe(0);
    // The replayed writes sync like any local edit.
    expect((await db.outbox.toArray()).filter((o) => o.table === 'votes')).toHaveLength(2);
  });

  it('drops an entry whose write had committed, without writing again', async () => {
    // The page went away between the commit and the entry's removal.
    const keepAll = new WriteJournal(() => storage);
    keepAll.remove = () => undefined;
    const committed = createRepositories(db, device, undefined, keepAll);
    const issue = await committed.issues.create(emptyIssueFields('済み'));
    await committed.issues.update(issue.id, { budget: '1万円' });
    await committed.issues.update(issue.id, { budget: '2万円' });
    expect(storage.length).toBe(3);
    const outbox = await db.outbox.count();

    const report = await replayWrites(repos, device.workspaceId, journal, { live: noneLive });
    expect(report).toEqual({ applied: 0, dropped: 3, keptAside: 0, failed: 0, discarded: 0 });
    expect((await repos.issues.get(issue.id))?.budget).toBe('2万円'); // not back to 1万円
    expect(await db.outbox.count()).toBe(outbox);
    expect(storage.length).toBe(0);
  });

  it('does not re-create a record deleted since, nor revive one', async () => {
    const issue = await repos.issues.create(emptyIssueFields('削除済み'));
    lostWrite({ kind: 'create', table: 'issues', id: issue.id, fields: { ...emptyIssueFields('古い') } });
    await repos.issues.remove(issue.id);
    lostWrite({ table: 'issues', id: issue.id, fields: { budget: '1' } });
    const report = await replayWrites(repos, device.workspaceId, journal, { live: noneLive });
    expect(report).toMatchObject({ applied: 0, dropped: 2, failed: 0 });
    expect(await repos.issues.get(issue.id)).toBeUndefined();
  });

  it('keeps aside what may apply later, leaves a live page its own, discards garbage and says so', async () => {
    const issue = await repos.issues.create(emptyIssueFields('別'));
    lostWrite({ table: 'issues', id: issue.id, fields: { budget: 'よそ' }, workspaceId: 'other-ws' });
    lostWrite({ table: 'secrets', id: 'x', fields: { a: 1 } });
    // A newer version's form: this one cannot read it, the newer one (back after a downgrade) can.
    const at = new Date().toISOString();
    storage.setItem('kyoso-write:newer', JSON.stringify({ key: 'newer', kind: 'merge', at }));
    storage.setItem('kyoso-write:broken', '{"kind":"update",');
    const discarded: DiscardedWrite[] = [];

    const report = await replayWrites(repos, device.workspaceId, journal, {
      live: noneLive,
      discard: (d) => void discarded.push(d),
    });
    expect(report).toEqual({ applied: 0, dropped: 0, keptAside: 3, failed: 0, discarded: 1 });
    expect(discarded).toEqual([{ key: 'broken', reason: 'unreadable', text: '{"kind":"update",' }]);
    expect((await repos.issues.get(issue.id))?.budget).toBe('');
    expect(storage.length).toBe(3);

    // A live page's entry is its own: not applied, not counted, not touched.
    storage.clear();
    lostWrite({ table: 'issues', id: issue.id, fields: { budget: '開いているページ' } });
    const mine = await replayWrites(repos, device.workspaceId, journal, {
      live: async () => new Set([pageOwner]),
    });
    expect(mine).toEqual({ applied: 0, dropped: 0, keptAside: 0, failed: 0, discarded: 0 });
    expect(storage.length).toBe(1);
  });

  it('gives a kept-aside entry a bounded life: 30 days, 256K characters together, oldest first', async () => {
    const now = Date.parse('2026-12-03T10:00:00.000Z');
    const day = 24 * 60 * 60 * 1000;
    const aside = (daysAgo: number, chars: number) =>
      lostWrite({
        table: 'issues',
        id: `old-${daysAgo}`,
        workspaceId: 'other-ws',
        at: new Date(now - daysAgo * day).toISOString(),
        fields: { rawText: 'あ'.repeat(chars) },
      });
    const expired = aside(31, 10);
    const over = aside(3, 100_000);
    const kept = [aside(2, 100_000), aside(1, 100_000)];
    const discarded: DiscardedWrite[] = [];
    const discard = (d: DiscardedWrite) => void discarded.push(d);

    const report = await replayWrites(repos, device.workspaceId, journal, {
      live: noneLive,
      now: () => now,
      discard,
    });
    expect(report).toMatchObject({ keptAside: 2, discarded: 2 });
    expect(discarded.map((d) => [d.key, d.reason])).toEqual([
      [over, 'overBudget'],
      [expired, 'expired'],
    ]);
    expect(discarded[0]).toMatchObject({ table: 'issues', id: 'old-3' });
    expect(discarded[0]!.text).toHaveLength(2000);
    expect(journal.entries().entries.map((e) => e.key)).toEqual(kept);
    const total = journal.entries().entries.reduce((n, e) => n + e.chars, 0);
    expect(total).toBeLessThanOrEqual(KEPT_CHARS);

    // A month on, what could not apply is gone too.
    const later = await replayWrites(repos, device.workspaceId, journal, {
      live: noneLive,
      now: () => now + KEPT_DAYS * day + 2 * day,
      discard,
    });
    expect(later).toMatchObject({ keptAside: 0, discarded: 2 });
    expect(storage.length).toBe(0);
  });

  it('keeps and logs an entry whose replay fails, goes on with the others, and never throws', async () => {
    const issue = await repos.issues.create(emptyIssueFields('失敗'));
    const bad = lostWrite({ table: 'issues', id: issue.id, fields: { budget: '失敗する' } });
    lostWrite({ table: 'issues', id: issue.id, fields: { title: '通る' } });
    const failing = {
      ...repos,
      issues: {
        get: repos.issues.get.bind(repos.issues),
        create: repos.issues.create.bind(repos.issues),
        remove: repos.issues.remove.bind(repos.issues),
        update: (id: string, patch: object) =>
          'budget' in patch ? Promise.reject(new Error('disk')) : repos.issues.update(id, patch),
      },
    } as unknown as Repositories;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const report = await replayWrites(failing, device.workspaceId, journal, { live: noneLive });
    expect(report).toEqual({ applied: 1, dropped: 0, keptAside: 1, failed: 1, discarded: 0 });
    expect((await repos.issues.get(issue.id))?.title).toBe('通る');
    expect(journal.entries().entries.map((e) => e.key)).toEqual([bad]);
    expect(warn).toHaveBeenCalledWith('write journal: replay failed, entry kept', bad, expect.any(Error));

    // Unreadable storage: nothing replayed, nothing thrown.
    const broken = new WriteJournal(() => {
      throw new Error('gone');
    });
    await expect(replayWrites(repos, device.workspaceId, broken, { live: noneLive })).resolves.toMatchObject({
      applied: 0,
    });
    warn.mockRestore();
  });
});
