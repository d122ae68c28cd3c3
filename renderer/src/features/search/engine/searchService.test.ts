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
const ids = (service: SearchService, q: string) =>
  service
    .search(q, { workspaceId: 'w' }, 50)
    .hits.map((h) => h.id)
    .sort();

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
    expect(ids(service, '実証実験')).toEqual(['a', 'i']);

    source.write('notes', note('a', '予算の答弁')); // edited: no longer contains it
    source.write('notes', note('b', '実証実験は来年度'));
    source.write('issues', { id: 'i', title: '実証実験の公募', rawText: '', deleted: 1 }); // tombstoned
    await service.catchUp();
    expect(ids(service, '実証実験')).toEqual(['b']);
    expect(ids(service, '予算')).toEqual(['a']);
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
    expect(ids(again.service, '委員会')).toEqual(['a', 'b']);
    again.service.stop();
  });

  it('rebuilds when the stored index is corrupt, outdated or behind the pruned feed', async () => {
    const { source, store, service } = await setup();
    source.write('notes', note('a', '市長答弁'));
    await service.catchUp();
    await service.save();
    service.stop();
    const stored = (await store.load())!;

    await store.save({ ...stored, snapshot: { ...stored.snapshot, postings: new Uint32Array([9, 9]) } });
    const corrupt = await setup(source, store);
    expect(corrupt.states.find((s) => s.phase === 'building')).toMatchObject({ reason: 'corrupt' });
    expect(ids(corrupt.service, '市長')).toEqual(['a']);
    corrupt.service.stop();

    await store.save({ ...stored, snapshot: { ...stored.snapshot, format: 0 } });
    const outdated = await setup(source, store);
    expect(outdated.states.find((s) => s.phase === 'building')).toMatchObject({ reason: 'outdated' });
    outdated.service.stop();

    await store.save(stored);
    source.floorSeq = 100; // the feed was pruned past the stored position
    source.feed = [];
    const behind = await setup(source, store);
    expect(behind.states.find((s) => s.phase === 'building')).toMatchObject({ reason: 'behindFeed' });
    expect(ids(behind.service, '市長')).toEqual(['a']);
    behind.service.stop();
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
    expect(await store.load()).toBeUndefined();
    service.stop();
  });
});
