import { describe, expect, it } from 'vitest';
import { verdicts, type Figure } from './report';

const figure = (measuredIn: Figure['measuredIn'], targets: Figure['targets']): Figure => ({
  bench: 'sync',
  metric: 'initial_push_10k',
  value: 2400,
  unit: 'ms',
  ratioToBulkPut: 6.1,
  measuredIn,
  targets,
});

describe('bench targets', () => {
  const chromiumTargets = [
    { max: 2000, appliesTo: 'chromium' },
    { of: 'ratioToBulkPut', max: 2.5, appliesTo: 'chromium' },
  ] as const;

  it('shows a Chromium target beside a Node figure without judging it', () => {
    expect(verdicts(figure('node', chromiumTargets))).toEqual([
      { of: 'value', bound: '<= 2000', appliesTo: 'chromium', judged: false, met: false },
      { of: 'ratioToBulkPut', bound: '<= 2.5', appliesTo: 'chromium', judged: false, met: false },
    ]);
  });

  it('judges a target where it is meant to hold, and an "any" target everywhere', () => {
    expect(verdicts(figure('chromium', chromiumTargets)).map((v) => [v.judged, v.met])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(verdicts(figure('node', [{ max: 3000, appliesTo: 'any' }]))).toEqual([
      { of: 'value', bound: '<= 3000', appliesTo: 'any', judged: true, met: true },
    ]);
  });

  it('refuses a target on a number the figure does not have', () => {
    expect(() => verdicts(figure('node', [{ of: 'ratio', max: 1, appliesTo: 'node' }]))).toThrow(
      /no number "ratio"/,
    );
  });
});
