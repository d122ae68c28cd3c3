/**
 * `npm run brief:label-rates`: for each glossary word, in how many tuning texts it occurs and in how
 * many of them the corpus's readers marked it (`common/brief/corpus/labelRates.ts`). Prints the words
 * whose marking the readers contradict — marked words they leave unmarked in two of three texts,
 * everyday words they mark in two of three — as TSV (`--all`: every word), for a person to decide
 * what to move in `assets/glossary/src/everyday.txt`.
 */
import { buildContext } from '../common/brief/analyze';
import { tuning } from '../common/brief/corpus/index';
import { labelRates, oftenLabelled, rarelyLabelled } from '../common/brief/corpus/labelRates';
import { REGISTER_CATEGORY, VAGUE_CATEGORY } from '../common/brief/rules/jargon';
import { loadNodeAnalyser } from './brief-analyser';
import { optionsFor } from './brief-check';

const all = process.argv.includes('--all');
const analyser = await loadNodeAnalyser();
// Vague phrases (一定の, 早期に) are the vague-phrase rule's: they ask for specifics, not an explanation.
// Council-answer hedges (検討してまいります) stay marked whatever readers label: the issue asks that a
// company be told plainly that nothing is decided yet, which a reader of the words alone does not notice.
const exemptFromRates = new Set([VAGUE_CATEGORY, REGISTER_CATEGORY]);
const markable = (text: string) =>
  buildContext(text, optionsFor(analyser)).terms.filter((hit) => !exemptFromRates.has(hit.entry.category));
const rates = labelRates(tuning, markable);
process.stdout.write('term\teveryday\ttexts\tlabelled\tverdict\n');
for (const r of rates) {
  const verdict = rarelyLabelled(r) ? 'rarely-labelled' : oftenLabelled(r) ? 'often-labelled' : '';
  if (all || verdict)
    process.stdout.write(`${r.term}\t${r.everyday ? 'yes' : ''}\t${r.texts}\t${r.labelled}\t${verdict}\n`);
}
