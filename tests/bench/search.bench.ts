/**
 * Search engine speed (common/search) on the seeded corpus of 20,000 notes (searchCorpus.ts):
 * - query p95 for 1–4 character queries cut from the corpus, first page of 20 confirmed hits
 *   (what the search page shows). Target (issue 12): ≤ 5 ms on realistic prose; the synthetic
 *   worst case is reported separately;
 * - index update for one edited note (upsert of a 300–1,500 character note), p95, target ≤ 5 ms;
 * - building from scratch, and a snapshot round trip (what a start loads instead of rebuilding).
 */
import { searchDocOf } from '../../common/search/documents';
import { SearchIndex, type SearchDoc } from '../../common/search/searchIndex';
import { percentile, prose, queriesFrom, worstCase } from './searchCorpus';
import { report } from './report';

const NOTES = 20_000;
const QUERIES_PER_LENGTH = 500;
const PAGE = 20; // what the search page shows before 「さらに表示」
const round = (n: number) => Math.round(n * 100) / 100;

const asDocs = (texts: string[]): SearchDoc[] =>
  texts.map((body, i) =>
    searchDocOf('notes', {
      id: `n${i}`,
      workspaceId: 'w',
      deleted: 0,
      body,
      speaker: '',
      at: `2026-06-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
    })!,
  );

function build(docs: SearchDoc[]): { index: SearchIndex; ms: number } {
  const start = performance.now();
  const index = new SearchIndex();
  for (const d of docs) index.upsert(d);
  return { index, ms: performance.now() - start };
}

function queryTimes(index: SearchIndex, queries: string[]): number[] {
  for (const q of queries.slice(0, 50)) index.search(q, { workspaceId: 'w' }, PAGE); // warm-up
  return queries.map((q) => {
    const start = performance.now();
    index.search(q, { workspaceId: 'w' }, PAGE);
    return performance.now() - start;
  });
}

function bench(corpus: 'prose' | 'worst', texts: string[]): void {
  const docs = asDocs(texts);
  const { index, ms } = build(docs);
  report({
    bench: 'search',
    metric: `${corpus}-build`,
    value: Math.round(ms),
    unit: 'ms',
    measuredIn: 'node',
    docs: docs.length,
  });
  for (let length = 1; length <= 4; length++) {
    const times = queryTimes(index, queriesFrom(texts, length, QUERIES_PER_LENGTH));
    report({
      bench: 'search',
      metric: `${corpus}-query-${length}char-p95`,
      value: round(percentile(times, 95)),
      unit: 'ms',
      measuredIn: 'node',
      ...(corpus === 'prose' ? { targets: [{ max: 5, appliesTo: 'any' as const }] } : {}),
      median: round(percentile(times, 50)),
      queries: times.length,
      page: PAGE,
    });
  }
  if (corpus === 'worst') return;

  const snapStart = performance.now();
  const snapshot = index.snapshot();
  const snapMs = performance.now() - snapStart;
  const loadStart = performance.now();
  const loaded = SearchIndex.fromSnapshot(snapshot);
  const loadMs = performance.now() - loadStart;
  report({
    bench: 'search',
    metric: 'snapshot-write',
    value: Math.round(snapMs),
    unit: 'ms',
    measuredIn: 'node',
    postingBytes: snapshot.blocks.reduce((n, b) => n + b.bytes.length, 0),
  });
  report({
    bench: 'search',
    metric: 'snapshot-load',
    value: Math.round(loadMs),
    unit: 'ms',
    measuredIn: 'node',
    docs: loaded.size,
  });

  const edits: number[] = [];
  for (let i = 0; i < 300; i++) {
    const d = docs[(i * 37) % docs.length]!;
    const edited = {
      ...d,
      text: `${d.text.slice(0, 200)}追記${i}：実証実験の結果を報告した。${d.text.slice(200)}`,
    };
    const start = performance.now();
    loaded.upsert(edited);
    edits.push(performance.now() - start);
  }
  report({
    bench: 'search',
    metric: 'update-one-note-p95',
    value: round(percentile(edits, 95)),
    unit: 'ms',
    measuredIn: 'node',
    targets: [{ max: 5, appliesTo: 'any' }],
  });
}

bench('prose', prose(NOTES));
bench('worst', worstCase(NOTES));
