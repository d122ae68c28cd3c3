/**
 * The index's life in the worker: load the stored snapshot (or rebuild from the records when it is
 * missing, corrupt, of an older format, behind the feed's pruned floor or ahead of the feed — a
 * replaced app database), then follow the change feed, and — when this window holds the writer
 * lock — store a fresh snapshot after a burst of changes. Searches run at any time; while a
 * rebuild runs they answer from what is indexed so far.
 *
 * Opening reads only the stored head (document keys, which lists exist and where) before the
 * index is ready; the posting blocks, then the documents' chunks (newest first) load after it, and
 * a search that needs a block or chunk not loaded yet waits for that one — so answers are exact
 * from the first one. A part found damaged while loading or searching starts a rebuild.
 */
import { searchDocOf, type RecordLike } from '../../../../../common/search/documents';
import {
  SEARCH_KINDS,
  SNAPSHOT_FORMAT,
  SearchIndex,
  SnapshotError,
  type SearchFilter,
  type SearchKind,
  type SearchPage,
} from '../../../../../common/search/searchIndex';
import type { ChangeSource } from './changeSource';
import type { IndexStore } from './indexStore';

export type IndexState =
  | { phase: 'loading' }
  | { phase: 'building'; done: number; total: number; reason: RebuildReason }
  | { phase: 'ready'; docs: number; seq: number };

export type RebuildReason = 'missing' | 'corrupt' | 'outdated' | 'behindFeed' | 'aheadOfFeed';

export interface ServiceOptions {
  /** Whether this window may write the stored index (the Web Locks writer). */
  isWriter: () => boolean;
  onState: (state: IndexState) => void;
  /** Store a snapshot once this many changes arrived since the last one… */
  saveAfterChanges?: number;
  /** …or this long after the last change (ms). */
  saveAfterIdleMs?: number;
}

const FEED_PAGE = 500;
const SCAN_PAGE = 500;
/** Stored parts read at once: enough to keep IndexedDB busy, few enough to let a search's part in. */
const PARALLEL_READS = 2;

export class SearchService {
  private index = new SearchIndex();
  private seq = 0;
  private unsaved = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private catchingUp: Promise<void> | null = null;
  private again = false;
  private unsubscribe: (() => void) | undefined;
  /** False until the stored index is loaded or rebuilt: no feed is applied before. */
  private opened = false;
  /** Per stored part (`block:3`, `chunk:12`), its load (resolves also when it failed). */
  private partLoads = new Map<string, Promise<void>>();
  private rebuilding: Promise<void> | null = null;
  /** The snapshot being written, if any. */
  private saving: Promise<void> | null = null;
  /** True while `rebuild` runs: the index is partial, and storing it would lose documents. */
  private building = false;

  constructor(
    private readonly source: ChangeSource,
    private readonly store: IndexStore,
    private readonly options: ServiceOptions,
  ) {}

  /** Loads or rebuilds, then follows the feed. Resolves once the index is current. */
  async start(): Promise<void> {
    this.options.onState({ phase: 'loading' });
    const reason = await this.load();
    if (reason) await this.rebuild(reason);
    this.opened = true;
    await this.catchUp();
    this.unsubscribe = this.source.subscribe(() => void this.catchUp());
  }

  stop(): void {
    this.unsubscribe?.();
    clearTimeout(this.saveTimer);
  }

  /** Exact results; waits for the stored chunk a candidate is in when it is not loaded yet. */
  async search(query: string, filter: SearchFilter, limit: number): Promise<SearchPage> {
    for (;;) {
      const index = this.index;
      let answer;
      try {
        answer = index.search(query, filter, limit);
      } catch (error) {
        if (!(error instanceof SnapshotError)) throw error;
        this.recover();
        continue;
      }
      if (!('need' in answer)) return answer;
      await (this.partLoads.get(`${answer.need}:${answer.index}`) ?? this.recover());
    }
  }

  /** The text of every live document in memory (call after `loaded()` for all of them). */
  texts(): Generator<string> {
    return this.index.liveTexts();
  }

  /** Resolves once every stored part is in memory (or a rebuild replaced them). */
  loaded(): Promise<void> {
    return Promise.all(this.partLoads.values()).then(() => undefined);
  }

  get position(): number {
    return this.seq;
  }

  /** Why the stored index cannot be used, or undefined after loading its head. */
  private async load(): Promise<RebuildReason | undefined> {
    let stored;
    try {
      stored = await this.store.loadHead();
    } catch {
      return 'corrupt';
    }
    if (!stored) return 'missing';
    if (stored.head?.format !== undefined && stored.head.format !== SNAPSHOT_FORMAT) return 'outdated';
    let index;
    try {
      index = SearchIndex.fromHead(stored.head);
    } catch {
      return 'corrupt';
    }
    if (!Number.isInteger(stored.seq) || stored.seq < 0) return 'corrupt';
    if (stored.seq < (await this.source.floor())) return 'behindFeed';
    if (stored.seq > (await this.source.latestSeq())) return 'aheadOfFeed';
    this.index = index;
    this.seq = stored.seq;
    this.loadParts(index);
    return undefined;
  }

  /**
   * Reads the stored parts of `index` in the background, a few at a time: the posting blocks
   * (every search needs some), then the chunks, newest first (the order searches walk).
   */
  private loadParts(index: SearchIndex): void {
    const queue = [
      ...index.missingBlocks.map((i) => ({ need: 'block' as const, i })),
      ...index.missingChunks.map((i) => ({ need: 'chunk' as const, i })),
    ];
    const done = new Map<string, () => void>();
    for (const { need, i } of queue)
      this.partLoads.set(`${need}:${i}`, new Promise<void>((r) => done.set(`${need}:${i}`, r)));
    const next = async (): Promise<void> => {
      for (let part = queue.shift(); part; part = queue.shift()) {
        const { need, i } = part;
        try {
          if (need === 'block') {
            const block = await this.store.loadBlock(i);
            if (this.index === index) index.addBlock(block, i);
          } else {
            const chunk = await this.store.loadChunk(i);
            if (this.index === index) index.addChunk(chunk, i);
          }
        } catch {
          if (this.index === index) this.recover();
        }
        done.get(`${need}:${i}`)!();
      }
    };
    for (let i = 0; i < PARALLEL_READS; i++) void next();
  }

  /** The stored index turned out damaged: rebuild it, answering from what is rebuilt so far. */
  private recover(): Promise<void> {
    if (this.rebuilding) return Promise.resolve();
    this.index = new SearchIndex(); // searches stop asking the damaged one at once
    this.partLoads = new Map();
    this.rebuilding = this.rebuild('corrupt')
      .then(() => this.catchUp())
      .finally(() => {
        this.rebuilding = null;
      });
    return Promise.resolve();
  }

  /** Indexes every record, page by page, yielding between pages so searches keep answering. */
  private async rebuild(reason: RebuildReason): Promise<void> {
    this.building = true;
    try {
      await this.scanAll(reason);
    } finally {
      this.building = false;
    }
  }

  private async scanAll(reason: RebuildReason): Promise<void> {
    // The feed position is taken first: changes during the scan are replayed after it (idempotent).
    const seq = await this.source.latestSeq();
    this.index = new SearchIndex();
    let total = 0;
    for (const kind of SEARCH_KINDS) total += await this.source.count(kind);
    let done = 0;
    this.options.onState({ phase: 'building', done, total, reason });
    for (const kind of SEARCH_KINDS) {
      let after = '';
      for (;;) {
        const page = await this.source.scan(kind, after, SCAN_PAGE);
        if (page.length === 0) break;
        await inSlices(indexing(this.index, kind, page));
        after = page[page.length - 1]!.id;
        done += page.length;
        this.options.onState({ phase: 'building', done, total, reason });
      }
    }
    this.seq = seq;
    this.unsaved = Number.POSITIVE_INFINITY; // a rebuilt index is saved as soon as it is current
  }

  /** Applies every feed entry after the current position; concurrent calls coalesce. */
  catchUp(): Promise<void> {
    if (!this.opened) return Promise.resolve(); // start() catches up once it has an index
    if (this.catchingUp) {
      this.again = true;
      return this.catchingUp;
    }
    this.catchingUp = (async () => {
      do {
        this.again = false;
        await this.saving?.catch(() => undefined); // a snapshot being written needs the index unchanged
        await this.applyFeed();
      } while (this.again);
    })().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  private async applyFeed(): Promise<void> {
    if (this.seq < (await this.source.floor())) {
      await this.rebuild('behindFeed');
    }
    for (;;) {
      const entries = await this.source.readChangesSince(this.seq, FEED_PAGE);
      if (entries.length === 0) break;
      const byTable = new Map<(typeof entries)[number]['table'], Set<string>>();
      for (const e of entries) {
        if (!byTable.has(e.table)) byTable.set(e.table, new Set());
        byTable.get(e.table)!.add(e.id);
      }
      for (const [table, ids] of byTable) {
        const records = await this.source.loadRecords(table, [...ids]);
        const found = new Set<string>();
        for (const record of records) {
          found.add(record.id);
          const doc = searchDocOf(table, record);
          if (doc) this.index.upsert(doc);
          else this.index.remove(`${table}:${record.id}`);
        }
        for (const id of ids) if (!found.has(id)) this.index.remove(`${table}:${id}`);
      }
      this.seq = entries[entries.length - 1]!.seq;
      this.unsaved += entries.length;
    }
    this.options.onState({ phase: 'ready', docs: this.index.size, seq: this.seq });
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.unsaved === 0 || !this.options.isWriter()) return;
    clearTimeout(this.saveTimer);
    const now = this.unsaved >= (this.options.saveAfterChanges ?? 200);
    this.saveTimer = setTimeout(() => void this.save(), now ? 0 : (this.options.saveAfterIdleMs ?? 10_000));
  }

  /**
   * Stores a compact snapshot (and swaps it in, which drops dead documents from memory). Built in
   * slices of a few milliseconds, so searches are answered while it is written; the feed waits.
   */
  async save(): Promise<void> {
    if (!this.options.isWriter()) return;
    await this.loaded(); // a snapshot needs every document
    // Not in the middle of applying the feed (that waits for `saving`, so it is set only after).
    while (this.catchingUp && !this.saving) await this.catchingUp.catch(() => undefined);
    if (this.building) return; // a rebuild stores its index once it is current
    if (this.unsaved === 0 && !this.saving) return; // nothing new since the last one
    this.saving ??= this.writeSnapshot().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  private async writeSnapshot(): Promise<void> {
    const index = this.index;
    const seq = this.seq;
    const snapshot = await inSlices(index.snapshotSteps());
    const compact = await inSlices(SearchIndex.fromSnapshotSteps(snapshot));
    if (this.index !== index) return; // a rebuild replaced it meanwhile
    this.index = compact;
    this.unsaved = 0;
    await this.store.save(
      { head: snapshot.head, seq, savedAt: new Date().toISOString() },
      snapshot.blocks,
      snapshot.chunks,
    );
  }
}

/** Adds records to `index`, one step each. */
function* indexing(
  index: SearchIndex,
  kind: SearchKind,
  records: readonly RecordLike[],
): Generator<void, void> {
  for (const record of records) {
    const doc = searchDocOf(kind, record);
    if (doc) index.upsert(doc);
    yield;
  }
}

/** Longest stretch of background work before queued messages (searches) get their turn. */
const SLICE_MS = 5;

/** Runs `steps` to the end, letting queued messages in every `SLICE_MS`. */
async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  for (let start = performance.now(); ;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start >= SLICE_MS) {
      await yieldToMessages();
      start = performance.now();
    }
  }
}

/**
 * A macrotask turn through a MessageChannel: messages already queued (a search) run first, and
 * unlike nested setTimeout(0) it is not clamped to 4 ms.
 */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
