/**
 * How far independent labellers agree on which words a company reader stumbles over: the ceiling a
 * detector can reach against any one of them. Terms are compared by overlap of their occurrences,
 * as the detector is scored (`evaluate.ts`), so 動向を注視 and 注視 agree.
 */
import { occurrences, overlaps, type CorpusText, type Span } from './evaluate';

/** One labeller's terms per text id. */
export interface LabelSet {
  labeller: string;
  terms: ReadonlyMap<string, readonly string[]>;
}

export interface Agreement {
  /** Terms of the reference that some candidate term overlaps, as a share of the reference's. */
  recall: number;
  /** Terms of the candidate that overlap some reference term, as a share of the candidate's. */
  precision: number;
  f1: number;
  referenceTerms: number;
  candidateTerms: number;
}

const round = (x: number) => Math.round(1000 * x) / 1000;

const spansOf = (text: string, terms: readonly string[]): Span[][] => terms.map((t) => occurrences(text, t));

const touches = (spans: readonly Span[], others: readonly Span[][]) =>
  others.some((o) => o.some((b) => spans.some((a) => overlaps(a, b))));

/** Scores `candidate`'s labels against `reference`'s over the texts both labelled. */
export function compareLabels(
  texts: readonly CorpusText[],
  reference: LabelSet,
  candidate: LabelSet,
): Agreement {
  let referenceTerms = 0;
  let candidateTerms = 0;
  let recalled = 0;
  let agreed = 0;
  for (const { id, text } of texts) {
    const ref = reference.terms.get(id);
    const cand = candidate.terms.get(id);
    if (!ref || !cand) continue;
    const refSpans = spansOf(text, ref);
    const candSpans = spansOf(text, cand);
    referenceTerms += ref.length;
    candidateTerms += cand.length;
    recalled += refSpans.filter((s) => touches(s, candSpans)).length;
    agreed += candSpans.filter((s) => touches(s, refSpans)).length;
  }
  const r = referenceTerms === 0 ? 0 : recalled / referenceTerms;
  const p = candidateTerms === 0 ? 0 : agreed / candidateTerms;
  const f1 = r + p === 0 ? 0 : (2 * r * p) / (r + p);
  return { recall: round(r), precision: round(p), f1: round(f1), referenceTerms, candidateTerms };
}

/**
 * The terms at least `minVotes` labellers agree on, per text: labels are grouped by overlapping
 * occurrences (a group holds every label touching another of it); a group with labels from enough
 * labellers keeps the wording most of them chose (ties: the shortest, the core word).
 */
export function consensus(
  texts: readonly CorpusText[],
  sets: readonly LabelSet[],
  minVotes: number,
): CorpusText[] {
  const out: CorpusText[] = [];
  for (const item of texts) {
    if (sets.some((set) => !set.terms.has(item.id))) continue;
    const labels = sets.flatMap((set) =>
      (set.terms.get(item.id) ?? []).map((term) => ({
        labeller: set.labeller,
        term,
        spans: occurrences(item.text, term),
      })),
    );
    const group = labels.map((_, i) => i);
    const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i] ?? i)));
    labels.forEach((a, i) =>
      labels.forEach((b, j) => {
        if (j > i && a.spans.some((s) => b.spans.some((t) => overlaps(s, t)))) group[find(j)] = find(i);
      }),
    );
    const groups = new Map<number, typeof labels>();
    labels.forEach((label, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), label]));
    const terms: string[] = [];
    for (const members of groups.values()) {
      if (new Set(members.map((m) => m.labeller)).size < minVotes) continue;
      const votes = new Map<string, number>();
      for (const m of members) votes.set(m.term, (votes.get(m.term) ?? 0) + 1);
      const [best] = [...votes].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
      if (best && !terms.includes(best[0])) terms.push(best[0]);
    }
    out.push({ ...item, terms });
  }
  return out;
}
