/**
 * Three-way text merge on large texts (it runs inside the server's write lock and a client save
 * transaction, so it must stay bounded): a 1,000,000-character text edited at both ends, a
 * pathological 100,000-line rewrite (refused as a conflict), and the worst case under the caps.
 */
import { mergeText } from '../../common/sync/merge';
import { median, report } from './report';

function time(run: () => unknown, runs = 7): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 10) / 10;
}

let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const lines = Array.from({ length: 37_000 }, (_, i) => `第${i}行：市民の移動手段を確保するための取り組み\n`);
const base = lines.join('');
const ours = ['# 改\n', ...lines.slice(1)].join('');
const theirs = [...lines.slice(0, -1), '以上\n'].join('');
report({
  bench: 'merge',
  metric: 'merge_1m_chars_both_ends_median',
  value: time(() => mergeText(base, ours, theirs)),
  unit: 'ms',
  measuredIn: 'node',
  targets: [{ max: 200, appliesTo: 'any' }],
  chars: base.length,
});

const short = (n: number) => Array.from({ length: n }, () => `${Math.floor(rnd() * 8)}\n`).join('');
const [b, o, t] = [short(100_000), short(100_000), short(100_000)];
report({
  bench: 'merge',
  metric: 'merge_100k_line_rewrite_refused_median',
  value: time(() => mergeText(b, o, t), 3),
  unit: 'ms',
  measuredIn: 'node',
  targets: [{ max: 500, appliesTo: 'any' }],
});
