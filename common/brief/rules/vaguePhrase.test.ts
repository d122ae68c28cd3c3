import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';

const run = (text: string) => analyzeText(text, { rules: ['jargon', 'vague-phrase'] });

describe('vague-phrase rule', () => {
  it('marks each vague phrase as vague, not as a term to explain', () => {
    const found = run('必要に応じて予算を計上し、一定の期間を要する。');
    const vague = found.filter((f) => f.rule === 'vague-phrase').map((f) => f.text);
    expect(vague).toEqual(['必要に応じて', '一定の']);
    expect(found.filter((f) => f.rule === 'jargon').map((f) => f.text)).toEqual(['計上']);
    expect(found.find((f) => f.text === '一定の')?.message).toContain('あいまい');
  });

  it('says why a company cannot act on it, and leaves what to write to the suggestion', () => {
    const [f] = run('一定の期間を要する。').filter((x) => x.rule === 'vague-phrase');
    expect(f?.message).toBe(
      '「一定の」はあいまいな表現です。企業から見ると：基準や数値が示されず、条件を満たせるか判断できない。',
    );
    expect(f?.suggestion).toBe('（具体的な数値・条件を書く）');
    const [g] = run('所要の措置を講ずる。').filter((x) => x.rule === 'vague-phrase');
    expect(g?.message).toMatch(/^「所要の」（必要な）はあいまいな表現です。/);
  });

  it('drops in a plain word only where the entry has one', () => {
    const [f] = run('所要の措置を講ずる。').filter((x) => x.rule === 'vague-phrase');
    expect(f?.fix?.replacement).toBe('必要な');
    const [g] = run('適宜報告する。').filter((x) => x.rule === 'vague-phrase');
    expect(g?.fix).toBeUndefined();
  });
});

describe('jargon rule marks a term once', () => {
  it('marks only the first unexplained use of each term', () => {
    const found = run('所管課の一覧を示す。各所管課の費用は所管課ごとに異なる。').filter(
      (f) => f.rule === 'jargon',
    );
    expect(found.map((f) => [f.text, f.start])).toEqual([['所管課', 0]]);
  });
});
