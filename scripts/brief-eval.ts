/**
 * `npm run brief:eval`: recall and precision of the red pen's term detection on the corpus
 * (tuning part and held-out part), printed as one JSON line per part. `--verbose` lists misses.
 */
import { analyzeText } from '../common/brief/index';
import { heldOut, scoreCorpus, tuning, type CorpusText } from '../common/brief/corpus/index';

const verbose = process.argv.includes('--verbose');

function run(part: string, corpus: readonly CorpusText[]) {
  const score = scoreCorpus(corpus, (text) => analyzeText(text));
  const { missed, spurious, ...figures } = score;
  process.stdout.write(JSON.stringify({ part, ...figures }) + '\n');
  if (verbose) process.stdout.write(JSON.stringify({ part, missed, spurious }, null, 1) + '\n');
}

run('tuning', tuning);
run('held-out', heldOut);
