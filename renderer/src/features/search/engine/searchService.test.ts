import { describe, expect, it } from 'vitest';
import type { RecordLike } from '../../../../../common/search/documents';
import type { SyncedTable } from '../../../../../common/records/tables';
import type { ChangeSource, FeedEntry } from './changeSource';
import { idbIndexStore, type IndexStore } from './indexStore';
import { SearchService, type IndexState } from './searchService';

/** An in-memory app database with a change feed, like data/changeFeed.ts. */
class MemorySource implements ChangeSource {
  records = new Map<string, RecordLike & { table: SyncedTable }>();
  feed: FeedEntry[] = [];
  floorSeq = 0;
  listeners = new Set<() => void>();
  write(table: SyncedTable, record: Record<string, unknown> & { id: string }) {
    this.records.set(`${table}:${record.id}`, { workspaceId: 'w', deleted: 0, ...record, table });
    this.feed.push({ seq: this.feed.length + 1 + this.floorSeq, table, id: record.id });
    this.listeners.forEach((l) => l());
  }
  async readChangesSince(seq: number, limit: number) {
    return this.feed.filter((e) => e.seq > seq).slice(0, limit);
  }
  async latestSeq() {
    return this.feed.at(-1)?.seq ?? this.floorSeq;
  }
  async floor() {
    return this.floorSeq;
  }
  async loadRecords(table: SyncedTable, ids: readonly string[]) {
    return ids.map((id) => this.records.get(`${table}:${id}`)).filter((r) => r !== undefined);
  }
  async scan(table: SyncedTable, afterId: string, limit: number) {
    return [...this.records.values()]
      .filter((r) => r.table === table && r.id > afterId)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }
  async count(table: SyncedTable) {
    return [...this.records.values()].filter((r) => r.table === table).length;
  }
  subscribe(onChange: () => void) {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }
}

const note = (id: string, body: string) => ({ id, body, sessionId: 's', at: '2026-06-10T10:00:00Z' });
const ids = async (service: SearchService, q: string) =>
  (await service.search(q, { workspaceId: 'w' }, 50)).hits.map((h) => h.id).sort();

let dbCount = 0;
async function setup(
  source = new MemorySource(),
  store: IndexStore = idbIndexStore(`search-test-${++dbCount}`),
) {
  const states: IndexState[] = [];
  const service = new SearchService(source, store, {
    isWriter: () => true,
    onState: (s) => states.push(s),
    saveAfterIdleMs: 0,
  });
  await service.start();
  return { source, store, service, states };
}

describe('SearchService', () => {
  it('builds from the records when nothing is stored, then follows every write of the feed', async () => {
    const source = new MemorySource();
    source.write('notes', note('a', '実証実験の答弁'));
    source.write('issues', { id: 'i', title: '実証実験の公募', rawText: '' });
    const { service, states } = await setup(source);
    expect(states.some((s) => s.phase === 'building' && s.reason === 'missing')).toBe(true);
    expect(await ids(service, '実証実験')).toEqual(['a', 'i']);

    source.write('notes', note('a', '予算の答弁')); // edited: no longer contains it
    source.write('notes', note('b', '実証実験は来年度'));
    source.write('issues', { id: 'i', title: '実証実験の公募', rawText: '', deleted: 1 }); // tombstoned
    await service.catchUp();
    expect(await ids(service, '実証実験')).toEqual(['b']);
    expect(await ids(service, '予算')).toEqual(['a']);
    service.stop();
  });

  it('reopens from its stored snapshot and feed position instead of rebuilding', async () => {
    const { source, store, service } = await setup();
    source.write('notes', note('a', '委員会の議事'));
    await service.catchUp();
    await service.save();
    service.stop();
    source.write('notes', note('b', '委員会の傍聴')); // written while no window was open

    const again = await setup(source, store);
    expect(again.states.some((s) => s.phase === 'building')).toBe(false);
    expect(await ids(again.service, '委員会')).toEqual(['a', 'b']);
    again.service.stop();
  });

  it('answers searches while it writes a snapshot, and applies writes that arrive meanwhile after it', async () => {
    const source = new MemorySource();
    const filler = '予算特別委員会における市長答弁と一般質問の記録。';
    for (let i = 0; i < 3000; i++) source.write('notes', note(`n${i}`, `第${i}回の議事 ${filler.repeat(8)}`));
    const store = idbIndexStore(`search-test-${++dbCount}`);
    const stored: number[] = [];
    const watched: IndexStore = {
      ...store,
      save: (...args) => {
        stored.push(Date.now());
        return store.save(...args);
      },
    };
    const { service } = await setup(source, watched);
    await service.save(); // the rebuilt index
    source.write('notes', note('n0', '第0回の議事 改め')); // one dead document: the next snapshot compacts
    await service.catchUp();

    stored.length = 0;
    const saving = service.save();
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(await ids(service, '第2999回')).toEqual(['n2999']);
    expect(stored).toEqual([]); // answered while the snapshot was still being built
    const before = await source.latestSeq();
    source.write('notes', note('late', '第2999回の追記')); // the feed waits for the snapshot
    await saving;
    expect(stored).toHaveLength(1);
    expect((await store.loadHead())!.seq).toBe(before); // the late write is not in it
    await service.catchUp();
    expect(await ids(service, '第2999回')).toEqual(['late', 'n2999']);
    await service.save();
    service.stop();

    const again = await setup(source, store);
    expect(again.states.some((s) => s.phase === 'building')).toBe(false);
    expect(await ids(again.service, '第2999回')).toEqual(['late', 'n2999']);
    expect(await ids(again.service, '改め')).toEqual(['n0']);
    again.service.stop();
  });

  it('rebuilds when the stored index is corrupt, outdated or behind the pruned feed', async () => {
    const { source, store, service } = await setup();
    source.write('notes', note('a', '市長答弁'));
    await service.catchUp();
    await service.save();
    service.stop();
    const stored = (await store.loadHead())!;
    const chunks = [(await store.loadChunk(0))!];
    const blocks = [(await store.loadBlock(0))!];
    const damaged = blocks[0]!.bytes.slice();
    damaged[0] = damaged[0]! ^ 1;
    await store.save(stored, [{ ...blocks[0]!, bytes: damaged }], chunks);
    const corrupt = await setup(source, store);
    // Found when the damaged block is read, after the head: rebuilt in the background.
    await expect
      .poll(() => corrupt.states.find((s) => s.phase === 'building'))
      .toMatchObject({ reason: 'corrupt' });
    await expect.poll(() => ids(corrupt.service, '市長')).toEqual(['a']);
    corrupt.service.stop();

    // Format 2 was written before katakana folded to hiragana: its grams cannot answer でまんど.
    await store.save({ ...stored, head: { ...stored.head, format: 2 } }, blocks, chunks);
    const outdated = await setup(source, store);
    expect(outdated.states.find((s) => s.phase === 'building')).toMatchObject({ reason: 'outdated' });
    outdated.service.stop();

    await store.save(stored, blocks, chunks);
    source.floorSeq = 100; // the feed was pruned past the stored position
    source.feed = [];
    const behind = await setup(source, store);
    expect(behind.states.find((s) => s.phase === 'building')).toMatchObject({ reason: 'behindFeed' });
    expect(await ids(behind.service, '市長')).toEqual(['a']);
    behind.service.stop();
  });

  it('is ready once the head is read: a search waits for the parts it needs, a damaged part rebuilds', async () => {
    const { source, store, service } = await setup();
    for (let i = 0; i < 2100; i++)
      source.write('notes', note(`n${i}`, i === 7 ? '古い実証実験の答弁' : `第${i}回の答弁`));
    await service.catchUp();
    await service.save();
    service.stop();

    // Blocks and chunks are held back until released, as a slow disk would.
    const release = new Map<string, () => void>();
    const slow: IndexStore = {
      ...store,
      loadBlock: (b) =>
        new Promise((resolve) => release.set(`b${b}`, () => void store.loadBlock(b).then(resolve))),
      loadChunk: (c) =>
        new Promise((resolve) => release.set(`c${c}`, () => void store.loadChunk(c).then(resolve))),
    };
    const again = await setup(source, slow);
    expect(again.states.at(-1)).toMatchObject({ phase: 'ready', docs: 2100 });
    let answered: string[] | null = null;
    void ids(again.service, '実証実験').then((found) => (answered = found));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBeNull(); // its lists and its one candidate (chunk 0) are not read yet
    // Read a few at a time, newest first: release whatever is being read until the answer comes.
    await expect
      .poll(() => {
        release.forEach((r) => r());
        return answered;
      })
      .toEqual(['n7']);
    again.service.stop();

    // A chunk of another snapshot (the store changed under the reader): rebuilt (searches answer from
    // what is rebuilt so far meanwhile, the 検索 page shows the progress).
    const stale: IndexStore = {
      ...store,
      loadChunk: async (c) => ({ ...(await store.loadChunk(c))!, snapshotId: 'x' }),
    };
    const damaged = await setup(source, stale);
    await expect.poll(() => ids(damaged.service, '実証実験')).toEqual(['n7']);
    await expect
      .poll(() => damaged.states.some((s) => s.phase === 'building' && s.reason === 'corrupt'))
      .toBe(true);
    damaged.service.stop();
  });

  it('is told about writes by the feed subscription', async () => {
    const { source, service } = await setup();
    source.write('glossaryTerms', { id: 'g', term: 'ｶﾞｲﾄﾞﾗｲﾝ', plain: '指針' });
    await expect.poll(() => ids(service, 'ガイドライン')).toEqual(['g']);
    service.stop();
  });

  it('does not store the index from a window that is not the writer', async () => {
    const source = new MemorySource();
    source.write('notes', note('a', '議事'));
    const store = idbIndexStore(`search-test-${++dbCount}`);
    const service = new SearchService(source, store, {
      isWriter: () => false,
      onState: () => undefined,
      saveAfterIdleMs: 0,
    });
    await service.start();
    await service.save();
    expect(await store.loadHead()).toBeUndefined();
    service.stop();
  });
});
