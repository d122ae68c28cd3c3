/**
 * `npm run brief:train-jargon`: trains the unlisted-jargon scorer (a logistic regression over the
 * shape and slot features of `common/brief/rules/jargonCandidates.ts`) on the TUNING corpus only,
 * and writes its weights to `common/brief/rules/jargonModel.json`. The held-out and unseen parts are
 * never read here. The model learns from the general-only candidates (glossary reduced to its
 * everyday words: the glossary cannot have been grown for words it does not list), but it runs
 * beside the whole glossary. On most tuning texts that glossary already lists nearly every label
 * (it was grown from them), so the operating point is chosen where it does not: on the dev set
 * (fresh13 + fresh15, `isDevText`), scored as `brief:eval` scores the whole pen, with models trained
 * on the other tuning texts. The choice: the lowest threshold at which the dev precision stays
 * within one point of the pen without the scorer (`chooseOnDev`), for the lambda that finds most dev
 * labels there. The shipped model is then trained on all tuning texts with that lambda and threshold.
 * Deterministic: same corpus and code, same weights.
 * `--dry-run` prints the figures without writing the model; `--curve` the dev curve of the chosen
 * lambda (each part apart); `--cv` the earlier choice, by the whole pen's F1 cross-validated over
 * tuning texts (slow: ~20 min); `--verbose` cross-validated general-only mistakes per tuning text.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreCorpus, tuning } from '../common/brief/corpus/index';
import { loadNodeAnalyser } from './brief-analyser';
import {
  chooseOnDev,
  crossValidate,
  evaluate,
  examples,
  figures,
  FOLDS,
  fullCounts,
  isDevText,
  LAMBDAS,
  marked,
  prepare,
  train,
} from './brief-jargon-training';

const MODEL_PATH = fileURLToPath(new URL('../common/brief/rules/jargonModel.json', import.meta.url));
const flag = (name: string) => process.argv.includes(name);

const analyser = await loadNodeAnalyser();
const prepared = tuning.map((item) => prepare(item, analyser));
const all = examples(prepared);
process.stdout.write(
  `${all.length} candidates, ${all.filter((e) => e.label === 1).length} overlap a label\n`,
);
const best = chooseOnDev(prepared, all, LAMBDAS);
process.stdout.write(
  `chosen on the dev set: ${JSON.stringify({
    lambda: best.lambda,
    threshold: best.threshold,
    dev: figures(best.dev),
    withoutScorer: figures(best.without),
  })}\n`,
);
const byPart = (id: string) => id.slice(0, id.indexOf('-'));
const devParts = [...new Set(prepared.filter((p) => isDevText(p.item.id)).map((p) => byPart(p.item.id)))];
if (flag('--curve')) {
  const model = train(
    all.filter((e) => !isDevText(prepared[e.text]!.item.id)),
    best.lambda,
  );
  for (let t = 40; t >= -20; t--) {
    const threshold = t / 10;
    const row = devParts.map((part) => {
      const c = figures(
        fullCounts(
          prepared.filter((p) => byPart(p.item.id) === part),
          { ...model, threshold },
        ),
      );
      return `${part} ${c.recall}/${c.precision}`;
    });
    process.stdout.write(`  ${threshold}: ${row.join(', ')}\n`);
  }
}
if (flag('--cv'))
  for (const lambda of LAMBDAS) {
    const rows = crossValidate(prepared, all, lambda);
    const top = [...rows].sort((a, b) => b.full.f1 - a.full.f1)[0];
    const at = rows.find((r) => r.threshold === best.threshold);
    process.stdout.write(
      `cross-validated, lambda ${lambda}: best F1 ${JSON.stringify(top)}, at the dev choice ${JSON.stringify(at)}\n`,
    );
  }
const model = { ...train(all, best.lambda), threshold: best.threshold };
if (flag('--verbose')) {
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
const fit = evaluate(prepared, model);
process.stdout.write(
  `trained on all tuning texts: ${JSON.stringify({ plain: figures(fit.plain), full: figures(fit.full), ownMarks: fit.own.flagged })}\n`,
);
if (!flag('--dry-run')) {
  writeFileSync(MODEL_PATH, JSON.stringify(model, null, 2) + '\n');
  process.stdout.write(`wrote ${MODEL_PATH}\n`);
}
