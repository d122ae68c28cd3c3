/**
 * `npm run brief:eval`: recall and precision of the red pen's term detection on each corpus part
 * (tuning, held-out, dev, unseen: see `common/brief/corpus/index.ts`), with the morphological
 * analyser (as the app runs it) and without (the fallback), then rewrite coverage. One JSON line
 * per figure; `--verbose` lists misses and false alarms of the tuning part only (the other parts
 * are never looked into). With kuromoji, the tuning and held-out parts are scored again for the
 * issue reader 「官民連携に慣れた企業」 (one extra line each, `"reader":"savvy"`): the labels were
 * written for a newcomer, so this line shows what leaving the business-known words unmarked costs
 * and gains against them.
 */
import { buildContext } from '../common/brief/analyze';
import { analyzeText } from '../common/brief/index';
import { politeForm } from '../common/brief/humbleEndings';
import { kanjiCompoundRule } from '../common/brief/rules/kanjiCompound';
import { unlistedJargonRule } from '../common/brief/rules/unlistedJargon';
import { compareLabels, consensus } from '../common/brief/corpus/agreement';
import { corpusParts, scoreCorpus, type CorpusPart, type CorpusText } from '../common/brief/corpus/index';
import { labelledAgain, type LabelledAgain } from '../common/brief/corpus/labellers';
import type { MorphAnalyser } from '../common/brief/morph';
import type { BriefReader } from '../common/brief/reader';
import { rewriteForCompany, type RewriteChange } from '../common/brief/rewrite';
import { maskText, segment, visibleLength } from '../common/brief/text';
import { loadNodeAnalyser } from './brief-analyser';
import { optionsFor } from './brief-check';

const verbose = process.argv.includes('--verbose');
/**
 * `--part NAME` (repeatable) scores only those parts, so work on the tuning part never prints an
 * unseen part's figures by accident; without it every part is scored.
 */
const chosenParts = process.argv.flatMap((arg, i, all) => (all[i - 1] === '--part' ? [arg] : []));
const chosen = (name: string) => chosenParts.length === 0 || chosenParts.includes(name);
const parts = corpusParts.filter((p) => chosen(p.name));
const print = (line: object) => process.stdout.write(JSON.stringify(line) + '\n');

function detection(part: CorpusPart, analyser?: MorphAnalyser, reader?: BriefReader) {
  const score = scoreCorpus(part.texts, (text) => analyzeText(text, optionsFor(analyser, reader)));
  const { missed, spurious, ...figures } = score;
  const mode = analyser ? 'kuromoji' : 'characters';
  const label = reader === 'public-sector-savvy' ? { reader: 'savvy' } : {};
  print({ part: part.name, mode, ...label, ...figures });
  if (verbose && part.role === 'tuning') print({ part: part.name, mode, ...label, missed, spurious });
}

/** The second reader is scored on tuning and held-out only: unseen parts are scored once, as they are. */
const READER_ROLES: ReadonlySet<CorpusPart['role']> = new Set(['tuning', 'held-out']);

/**
 * The general detectors alone, as if the glossary held only its everyday words: how much of the
 * register is found by shape, without the term being listed (what generalises to unseen texts).
 */
function generalOnly(text: string, analyser: MorphAnalyser) {
  const ctx = buildContext(text, { analyser });
  const plain = { ...ctx, terms: ctx.terms.filter((t) => t.entry.everyday) };
  return [...kanjiCompoundRule.check(plain), ...unlistedJargonRule.check(plain)];
}

function generalDetection(part: CorpusPart, analyser: MorphAnalyser) {
  const { missed, spurious, ...figures } = scoreCorpus(part.texts, (text) => generalOnly(text, analyser));
  print({ part: part.name, mode: 'general-only', ...figures });
  if (verbose && part.role === 'tuning') print({ part: part.name, mode: 'general-only', missed, spurious });
}

const longCount = (text: string) =>
  segment(text, maskText(text)).sentences.filter((s) => s.kind !== 'heading' && visibleLength(s.masked) > 60)
    .length;

/**
 * An explanation sentence (用語とは、… or, for a council-answer phrase, 「注視」とは、…) or ※ line
 * (※用語：…) for the labelled term or the glossary term inside it.
 */
function notesTerm(after: string, label: string): boolean {
  // 宅地建物取引業者を宅建業者といいます。: an abbreviation's full form, said before it.
  const named = /を([^を。]+)と(?:いいます|いう)。$/u.exec(after)?.[1];
  // ※計上：予算に入れること: a block's notes as ※ lines at its end (〜 where a particle-led term's noun
  // goes), on a line after it or, where the block ends inside a line, before the text that goes on.
  const footnote = /^\n?※〜?([^：\n]+)：/u.exec(after)?.[1];
  // 「〜に資する」とは、: a term that opens with a particle is quoted with 〜 where its noun goes.
  const term = named ?? footnote ?? (after.split('とは、')[0] ?? '').replace(/^「〜?(.*)」$/u, '$1');
  // A council phrase is quoted as the rewrite says its ending (研究してまいります → 「研究していきます」).
  return term !== '' && [label, politeForm(label)].some((l) => l.includes(term) || term.includes(l));
}

/** A note the rewrite wrote as a sentence of its own in the body (用語とは、…。, 「注視」とは、…). */
const NOTE_SENTENCE = /^[^、。\s]{1,40}とは、[^。]*(?:です|である)。$/u;

/** Runs of three or more note sentences in a row (they bury the text), and the longest run. */
function noteRuns(rewritten: string): { runs: number; longest: number } {
  let runs = 0;
  let longest = 0;
  let run = 0;
  const close = () => {
    if (run >= 3) runs++;
    longest = Math.max(longest, run);
    run = 0;
  };
  for (const s of segment(rewritten, maskText(rewritten)).sentences) {
    if (NOTE_SENTENCE.test(s.text.trim())) run++;
    else close();
  }
  close();
  return { runs, longest };
}

/**
 * Where the rewrite's notes sit: runs of ※ lines it added (a wall of them hides the text they
 * follow), and for each note (※ line or 用語とは、… sentence) how many characters of the rewritten
 * text lie between its term's first use and the note.
 */
function notePlaces(original: string, rewritten: string): { blocks: number[]; distances: number[] } {
  const own = new Set(original.split('\n').filter((l) => l.startsWith('※')));
  const blocks: number[] = [];
  const distances: number[] = [];
  let run = 0;
  let offset = 0;
  const distance = (term: string, at: number) => {
    const word = term.replace(/^「?〜?|」$/gu, '');
    const first = word === '' ? -1 : rewritten.indexOf(word);
    if (first >= 0 && first < at) distances.push(at - (first + word.length));
  };
  for (const line of [...rewritten.split('\n'), '']) {
    const added = line.startsWith('※') && !own.has(line);
    if (added) {
      run++;
      distance(/^※([^：]+)：/u.exec(line)?.[1] ?? '', offset);
    } else if (run > 0) {
      blocks.push(run);
      run = 0;
    }
    offset += line.length + 1;
  }
  for (const m of rewritten.matchAll(/(?<=^|[。\n])([^、。\s]{1,40})とは、[^。\n]*(?:です|である)。/gu))
    distance(m[1]!, m.index + (m[0].length - m[0].trimStart().length));
  return { blocks, distances };
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** How much of the corpus the rewrite makes readable: terms explained, long sentences cut. */
function rewriteCoverage(part: string, corpus: readonly CorpusText[], analyser: MorphAnalyser) {
  let labelled = 0;
  let explained = 0;
  let longBefore = 0;
  let longAfter = 0;
  let changes = 0;
  let stable = 0;
  let runsOf3 = 0;
  let longestRun = 0;
  let footnotes = 0;
  let textsOver5 = 0;
  let blocksOver5 = 0;
  let longestBlock = 0;
  const distances: number[] = [];
  for (const item of corpus) {
    const result = rewriteForCompany(item.text, { analyser });
    changes += result.changes.length;
    for (const term of item.terms) {
      labelled++;
      const at = item.text.indexOf(term);
      const explains = (c: RewriteChange) =>
        (c.rule === 'jargon' || c.rule === 'abbreviation-first') &&
        ((c.start < at + term.length && at < c.end) || (c.before === '' && notesTerm(c.after, term)));
      if (result.changes.some(explains)) explained++;
    }
    longBefore += longCount(item.text);
    longAfter += result.unsplit.length;
    const { runs, longest } = noteRuns(result.rewritten);
    runsOf3 += runs;
    longestRun = Math.max(longestRun, longest);
    footnotes += [...result.rewritten.matchAll(/^※/gmu)].length - [...item.text.matchAll(/^※/gmu)].length;
    const places = notePlaces(item.text, result.rewritten);
    const over = places.blocks.filter((b) => b > 5).length;
    blocksOver5 += over;
    if (over > 0) textsOver5++;
    longestBlock = Math.max(longestBlock, ...places.blocks);
    distances.push(...places.distances);
    if (rewriteForCompany(result.rewritten, { analyser }).changes.length === 0) stable++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((1000 * a) / b) / 1000);
  print({
    part,
    rewrite: true,
    changes,
    termsExplained: ratio(explained, labelled),
    longSentencesBefore: longBefore,
    longSentencesAfter: longAfter,
    unchangedOnSecondRewrite: `${stable}/${corpus.length}`,
    noteRunsOf3: runsOf3,
    longestNoteRun: longestRun,
    footnoteLines: footnotes,
    textsWithNoteBlockOver5: textsOver5,
    noteBlocksOver5: blocksOver5,
    longestNoteBlock: longestBlock,
    termToNoteMedian: percentile(distances, 50),
    termToNoteP90: percentile(distances, 90),
  });
}

/**
 * Texts labelled again by readers who saw no other label: each pair of readers (how far careful
 * readers agree), then the pen against each reader and against the words any, most or all marked.
 */
function agreement({ name, texts, sets }: LabelledAgain, analyser: MorphAnalyser) {
  sets.forEach((reference, i) =>
    sets.slice(i + 1).forEach((candidate) => {
      const figures = compareLabels(texts, reference, candidate);
      print({ part: name, agreement: `${candidate.labeller} vs ${reference.labeller}`, ...figures });
    }),
  );
  const pen = (text: string) => analyzeText(text, optionsFor(analyser));
  const against = (label: string, labelled: readonly CorpusText[]) => {
    const { missed: _missed, spurious: _spurious, ...figures } = scoreCorpus(labelled, pen);
    print({ part: name, agreement: `pen vs ${label}`, ...figures });
  };
  for (const set of sets)
    against(
      set.labeller,
      texts.map((t) => ({ ...t, terms: [...(set.terms.get(t.id) ?? [])] })),
    );
  const votes = [
    ['any', 1],
    ['most', Math.floor(sets.length / 2) + 1],
    ['all', sets.length],
  ] as const;
  for (const [label, minVotes] of votes)
    against(`${label} of ${sets.length}`, consensus(texts, sets, minVotes));
}

const analyser = await loadNodeAnalyser();
// `--rewrite-only`: the rewrite's figures alone (a minute instead of several on a busy machine).
const rewriteOnly = process.argv.includes('--rewrite-only');
for (const p of rewriteOnly ? [] : parts) {
  detection(p, analyser);
  if (READER_ROLES.has(p.role)) detection(p, analyser, 'public-sector-savvy');
}
for (const p of rewriteOnly ? [] : parts) detection(p);
for (const p of rewriteOnly ? [] : parts) generalDetection(p, analyser);
for (const p of parts) rewriteCoverage(p.name, p.texts, analyser);
for (const group of labelledAgain.filter((g) => chosen(g.name) && !rewriteOnly)) agreement(group, analyser);
