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
import { scoreCorpus, tuning } from '../common/brief/corpus/index';
import { loadNodeAnalyser } from './brief-analyser';
import {
  crossValidate,
  evaluate,
  examples,
  figures,
  FOLDS,
  LAMBDAS,
  marked,
  prepare,
  train,
} from './brief-jargon-training';

const MODEL_PATH = fileURLToPath(new URL('../common/brief/rules/jargonModel.json', import.meta.url));

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
