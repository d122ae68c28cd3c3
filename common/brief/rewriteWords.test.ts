import { describe, expect, it } from 'vitest';
import { isPolite } from './rewriteWords';

describe('isPolite', () => {
  it('judges the register by sentence endings only: headings without 。 have no say', () => {
    const text =
      '第5節 道路の維持管理\n1 現状と課題\n市道は総延長約1,240kmです。\n点検が進んでいます。\n2 施策の方向性\n3 成果指標\n修繕を急ぐ。';
    expect(isPolite(text)).toBe(true);
    expect(isPolite('市道は長い。点検が進んでいる。修繕を急ぎます。')).toBe(false);
  });
});
