/**
 * What the search worker's reading vocabulary costs on the seeded 20,000 notes (tests/bench/
 * searchCorpus.ts): dictionary load, scanning the notes for kanji runs, reading the distinct runs,
 * and the memory of each. Run: `node --expose-gc --import tsx scripts/search-readings-bench.ts [notes]`.
 */
import kuromoji from 'kuromoji';
import { ipadicAnalyser } from '../common/brief/morph';
import { ReadingVocabulary } from '../common/search/readingVocabulary';
import { prose } from '../tests/bench/searchCorpus';

const notes = Number(process.argv[2] ?? 20_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const texts = prose(notes);
const chars = texts.reduce((n, t) => n + t.length, 0);
gc();
const before = process.memoryUsage();
let t = performance.now();
const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
  kuromoji
    .builder({ dicPath: 'node_modules/kuromoji/dict' })
    .build((error, built) => (error ? reject(error) : resolve(built))),
);
const reader = ipadicAnalyser(tokenizer);
const loadMs = performance.now() - t;
gc();
const loaded = process.memoryUsage();
const vocabulary = new ReadingVocabulary();
t = performance.now();
for (const text of texts) vocabulary.addText(text);
const scanMs = performance.now() - t;
const runs = vocabulary.unread;
t = performance.now();
vocabulary.read(reader, Infinity);
const readMs = performance.now() - t;
gc();
const built = process.memoryUsage();
t = performance.now();
const queries = ['さとう', 'ぎかい', 'じょせつ', 'よさん', 'ちいき'];
const found = queries.map((q) => `${q}→${vocabulary.surfacesFor(q).join('/') || '-'}`);
const lookupMs = (performance.now() - t) / queries.length;
const mb = (n: number) => Math.round(n / 1e6);
console.log(
  JSON.stringify({
    notes,
    chars,
    loadMs: Math.round(loadMs),
    dictionaryHeapMB: mb(loaded.heapUsed - before.heapUsed),
    dictionaryRssMB: mb(loaded.rss - before.rss),
    scanMs: Math.round(scanMs),
    runs,
    readMs: Math.round(readMs),
    readings: vocabulary.readings,
    vocabularyHeapMB: mb(built.heapUsed - loaded.heapUsed),
    lookupMs: lookupMs.toFixed(3),
    found,
  }),
);
