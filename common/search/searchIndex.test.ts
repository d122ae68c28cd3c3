import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeQuery } from './normalize';
import { SearchIndex, SnapshotError, type SearchDoc, type SearchKind } from './searchIndex';

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
  const q = normalizeQuery(query);
  return q
    ? [...docs]
        .filter((d) => normalize(d.text).includes(q))
        .map((d) => d.key)
        .sort()
    : [];
};

const found = (index: SearchIndex, query: string) => [...index.matches(query)].map((d) => d.key).sort();

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
  });

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
    const page = index.search('実証', {}, 4);
    expect(page.hits.map((h) => h.id)).toEqual(['3', '9', '8', '7']);
    expect(page.hasMore).toBe(true);
    expect(index.search('実証', {}, 10).hasMore).toBe(false);
  });

  it('filters by workspace, kind and date before confirming', () => {
    const index = new SearchIndex();
    index.upsert(doc('june', '実証実験の答弁', { date: '2026-06-10' }));
    index.upsert(doc('may', '実証実験の答弁', { date: '2026-05-10T10:00:00Z' }));
    index.upsert(doc('other', '実証実験', { workspaceId: 'x' }));
    index.upsert({ ...doc('i', '実証実験'), key: 'issues:i', kind: 'issues' as SearchKind });
    const ids = (f: Parameters<SearchIndex['search']>[1]) =>
      index
        .search('実証実験', f)
        .hits.map((h) => h.id)
        .sort();
    expect(ids({ workspaceId: 'w', kinds: new Set(['notes']) })).toEqual(['june', 'may']);
    expect(ids({ workspaceId: 'w', from: '2026-06-01', to: '2026-06-30' })).toEqual(['i', 'june']);
    expect(ids({ to: '2026-05-10' })).toEqual(['may']);
  });

  it('keeps the original text only when normalisation changed it', () => {
    const index = new SearchIndex();
    index.upsert(doc('a', '実証実験'));
    index.upsert(doc('b', 'ｶﾀｶﾅ'));
    expect(index.get('notes:a')?.original).toBeUndefined();
    expect(index.get('notes:b')?.original).toBe('ｶﾀｶﾅ');
  });

  it('refuses snapshots of another format or with broken posting lists', () => {
    const index = new SearchIndex();
    index.upsert(doc('a', '実証実験'));
    const good = index.snapshot();
    expect(() => SearchIndex.fromSnapshot({ ...good, format: 0 })).toThrow(SnapshotError);
    const postings = good.postings.slice();
    postings[0] = 7;
    expect(() => SearchIndex.fromSnapshot({ ...good, postings })).toThrow(SnapshotError);
    expect(() => SearchIndex.fromSnapshot({ ...good, offsets: good.offsets.subarray(1) })).toThrow(
      SnapshotError,
    );
  });
});
