import { describe, expect, it } from 'vitest';
import { cutChange, cutFits, foldIntoCuts, type RewriteChange } from './rewriteOffsets';

const change = (text: string, before: string, after: string, rule: string): RewriteChange => {
  const start = text.indexOf(before);
  return { start, end: start + before.length, before, after, rule };
};

describe('a cut that starts inside a word change', () => {
  const input = '選定には事業計画が求められることから、関係部局で共有します。';
  const passive = change(input, 'が求められる', 'が必要である', 'passive-hedge');
  const pass1 = '選定には事業計画が必要であることから、関係部局で共有します。';
  const cut = {
    start: pass1.indexOf('である'),
    end: pass1.indexOf('、') + 1,
    replacement: 'です。そのため、',
  };

  it('becomes one change with it, keeping its wording up to the cut', () => {
    expect(cutFits(cut, [passive])).toBe(true);
    const made = cutChange(input, cut, [passive]);
    expect(made?.absorbs).toEqual([passive]);
    expect(made?.change).toEqual(
      change(input, 'が求められることから、', 'が必要です。そのため、', 'sentence-split'),
    );
  });

  it('is not offered when it ends inside the change', () => {
    const short = { start: pass1.indexOf('必要'), end: pass1.indexOf('である'), replacement: '。' };
    expect(cutFits(short, [passive])).toBe(false);
    expect(cutChange(input, short, [passive])).toBeNull();
  });
});

describe('foldIntoCuts', () => {
  const input =
    '休日の部活動を地域へ移行することとし、団体と協議を重ねる。その3分の2が補助され、残りは市が負担する。';
  const split = change(input, 'し、', 'します。', 'sentence-split');

  it('folds a fix that only the cut made possible into the cut', () => {
    const rewritten =
      '休日の部活動を地域へ移行することとします。団体と協議を重ねる。その3分の2が補助され、残りは市が負担する。';
    const fix = change(rewritten, 'することとします', 'します', 'redundant');
    expect(foldIntoCuts(input, [split], [fix])).toEqual([
      change(input, 'することとし、', 'します。', 'sentence-split'),
    ]);
  });

  it('makes a fix that touches no change as a change of the input', () => {
    const rewritten =
      '休日の部活動を地域へ移行することとします。団体と協議を重ねる。その3分の2が補助され、残りは市が負担する。';
    const fix = change(rewritten, '協議を重ねる', '協議する', 'redundant');
    expect(foldIntoCuts(input, [split], [fix])).toEqual([
      split,
      change(input, '協議を重ねる', '協議する', 'redundant'),
    ]);
  });

  it('leaves out a fix that reaches into another change', () => {
    const note = change(input, '団体', '関係団体', 'jargon');
    const rewritten =
      '休日の部活動を地域へ移行することとします。関係団体と協議を重ねる。その3分の2が補助され、残りは市が負担する。';
    const fix = change(rewritten, '関係団体と協議', '団体と話し合い', 'redundant');
    expect(foldIntoCuts(input, [split, note], [fix])).toEqual([split, note]);
  });
});

describe('foldIntoCuts, a register fix that reaches into a word change beside the cut', () => {
  it('joins the word change to the cut, so the ending the cut exposes is unified in one pass', () => {
    const input = '業務の充実が求められていますが、司書は6人にとどまっている。窓口は開いている。';
    const passive = change(input, 'が求められています', 'が必要です', 'passive-hedge');
    const split = change(input, 'が、', '。しかし、', 'sentence-split');
    const rewritten = '業務の充実が必要です。しかし、司書は6人にとどまっている。窓口は開いている。';
    const fix = change(rewritten, 'です', 'である', 'mixed-style');
    expect(foldIntoCuts(input, [passive, split], [fix])).toEqual([
      change(input, 'が求められていますが、', 'が必要である。しかし、', 'sentence-split'),
    ]);
  });
});
