/**
 * `npm run brief:train-jargon`: trains the unlisted-jargon scorer (a logistic regression over the
 * shape and slot features of `common/brief/rules/jargonCandidates.ts`) on the TUNING corpus only,
 * and writes its weights to `common/brief/rules/jargonModel.json`. The held-out parts are never
 * read here. The regularisation and the threshold are chosen by cross-validation over tuning
 * texts (folds by text, so a word repeated in one text cannot leak into its own test fold), scored
 * exactly as `brief:eval` scores the rule: general-only (glossary reduced to its everyday words)
 * and with the full glossary. The model learns from the general-only candidates (the glossary
 * cannot have been grown for words it does not list), but it runs beside the whole glossary, so
 * the operating point is the one with the best cross-validated F1 of the whole pen (full mode).
 * Deterministic: same corpus and code, same weights.
 * `--dry-run` prints the cross-validation figures without writing the model.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeText, buildContext, dedupe } from '../common/brief/analyze';
import { scoreCorpus, tuning, type CorpusText } from '../common/brief/corpus/index';
import type { MorphAnalyser } from '../common/brief/morph';
import { scoreFeatures, type JargonModel } from '../common/brief/rules/jargonModel';
import { kanjiCompoundRule } from '../common/brief/rules/kanjiCompound';
import {
  markedCandidates,
  scoredCandidates,
  unlistedJargon,
  UNLISTED_JARGON_RULE,
  type ScoredCandidate,
} from '../common/brief/rules/unlistedJargon';
import { ALL_RULES } from '../common/brief/rules';
import type { Finding, RuleContext } from '../common/brief/types';
import { loadNodeAnalyser } from './brief-analyser';

const FOLDS = 7;
/** Cross-validation repeated over differently shuffled folds: 21 texts make one split noisy. */
const REPEATS = 3;
/** Regularisation strengths tried; JARGON_LAMBDAS=0.001,0.003 narrows a slow exploratory run. */
const LAMBDAS = (process.env.JARGON_LAMBDAS ?? '0.001,0.003,0.01').split(',').map(Number);
/** Feature-name prefixes left out of training (ablation while choosing features). */
const DROP = (process.env.JARGON_DROP ?? '').split(',').filter((p) => p !== '');
const THRESHOLDS = Array.from({ length: 61 }, (_, i) => -2 + i * 0.1);
const MODEL_PATH = fileURLToPath(new URL('../common/brief/rules/jargonModel.json', import.meta.url));

interface Example {
  text: number;
  features: Map<string, number>;
  label: number;
}

interface Prepared {
  item: CorpusText;
  /** Glossary reduced to its everyday words: what generalises to unseen texts. */
  plain: RuleContext;
  full: RuleContext;
  /** Findings of the term rules other than the scorer, in each mode. */
  plainOthers: Finding[];
  fullOthers: Finding[];
  /** The scorer's candidates in each mode, with their features (scores are set per model). */
  plainCandidates: ScoredCandidate[];
  fullCandidates: ScoredCandidate[];
  /** The rule's hedged-promise findings (they do not depend on the model). */
  plainHedges: Finding[];
  fullHedges: Finding[];
}

const span = (f: { start: number; end: number }) => ({ start: f.start, end: f.end });

function prepare(item: CorpusText, analyser: MorphAnalyser): Prepared {
  const full = buildContext(item.text, { analyser });
  const plain = { ...full, terms: full.terms.filter((t) => t.entry.everyday) };
  const fullOthers = analyzeText(item.text, {
    analyser,
    rules: ALL_RULES.map((r) => r.id).filter((id) => id !== UNLISTED_JARGON_RULE),
  });
  const plainOthers = kanjiCompoundRule.check(plain);
  const knownPlain = [...plain.terms.map(span), ...plainOthers.map(span)];
  const knownFull = [...full.terms.map(span), ...kanjiCompoundRule.check(full).map(span)];
  return {
    item,
    plain,
    full,
    plainOthers,
    fullOthers,
    plainCandidates: scoredCandidates(plain, knownPlain, EMPTY_MODEL, true),
    fullCandidates: scoredCandidates(full, knownFull, EMPTY_MODEL, true),
    plainHedges: unlistedJargon(plain, knownPlain, EMPTY_MODEL),
    fullHedges: unlistedJargon(full, knownFull, EMPTY_MODEL),
  };
}

const EMPTY_MODEL: JargonModel = { bias: 0, threshold: Infinity, weights: {} };

/** What the rule marks among `scored` with `model`, as findings (only their spans are scored). */
function marked(scored: readonly ScoredCandidate[], model: JargonModel): Finding[] {
  const rescored = scored.map((c) => ({ ...c, score: scoreFeatures(model, c.features!) }));
  return markedCandidates(rescored, model.threshold).map((c) => ({
    rule: UNLISTED_JARGON_RULE,
    start: c.start,
    end: c.end,
    text: c.word,
    message: '',
    suggestion: null,
  }));
}

function examples(prepared: readonly Prepared[]): Example[] {
  const out: Example[] = [];
  prepared.forEach((p, text) => {
    const labels = p.item.terms.flatMap((term) => {
      const spans: { start: number; end: number }[] = [];
      for (let at = p.item.text.indexOf(term); at !== -1; at = p.item.text.indexOf(term, at + 1))
        spans.push({ start: at, end: at + term.length });
      return spans;
    });
    for (const c of p.plainCandidates) {
      if (c.heading || !c.features) continue;
      const label = labels.some((l) => l.start < c.end && c.start < l.end) ? 1 : 0;
      const features = new Map([...c.features].filter(([n]) => !DROP.some((p) => n.startsWith(p))));
      out.push({ text, features, label });
    }
  });
  return out;
}

/** L2-regularised logistic regression by full-batch gradient descent (small data, deterministic). */
function train(data: readonly Example[], lambda: number): JargonModel {
  const names = [...new Set(data.flatMap((e) => [...e.features.keys()]))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = data.map((e) => [...e.features].map(([n, v]) => [index.get(n)!, v] as const));
  const w = new Float64Array(names.length);
  let bias = 0;
  const rate = 1;
  for (let iter = 0; iter < 600; iter++) {
    const grad = new Float64Array(names.length);
    let gBias = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const [j, v] of row) z += w[j]! * v;
      const err = 1 / (1 + Math.exp(-z)) - data[i]!.label;
      gBias += err;
      for (const [j, v] of row) grad[j]! += err * v;
    });
    for (let j = 0; j < w.length; j++) w[j]! -= rate * (grad[j]! / rows.length + lambda * w[j]!);
    bias -= (rate * gBias) / rows.length;
  }
  const weights: Record<string, number> = {};
  names.forEach((n, j) => {
    const v = Math.round(w[j]! * 1000) / 1000;
    if (v !== 0) weights[n] = v;
  });
  return { bias: Math.round(bias * 1000) / 1000, threshold: 0, weights };
}

interface Counts {
  labelled: number;
  found: number;
  flagged: number;
  correct: number;
}

const add = (a: Counts, b: Counts): Counts => ({
  labelled: a.labelled + b.labelled,
  found: a.found + b.found,
  flagged: a.flagged + b.flagged,
  correct: a.correct + b.correct,
});
const zero: Counts = { labelled: 0, found: 0, flagged: 0, correct: 0 };

function figures(c: Counts) {
  const recall = c.labelled === 0 ? 0 : c.found / c.labelled;
  const precision = c.flagged === 0 ? 0 : c.correct / c.flagged;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return { recall: pct(recall), precision: pct(precision), f1: pct(f1) };
}

/** Scores the rule with `model` over `part`, in the general-only and the full mode. */
function evaluate(
  part: readonly Prepared[],
  model: JargonModel,
): { plain: Counts; full: Counts; own: Counts } {
  const items = part.map((p) => p.item);
  const byText = new Map(part.map((p) => [p.item.text, p]));
  const plain = scoreCorpus(items, (text) => {
    const p = byText.get(text)!;
    return [...p.plainOthers, ...marked(p.plainCandidates, model), ...p.plainHedges];
  });
  const full = scoreCorpus(items, (text) => {
    const p = byText.get(text)!;
    return dedupe([...p.fullOthers, ...marked(p.fullCandidates, model), ...p.fullHedges]);
  });
  // The rule's own marks beside the whole glossary: how often the words it adds are terms.
  const own = scoreCorpus(items, (text) => marked(byText.get(text)!.fullCandidates, model));
  return { plain, full, own };
}

/** The fold of text `i` in repeat `r`: a fixed shuffle per repeat (repeat 0 is i mod FOLDS). */
const foldCache = new Map<string, number[]>();
function foldOf(i: number, r: number, n: number): number {
  const key = `${r}/${n}`;
  const cached = foldCache.get(key);
  if (cached) return cached[i]!;
  const order = Array.from({ length: n }, (_, k) => k);
  let seed = 12345 + r;
  for (let k = n - 1; k > 0 && r > 0; k--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (k + 1);
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  const folds = Array.from({ length: n }, (_, k) => order.indexOf(k) % FOLDS);
  foldCache.set(key, folds);
  return folds[i]!;
}

function crossValidate(prepared: readonly Prepared[], all: readonly Example[], lambda: number) {
  const plain = THRESHOLDS.map(() => zero);
  const full = THRESHOLDS.map(() => zero);
  const own = THRESHOLDS.map(() => zero);
  const n = prepared.length;
  for (let r = 0; r < REPEATS; r++)
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = train(
        all.filter((e) => foldOf(e.text, r, n) !== fold),
        lambda,
      );
      const test = prepared.filter((_, i) => foldOf(i, r, n) === fold);
      THRESHOLDS.forEach((threshold, t) => {
        const res = evaluate(test, { ...model, threshold });
        plain[t] = add(plain[t]!, res.plain);
        full[t] = add(full[t]!, res.full);
        own[t] = add(own[t]!, res.own);
      });
    }
  return THRESHOLDS.map((threshold, t) => ({
    threshold: Math.round(threshold * 10) / 10,
    plain: figures(plain[t]!),
    full: figures(full[t]!),
    own: figures(own[t]!),
  }));
}

const analyser = await loadNodeAnalyser();
const prepared = tuning.map((item) => prepare(item, analyser));
const all = examples(prepared);
process.stdout.write(
  `${all.length} candidates, ${all.filter((e) => e.label === 1).length} overlap a label\n`,
);
let best = { lambda: LAMBDAS[0]!, threshold: 0, score: -1 };
for (const lambda of LAMBDAS) {
  const rows = crossValidate(prepared, all, lambda);
  // Beside the glossary most of its marks are plain descriptions (the curve's `own` column), so the
  // whole pen's F1 decides, not the rule's precision as if there were no glossary.
  for (const row of rows)
    if (row.full.f1 > best.score) best = { lambda, threshold: row.threshold, score: row.full.f1 };
  const top = [...rows].sort((a, b) => b.full.f1 - a.full.f1).slice(0, 2);
  process.stdout.write(`lambda ${lambda}: ${JSON.stringify(top)}\n`);
}
const cv = crossValidate(prepared, all, best.lambda).find((r) => r.threshold === best.threshold);
process.stdout.write(`chosen ${JSON.stringify({ lambda: best.lambda, ...cv })}\n`);
if (process.argv.includes('--curve'))
  for (const row of crossValidate(prepared, all, best.lambda))
    process.stdout.write(
      `  ${row.threshold}: general ${row.plain.recall}/${row.plain.precision}, full ${row.full.recall}/${row.full.precision}, own marks beside the glossary ${row.own.precision} %\n`,
    );
const model = { ...train(all, best.lambda), threshold: best.threshold };
const fit = evaluate(prepared, model);
if (process.argv.includes('--verbose')) {
  // Cross-validated mistakes on tuning texts (each text scored by a model that never saw it).
  for (let fold = 0; fold < FOLDS; fold++) {
    const m = {
      ...train(
        all.filter((e) => e.text % FOLDS !== fold),
        best.lambda,
      ),
      threshold: best.threshold,
    };
    for (const p of prepared.filter((_, i) => i % FOLDS === fold)) {
      const { missed, spurious } = scoreCorpus([p.item], () => [
        ...p.plainOthers,
        ...marked(p.plainCandidates, m),
        ...p.plainHedges,
      ]);
      process.stdout.write(`${p.item.id} missed: ${missed.join(' ')}\n   spurious: ${spurious.join(' ')}\n`);
    }
  }
}
process.stdout.write(
  `trained on all tuning texts: ${JSON.stringify({ plain: figures(fit.plain), full: figures(fit.full) })}\n`,
);
if (!process.argv.includes('--dry-run')) {
  writeFileSync(MODEL_PATH, JSON.stringify(model, null, 2) + '\n');
  process.stdout.write(`wrote ${MODEL_PATH}\n`);
}
