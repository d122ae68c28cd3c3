import { describe, expect, it } from 'vitest';
import type { RewriteChange } from '../../../../common/brief/rewrite';
import { changeLead } from './changeContext';

const source =
  '【背景】\n本市においては、地域コミュニティの担い手不足が顕在化しており、加入率は低下している。';
const at = (before: string, after: string): RewriteChange => {
  const start = source.indexOf(before);
  return { start, end: start + before.length, before, after, rule: 'sentence-split' };
};

describe('changeLead', () => {
  it('gives the words before a change, so two identical changes are told apart', () => {
    expect(changeLead(source, at('おり、', 'いる。'))).toBe('…の担い手不足が顕在化して');
  });

  it('stops at the start of the change’s line (a heading above is another place)', () => {
    expect(changeLead(source, at('においては', 'では'))).toBe('本市');
    expect(changeLead(source, at('【背景】', '背景'))).toBe('');
  });
});
