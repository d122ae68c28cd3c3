import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeQuery, queryWords } from './normalize';
import { CHUNK_SIZE } from './indexSnapshot';
import { checksum } from './postingCodec';
import {
  SearchIndex,
  SnapshotError,
  originalOf,
  type SearchDoc,
  type SearchFilter,
  type SearchKind,
  type SearchPage,
} from './searchIndex';

/** Words with the variants users type: half-width kana, full-width Latin, wraps mid-word. */
const WORDS = [
  '実証実験',
  '予算',
  '計上',
  '所管',
  'カタカナ',
  'ｶﾀｶﾅ',
  'ガイドライン',
  'ｶﾞｲﾄﾞﾗｲﾝ',
  'ＡＢＣ',
  'abc',
  'ABC',
  'スマートシティ',
  'ｽﾏｰﾄｼﾃｨ',
  'の',
  'を',
  'は',
  '、',
  '。',
  '実証\n実験',
  '委員会',
  '市長',
  '１２３',
  '123',
  'DX',
  'ｄｘ',
  '㍻',
  '平成',
  '①',
  ' ',
  '\n',
  'ぱ',
  'ﾊﾟ',
  'は\u309a',
];

const docArb = (i: number) =>
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words): SearchDoc => ({
    key: `notes:${i}`,
    parent: '',
    kind: 'notes',
    id: String(i),
    workspaceId: i % 3 === 0 ? 'ws2' : 'ws1',
    date: `2026-0${(i % 9) + 1}-15`,
    title: '',
    text: words.join(''),
  }));

const corpusArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => docArb(i))));

/** A query cut from a document's original text (so it may span a wrap or a variant), or random words. */
const queryArb = (docs: SearchDoc[]) =>
  fc.oneof(
    fc
      .record({ d: fc.nat(docs.length - 1), a: fc.nat(60), len: fc.integer({ min: 1, max: 6 }) })
      .map(({ d, a, len }) => {
        const t = docs[d]!.text;
        const start = t.length ? a % t.length : 0;
        return t.slice(start, start + len);
      }),
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }).map((w) => w.join('')),
  );

const scan = (docs: Iterable<SearchDoc>, query: string) => {
  const words = queryWords(normalizeQuery(query));
  return words.length > 0
    ? [...docs]
        .filter((d) => words.every((w) => normalize(d.text).includes(w)))
        .map((d) => d.key)
        .sort()
    : [];
};

const found = (index: SearchIndex, query: string) => [...index.matches(query)].map((d) => d.key).sort();

/** A search of a fully loaded index: always a page. */
function pageOf(index: SearchIndex, query: string, filter: SearchFilter = {}, limit = 50): SearchPage {
  const answer = index.search(query, filter, limit);
  if ('need' in answer) throw new Error(`needs ${answer.need} ${answer.index}`);
  return answer;
}

describe('SearchIndex', () => {
  it('finds exactly what a plain substring scan finds (generated corpus, variants, wraps)', () => {
    fc.assert(
      fc.property(
        corpusArb.chain((docs) =>
          fc.tuple(fc.constant(docs), fc.array(queryArb(docs), { minLength: 1, maxLength: 15 })),
        ),
        ([docs, queries]) => {
          const index = new SearchIndex();
          docs.forEach((d) => index.upsert(d));
          const reloaded = SearchIndex.fromSnapshot(index.snapshot());
          for (const q of queries) {
            expect(found(index, q)).toEqual(scan(docs, q));
            expect(found(reloaded, q)).toEqual(scan(docs, q));
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000); // 300 generated corpora: ~1 s idle, over 5 s at a load of 10 on two cores

  it('stays exact through edits, deletes and snapshot round trips', () => {
    const op = fc.oneof(
      fc.record({
        type: fc.constant('put' as const),
        i: fc.nat(15),
        words: fc.array(fc.constantFrom(...WORDS), { maxLength: 20 }),
      }),
      fc.record({ type: fc.constant('remove' as const), i: fc.nat(15) }),
      fc.record({ type: fc.constant('reload' as const) }),
      fc.record({
        type: fc.constant('query' as const),
        q: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let index = new SearchIndex();
        const model = new Map<string, SearchDoc>();
        for (const o of ops) {
          if (o.type === 'put') {
            const doc: SearchDoc = {
              key: `notes:${o.i}`,
              parent: '',
              kind: 'notes',
              id: String(o.i),
              workspaceId: 'w',
              date: '',
              title: '',
              text: o.words.join(''),
            };
            index.upsert(doc);
            model.set(doc.key, doc);
          } else if (o.type === 'remove') {
            index.remove(`notes:${o.i}`);
            model.delete(`notes:${o.i}`);
          } else if (o.type === 'reload') {
            index = SearchIndex.fromSnapshot(index.snapshot());
          } else {
            const q = o.q.join('');
            expect(found(index, q)).toEqual(scan(model.values(), q));
          }
          expect(index.size).toBe(model.size);
        }
      }),
      { numRuns: 300 },
    );
  });

  const doc = (id: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
    key: `notes:${id}`,
    parent: '',
    kind: 'notes',
    id,
    workspaceId: 'w',
    date: '2026-06-10',
    title: id,
    text,
    ...extra,
  });

  it('finds the documents holding every space-separated word, in any order and place', () => {
    const index = new SearchIndex();
    index.upsert(doc('a', 'デマンド交通の実証は申請期限が3月末'));
    index.upsert(doc('b', '交通安全の講習'));
    index.upsert(doc('c', '期限付きの交通規制'));
    expect(found(index, '交通 期限')).toEqual(['notes:a', 'notes:c']);
    expect(found(index, '期限　交通 期限')).toEqual(['notes:a', 'notes:c']);
    expect(found(index, '交通 講習')).toEqual(['notes:b']);
  });

  it('answers a one-character query from single characters', () => {
    const index = new SearchIndex();
    index.upsert(doc('a', '市長の答弁'));
    index.upsert(doc('b', '部長'));
    expect(found(index, '長')).toEqual(['notes:a', 'notes:b']);
    expect(found(index, '答')).toEqual(['notes:a']);
  });

  it('pages lazily, newest document first, and says when more exist', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 10; i++) index.upsert(doc(String(i), `第${i}回 実証実験`));
    index.upsert(doc('3', '第3回 実証実験 (edited)'));
    const page = pageOf(index, '実証', {}, 4);
    expect(page.hits.map((h) => h.id)).toEqual(['3', '9', '8', '7']);
    expect(page.hasMore).toBe(true);
    expect(pageOf(index, '実証', {}, 10).hasMore).toBe(false);
  });

  it('filters by workspace, kind and date before confirming', () => {
    const index = new SearchIndex();
    index.upsert(doc('june', '実証実験の答弁', { date: '2026-06-10' }));
    index.upsert(doc('may', '実証実験の答弁', { date: '2026-05-10T10:00:00Z' }));
    index.upsert(doc('other', '実証実験', { workspaceId: 'x' }));
    index.upsert({ ...doc('i', '実証実験'), key: 'issues:i', kind: 'issues' as SearchKind });
    const ids = (f: SearchFilter) =>
      pageOf(index, '実証実験', f)
        .hits.map((h) => h.id)
        .sort();
    expect(ids({ workspaceId: 'w', kinds: new Set(['notes']) })).toEqual(['june', 'may']);
    expect(ids({ workspaceId: 'w', from: '2026-06-01', to: '2026-06-30' })).toEqual(['i', 'june']);
    expect(ids({ to: '2026-05-10' })).toEqual(['may']);
  });

  it('answers a date with no words (昨日 typed alone) with that day’s documents, newest first', () => {
    const index = new SearchIndex();
    index.upsert(doc('a', '交通の答弁', { date: '2026-12-03' }));
    index.upsert(doc('b', '予算の答弁', { date: '2026-12-02T23:30:00.000Z', workspaceId: 'w' }));
    index.upsert(doc('c', '別の日', { date: '2026-12-04' }));
    index.upsert(doc('d', '別の場所', { date: '2026-12-03', workspaceId: 'x' }));
    index.remove('notes:c');
    const bounds = { from: '2026-12-03', to: '2026-12-03', workspaceId: 'w' };
    expect(pageOf(index, '', bounds).hits.map((h) => h.id)).toEqual(['a']);
    // A note at 08:30 in Japan is on the 3rd there: the instants say so.
    const tokyo = {
      ...bounds,
      fromMs: Date.parse('2026-12-03T00:00:00+09:00'),
      toMs: Date.parse('2026-12-04T00:00:00+09:00'),
    };
    expect(pageOf(index, '', tokyo).hits.map((h) => h.id)).toEqual(['b', 'a']);
    expect(pageOf(index, ' ', tokyo, 1)).toMatchObject({ hasMore: true });
    expect(pageOf(index, '交通', tokyo).hits.map((h) => h.id)).toEqual(['a']);
    // Without a date an empty query still finds nothing.
    expect(pageOf(index, '', { workspaceId: 'w' }).hits).toEqual([]);
    // A date-only walk over a stored index asks for the newest chunk first.
    const loading = SearchIndex.fromHead(index.snapshot().head);
    expect(loading.search('', bounds)).toEqual({ need: 'chunk', index: 0 });
  });

  it('stores each text once: the normalised text, and a patch only where the original differs', () => {
    const index = new SearchIndex();
    index.upsert(doc('a', '実証実験'));
    index.upsert(doc('b', 'ｶﾀｶﾅの\n説明'));
    expect(index.get('notes:a')?.patch).toBe('');
    expect(index.get('notes:b')?.norm).toBe('かたかなの説明');
    expect(originalOf(index.get('notes:b')!)).toBe('ｶﾀｶﾅの\n説明');
    const reloaded = SearchIndex.fromSnapshot(index.snapshot());
    expect(originalOf(reloaded.get('notes:b')!)).toBe('ｶﾀｶﾅの\n説明');
  });

  it('finds katakana by hiragana and hiragana by katakana', () => {
    const index = new SearchIndex();
    index.upsert(doc('k', 'デマンド交通の実証'));
    index.upsert(doc('h', 'でまんど交通（変換し忘れ）'));
    index.upsert(doc('o', '乗合タクシー'));
    const found = (q: string) =>
      pageOf(index, q)
        .hits.map((h) => h.id)
        .sort();
    expect(found('でまんど')).toEqual(['h', 'k']);
    expect(found('デマンド')).toEqual(['h', 'k']);
    expect(found('のりあいたくしー')).toEqual([]);
    expect(found('たくしー')).toEqual(['o']);
  });

  it('answers from the stored head and asks for a block or chunk only when a list or candidate is in it', () => {
    const index = new SearchIndex();
    const n = CHUNK_SIZE * 2 + 10;
    for (let i = 0; i < n; i++)
      index.upsert(doc(String(i), i === 5 ? '古い答弁の実証実験' : `第${i}回の答弁`));
    const { head, blocks, chunks } = index.snapshot();
    const loading = SearchIndex.fromHead(head);
    expect(loading.missingChunks).toEqual([2, 1, 0]);
    expect(loading.missingBlocks).toEqual([0]);
    expect(loading.search('答弁', {}, 5)).toEqual({ need: 'block', index: 0 });
    loading.addBlock(blocks[0], 0);
    // The newest documents are in chunk 2: a common query needs only that one.
    expect(loading.search('答弁', {}, 5)).toEqual({ need: 'chunk', index: 2 });
    loading.addChunk(chunks[2], 2);
    expect(pageOf(loading, '答弁', {}, 5).hits.map((h) => h.id)).toEqual([
      '2009',
      '2008',
      '2007',
      '2006',
      '2005',
    ]);
    // A rare query's only candidate is in chunk 0; removed meanwhile, it stays removed.
    expect(loading.search('実証実験')).toEqual({ need: 'chunk', index: 0 });
    loading.addChunk(chunks[0], 0);
    expect(pageOf(loading, '実証実験').hits.map((h) => h.id)).toEqual(['5']);
    loading.remove('notes:5');
    loading.addChunk(chunks[1], 1);
    expect(pageOf(loading, '実証実験').hits).toEqual([]);
    expect(loading.missingChunks).toEqual([]);
    expect(loading.size).toBe(n - 1);
  });

  it('refuses snapshots of another format, damaged postings or parts of another snapshot', () => {
    const index = new SearchIndex();
    index.upsert(doc('a', '実証実験'));
    index.upsert(doc('b', '予算'));
    const good = index.snapshot();
    const { head, blocks } = good;
    expect(() => SearchIndex.fromHead({ ...head, format: 1 })).toThrow(SnapshotError);
    expect(() => SearchIndex.fromHead({ ...head, offsets: head.offsets.subarray(1) })).toThrow(SnapshotError);
    expect(() => SearchIndex.fromHead({ ...head, blockStarts: new Uint32Array([0]) })).toThrow(SnapshotError);
    const flipped = blocks[0]!.bytes.slice();
    flipped[0] = flipped[0]! ^ 1;
    expect(() => SearchIndex.fromHead(head).addBlock({ ...blocks[0]!, bytes: flipped }, 0)).toThrow(
      SnapshotError,
    );
    const other = new SearchIndex();
    other.upsert(doc('a', '実証実験'));
    other.upsert(doc('b', '予算'));
    const theirs = other.snapshot();
    expect(() => SearchIndex.fromHead(head).addChunk(theirs.chunks[0], 0)).toThrow(SnapshotError);
    expect(() => SearchIndex.fromHead(head).addBlock(theirs.blocks[0], 0)).toThrow(SnapshotError);
    // A list that names a document the head does not have, with a checksum to match: refused when read.
    const bad = blocks[0]!.bytes.slice();
    const list = head.grams.indexOf(('予'.charCodeAt(0) << 16) >>> 0); // the unigram list of 予
    bad[head.offsets[list]!] = 100;
    const damaged = SearchIndex.fromSnapshot({
      ...good,
      head: { ...head, blockSums: Uint32Array.of(checksum(bad)) },
      blocks: [{ ...blocks[0]!, bytes: bad }],
    });
    expect(pageOf(damaged, '実証').hits.map((h) => h.id)).toEqual(['a']);
    expect(() => damaged.search('予')).toThrow(SnapshotError);
  });

  it('splits the stored lists into blocks of whole lists', () => {
    const index = new SearchIndex();
    // Random-ish text over many characters: many lists, over a megabyte of postings.
    let seed = 1;
    const char = () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 3000));
    for (let i = 0; i < 2000; i++) index.upsert(doc(String(i), Array.from({ length: 200 }, char).join('')));
    const { head, blocks, chunks } = index.snapshot();
    expect(blocks.length).toBeGreaterThan(1);
    const loaded = SearchIndex.fromHead(head);
    blocks.forEach((b, i) => loaded.addBlock(b, i));
    chunks.forEach((c, i) => loaded.addChunk(c, i));
    const probe = [...index.get('notes:1234')!.norm.slice(100, 103)].join('');
    expect(found(loaded, probe)).toEqual(found(index, probe));
    expect(found(loaded, probe)).toContain('notes:1234');
  }, 60_000); // a megabyte of postings: 3 s idle, 7 s on a busy 2-core machine (past vitest's 5 s default)
});
