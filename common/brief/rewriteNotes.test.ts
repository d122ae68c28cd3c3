import { describe, expect, it } from 'vitest';
import { explanationSentence } from './rewriteNotes';
import type { GlossaryEntry } from './types';

const entry = (term: string, plain: string): GlossaryEntry => ({
  term,
  reading: 'よみ',
  plain,
  why: '理由',
  category: '行政文書の言い回し',
});

describe('explanationSentence', () => {
  it('says what a noun wording is (…のこと)', () => {
    expect(explanationSentence(entry('交付要綱', '補助金の条件を定めた決まり'), true)).toBe(
      '交付要綱とは、補助金の条件を定めた決まりのことです。',
    );
  });

  it('says what a verb wording means instead of making it a noun with の (…定めるのこと)', () => {
    expect(explanationSentence(entry('別に定める', '別の決まりで定める'), false)).toBe(
      '別に定めるとは、別の決まりで定めるという意味である。',
    );
    expect(explanationSentence(entry('未定', '決まっていない'), true)).toBe(
      '未定とは、決まっていないという意味です。',
    );
  });

  it('quotes the phrase and keeps the note a company needs (約束ではない)', () => {
    const phrase = {
      ...entry('前向きに検討', '実施する方向で検討（時期は未定）'),
      category: '議会答弁の言い回し',
    };
    expect(explanationSentence(phrase, true)).toBe(
      '「前向きに検討」とは、実施する方向で検討（時期は未定）という意味です。',
    );
  });
});
