/**
 * Brief engine speed: analyse a realistic 5,000-character municipal issue after warm-up.
 * Target (issue 3): ≤ 30 ms median. Also reports readiness scoring, which runs on every keystroke.
 */
import { analyzeText, scoreReadiness } from '../../common/brief/index';
import { BRIEF_MD, RAW_CHOJU, RAW_HOIKU, RAW_MIMAMORI } from '../../common/brief/fixtures/issues';
import { median, report } from './report';

const RUNS = 60;
const WARMUP = 10;

/** ~5,000 characters of mixed raw issue text and markdown brief, the size a long issue reaches. */
function sample(): string {
  const parts = [RAW_MIMAMORI, BRIEF_MD, RAW_CHOJU, RAW_HOIKU];
  let text = '';
  for (let i = 0; text.length < 5000; i++) text += parts[i % parts.length] + '\n\n';
  return text.slice(0, 5000);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(fn: () => unknown): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

const text = sample();
const findings = analyzeText(text).length;
const analyse = time(() => analyzeText(text));
const round = (n: number) => Math.round(n * 100) / 100;
report({
  bench: 'brief',
  metric: 'analyze-5000-median',
  value: round(median(analyse)),
  unit: 'ms',
  measuredIn: 'node',
  targets: [{ max: 30, appliesTo: 'any' }],
  chars: text.length,
  findings,
  runs: RUNS,
});
report({
  bench: 'brief',
  metric: 'analyze-5000-p95',
  value: round(percentile(analyse, 95)),
  unit: 'ms',
  measuredIn: 'node',
  runs: RUNS,
});
const readiness = time(() => scoreReadiness({ rawText: text }, text));
report({
  bench: 'brief',
  metric: 'readiness-5000-median',
  value: round(median(readiness)),
  unit: 'ms',
  measuredIn: 'node',
  runs: RUNS,
});
