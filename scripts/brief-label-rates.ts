/**
 * `npm run brief:label-rates`: for each glossary word, in how many tuning texts it occurs and in how
 * many of them the corpus's readers marked it (`common/brief/corpus/labelRates.ts`). Prints the words
 * whose marking the readers contradict — marked words they leave unmarked in two of three texts,
 * everyday words they mark in two of three — as TSV (`--all`: every word), for a person to decide
 * what to move in `assets/glossary/src/everyday.txt`; `--unlisted` prints only the marked words the
 * rule unlists, one a line, as they go to the end of that file. Where a tuning part has a second and
 * third reader (`labellers.ts`), their labels count too. `--forward` checks the verdicts forward in
 * time instead: for each of the last six tuning parts, rates from the parts before it judge every
 * word (listed everyday or not), and the table says how often the next part's writer, and in a part
 * read by three, any of its readers, then labelled it.
 */
import { buildContext } from '../common/brief/analyze';
import { tuning } from '../common/brief/corpus/index';
import { labelledAgain } from '../common/brief/corpus/labellers';
import {
  labelRates,
  MIN_TEXTS,
  oftenLabelled,
  rarelyLabelled,
  readersLeftIt,
  writersRarelyLabel,
  type LabelRate,
  type OtherReaders,
} from '../common/brief/corpus/labelRates';
import type { TermHit } from '../common/brief/types';
import { REGISTER_CATEGORY, VAGUE_CATEGORY } from '../common/brief/rules/jargon';
import { loadNodeAnalyser } from './brief-analyser';
import { optionsFor } from './brief-check';

const all = process.argv.includes('--all');
const unlisted = process.argv.includes('--unlisted');
const analyser = await loadNodeAnalyser();
// Vague phrases (一定の, 早期に) are the vague-phrase rule's: they ask for specifics, not an explanation.
// Council-answer hedges (検討してまいります) stay marked whatever readers label: the issue asks that a
// company be told plainly that nothing is decided yet, which a reader of the words alone does not notice.
const exemptFromRates = new Set([VAGUE_CATEGORY, REGISTER_CATEGORY]);
const markable = (text: string) =>
  buildContext(text, optionsFor(analyser)).terms.filter((hit) => !exemptFromRates.has(hit.entry.category));
/** A text's part: its id without the number (f13-04 → f13); the parts follow each other in `tuning`. */
const partOf = (id: string) => id.replace(/-?\d+$/u, '');

/**
 * The second and third readers of tuning texts. Readers who also labelled a part that is not tuning
 * (b and c: held-out and fresh5) are left out, so nothing of theirs is looked into.
 */
function otherReaders(): OtherReaders {
  const tuningIds = new Set(tuning.map((t) => t.id));
  const inTuning = (texts: readonly { id: string }[]) => texts.every((t) => tuningIds.has(t.id));
  const elsewhere = new Set(
    labelledAgain.filter((g) => !inTuning(g.texts)).flatMap((g) => g.sets.slice(1).map((s) => s.labeller)),
  );
  const readers = new Map<string, string[][]>();
  for (const group of labelledAgain) {
    const others = group.sets.slice(1);
    if (!inTuning(group.texts) || others.some((s) => elsewhere.has(s.labeller))) continue;
    for (const t of group.texts)
      readers.set(
        t.id,
        others.map((s) => [...(s.terms.get(t.id) ?? [])]),
      );
  }
  return readers;
}
const readers = otherReaders();

/** Verdict on a word from earlier parts' rates, whatever list it is on now. */
function verdictOf(r: LabelRate | undefined): string {
  if (r === undefined) return 'unseen';
  const seen = r.texts < MIN_TEXTS ? `${r.labelled}/${r.texts}` : 'share';
  if (writersRarelyLabel({ ...r, everyday: false })) return `rarely-labelled ${seen}`;
  if (readersLeftIt({ ...r, everyday: false })) return 'no reader of three in the latest 2';
  if (oftenLabelled({ ...r, everyday: true })) return `often-labelled ${seen}`;
  if (r.readerVotes.length === 1 && r.readerVotes[0] === 0) return `other ${seen}, no reader of three`;
  return `other ${seen}`;
}

function forward() {
  const hits = new Map(tuning.map((t) => [t.id, markable(t.text)]));
  const cached = (text: string) => hits.get(tuning.find((t) => t.text === text)!.id) as TermHit[];
  const parts = [...new Set(tuning.map((t) => partOf(t.id)))];
  const tally = new Map<string, { texts: number; labelled: number; readTexts: number; anyReader: number }>();
  for (const part of parts.slice(-6)) {
    const first = tuning.findIndex((t) => partOf(t.id) === part);
    const before = new Map(labelRates(tuning.slice(0, first), cached, readers).map((r) => [r.term, r]));
    for (const r of labelRates(
      tuning.filter((t) => partOf(t.id) === part),
      cached,
      readers,
    )) {
      const key = `${part}\t${verdictOf(before.get(r.term))}`;
      const t = tally.get(key) ?? { texts: 0, labelled: 0, readTexts: 0, anyReader: 0 };
      tally.set(key, {
        texts: t.texts + r.texts,
        labelled: t.labelled + r.labelled,
        readTexts: t.readTexts + r.readerVotes.length,
        anyReader: t.anyReader + r.readerVotes.filter((v) => v > 0).length,
      });
    }
  }
  process.stdout.write(
    'part\tverdict from earlier parts\tlater texts\tlabelled by the writer\tread by three\tlabelled by any of them\n',
  );
  for (const [key, t] of [...tally].sort())
    process.stdout.write(`${key}\t${t.texts}\t${t.labelled}\t${t.readTexts}\t${t.anyReader}\n`);
}

if (process.argv.includes('--forward')) forward();
else if (unlisted) {
  for (const r of labelRates(tuning, markable, readers))
    if (rarelyLabelled(r)) process.stdout.write(`${r.term}\n`);
} else {
  const rates = labelRates(tuning, markable, readers);
  process.stdout.write('term\teveryday\ttexts\tlabelled\treaders of three\tverdict\n');
  for (const r of rates) {
    const verdict = writersRarelyLabel(r)
      ? 'rarely-labelled'
      : readersLeftIt(r)
        ? 'no reader of three in the latest 2'
        : oftenLabelled(r)
          ? 'often-labelled'
          : '';
    if (all || verdict)
      process.stdout.write(
        `${r.term}\t${r.everyday ? 'yes' : ''}\t${r.texts}\t${r.labelled}\t${r.readerVotes.join(' ')}\t${verdict}\n`,
      );
  }
}
