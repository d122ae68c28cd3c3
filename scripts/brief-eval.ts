/**
 * `npm run brief:eval`: recall and precision of the red pen's term detection on the corpus
 * (tuning part and held-out part), with the morphological analyser (as the app runs it) and
 * without (the fallback). One JSON line per part; `--verbose` lists misses and false alarms.
 */
import { analyzeText } from '../common/brief/index';
import { heldOut, scoreCorpus, tuning, type CorpusText } from '../common/brief/corpus/index';
import type { MorphAnalyser } from '../common/brief/morph';
import { loadNodeAnalyser } from './brief-analyser';

const verbose = process.argv.includes('--verbose');

function run(part: string, corpus: readonly CorpusText[], analyser?: MorphAnalyser) {
  const score = scoreCorpus(corpus, (text) => analyzeText(text, analyser ? { analyser } : {}));
  const { missed, spurious, ...figures } = score;
  const mode = analyser ? 'kuromoji' : 'characters';
  process.stdout.write(JSON.stringify({ part, mode, ...figures }) + '\n');
  if (verbose) process.stdout.write(JSON.stringify({ part, mode, missed, spurious }) + '\n');
}

const analyser = await loadNodeAnalyser();
for (const a of [analyser, undefined]) {
  run('tuning', tuning, a);
  run('held-out', heldOut, a);
}
