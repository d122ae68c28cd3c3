/**
 * The learned jargon scorer: a logistic regression over the features of `jargonCandidates.ts`,
 * trained on the tuning corpus by `npm run brief:train-jargon` (scripts/brief-train-jargon.ts),
 * which also chose the threshold on the dev set fresh13 + fresh15 (the glossary was not grown from
 * them, so the whole pen there reads like an unseen part). Regenerate; do not edit.
 */
import model from './jargonModel.json';

/** Weights per feature name, a bias, and the score from which a candidate is marked. */
export interface JargonModel {
  bias: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

export const JARGON_MODEL: JargonModel = model;

/** The model's log-odds that a word with these features is jargon a company reader stumbles over. */
export function scoreFeatures(m: JargonModel, features: ReadonlyMap<string, number>): number {
  let z = m.bias;
  for (const [name, value] of features) z += (m.weights[name] ?? 0) * value;
  return z;
}
