/** One benchmark figure, printed as one JSON line (the format `npm run bench` promises). */
export interface Figure {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  [extra: string]: unknown;
}

export function report(figure: Figure): void {
  process.stdout.write(JSON.stringify(figure) + '\n');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
