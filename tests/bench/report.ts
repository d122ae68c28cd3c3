/**
 * One benchmark figure, printed as one JSON line (the format `npm run bench` promises), and the
 * verdict on its targets. Every target says where it is meant to hold; a figure measured anywhere
 * else is printed beside the target for comparison but never fails the bench (the Node `sync`
 * bench on fake-indexeddb is not held to the 2.5× ratio meant for Chromium's IndexedDB).
 */

/** Where a figure was measured. */
export type Environment = 'node' | 'chromium';

/** An upper bound on one number of a figure. */
export interface Target {
  /** The figure's key the bound is on; `value` when omitted. */
  of?: string;
  /** The largest passing number (inclusive). */
  max: number;
  /**
   * Where the bound is meant to hold: `node` (the server), `chromium` (the app's renderer), or
   * `any` for pure computation that must meet it wherever it runs (brief analysis, text merge).
   */
  appliesTo: Environment | 'any';
}

export interface Figure {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  measuredIn: Environment;
  targets?: readonly Target[];
  [extra: string]: unknown;
}

/** A target as printed: whether this run judges it, and whether the figure meets it. */
export interface TargetVerdict {
  of: string;
  bound: string;
  appliesTo: Target['appliesTo'];
  judged: boolean;
  met: boolean;
}

/** Each target of the figure: judged only where it is meant to hold. */
export function verdicts(figure: Figure): TargetVerdict[] {
  return (figure.targets ?? []).map((target) => {
    const of = target.of ?? 'value';
    const number = figure[of];
    if (typeof number !== 'number') throw new Error(`${figure.bench}/${figure.metric}: no number "${of}"`);
    return {
      of,
      bound: `<= ${target.max}`,
      appliesTo: target.appliesTo,
      judged: target.appliesTo === 'any' || target.appliesTo === figure.measuredIn,
      met: number <= target.max,
    };
  });
}

/**
 * Prints the figure. A judged target that is missed is also said on stderr and sets the exit
 * code to 1 (a bench that calls `process.exit()` must call it without an argument to keep it).
 */
export function report(figure: Figure): void {
  const judged = verdicts(figure);
  const printed = { ...figure, targets: judged.length ? judged : undefined };
  process.stdout.write(JSON.stringify(printed) + '\n');
  for (const v of judged) {
    if (!v.judged || v.met) continue;
    process.stderr.write(
      `${figure.bench} ${figure.metric}: ${v.of} ${String(figure[v.of])} misses ${v.bound}\n`,
    );
    process.exitCode = 1;
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
