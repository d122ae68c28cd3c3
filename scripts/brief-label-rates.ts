/**
 * `npm run brief:label-rates`: for each glossary word, in how many tuning texts it occurs and in how
 * many of them the corpus's readers marked it (`common/brief/corpus/labelRates.ts`). Prints the words
 * whose marking the readers contradict — marked words they leave unmarked in two of three texts,
 * everyday words they mark in two of three — as TSV (`--all`: every word), for a person to decide
 * what to move in `assets/glossary/src/everyday.txt`. `--forward` checks the verdicts forward in time
 * instead: for each of the last six tuning parts, rates from the parts before it judge every word
 * (listed everyday or not), and the table says how often the next part's readers then labelled it.
 */
import { buildContext } from '../common/brief/analyze';
import { tuning } from '../common/brief/corpus/index';
import {
  labelRates,
  MIN_TEXTS,
  oftenLabelled,
  rarelyLabelled,
  type LabelRate,
} from '../common/brief/corpus/labelRates';
import type { TermHit } from '../common/brief/types';
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
/** A text's part: its id without the number (f13-04 → f13); the parts follow each other in `tuning`. */
const partOf = (id: string) => id.replace(/-?\d+$/u, '');

/** Verdict on a word from earlier parts' rates, whatever list it is on now. */
function verdictOf(r: LabelRate | undefined): string {
  if (r === undefined) return 'unseen';
  const seen = r.texts < MIN_TEXTS ? `${r.labelled}/${r.texts}` : 'share';
  if (rarelyLabelled({ ...r, everyday: false })) return `rarely-labelled ${seen}`;
  if (oftenLabelled({ ...r, everyday: true })) return `often-labelled ${seen}`;
  return `other ${seen}`;
}

function forward() {
  const hits = new Map(tuning.map((t) => [t.id, markable(t.text)]));
  const cached = (text: string) => hits.get(tuning.find((t) => t.text === text)!.id) as TermHit[];
  const parts = [...new Set(tuning.map((t) => partOf(t.id)))];
  const tally = new Map<string, { texts: number; labelled: number }>();
  for (const part of parts.slice(-6)) {
    const first = tuning.findIndex((t) => partOf(t.id) === part);
    const before = new Map(labelRates(tuning.slice(0, first), cached).map((r) => [r.term, r]));
    for (const r of labelRates(
      tuning.filter((t) => partOf(t.id) === part),
      cached,
    )) {
      const key = verdictOf(before.get(r.term));
      const t = tally.get(key) ?? { texts: 0, labelled: 0 };
      tally.set(key, { texts: t.texts + r.texts, labelled: t.labelled + r.labelled });
    }
  }
  process.stdout.write('verdict from earlier parts\tlater texts\tlabelled\n');
  for (const [key, t] of [...tally].sort()) process.stdout.write(`${key}\t${t.texts}\t${t.labelled}\n`);
}

if (process.argv.includes('--forward')) forward();
else {
  const rates = labelRates(tuning, markable);
  process.stdout.write('term\teveryday\ttexts\tlabelled\tverdict\n');
  for (const r of rates) {
    const verdict = rarelyLabelled(r) ? 'rarely-labelled' : oftenLabelled(r) ? 'often-labelled' : '';
    if (all || verdict)
      process.stdout.write(`${r.term}\t${r.everyday ? 'yes' : ''}\t${r.texts}\t${r.labelled}\t${verdict}\n`);
  }
}
