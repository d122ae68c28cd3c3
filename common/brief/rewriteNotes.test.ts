import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { shippedGlossary } from './glossary';
import { glossaryMatcher } from './matcher';
import { ownExplanationSpans } from './ownNotes';
import { explanationSentence, footnoteLine } from './rewriteNotes';
import { plainCore } from './rules/jargon';
import { testEntry } from './glossaryEntry.testkit';

const entry = testEntry;

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

describe('explanationSentence, wordings that open or end with a particle', () => {
  const register = (term: string, plain: string) => ({
    ...entry(term, plain),
    category: '議会答弁の言い回し',
  });

  it('quotes a term that opens with a particle with 〜 where its noun goes, and its wording too', () => {
    expect(explanationSentence(entry('に資する', 'に役立つ'), false)).toBe(
      '「〜に資する」とは、「〜に役立つ」という意味である。',
    );
    expect(explanationSentence(entry('にあっては', 'では'), true)).toBe(
      '「〜にあっては」とは、「〜では」という意味です。',
    );
    expect(explanationSentence(register('に向けた検討', 'を目指して考えること（結論は未定）'), true)).toBe(
      '「〜に向けた検討」とは、「〜を目指して考えること」（結論は未定）という意味です。',
    );
  });

  it('reads a word that opens with the same kana as a word (がけ条例, できるところから)', () => {
    expect(explanationSentence(entry('がけ条例', 'がけの近くの建築の決まりを定めた条例'), true)).toBe(
      'がけ条例とは、がけの近くの建築の決まりを定めた条例のことです。',
    );
    expect(explanationSentence(register('できるところから', 'できることから（範囲は未定）'), true)).toBe(
      '「できるところから」とは、「できることから」（範囲は未定）という意味です。',
    );
  });

  it('quotes a wording or a term that ends in a particle, so という意味 does not run on', () => {
    expect(explanationSentence(register('視野に', '選択肢の一つとして'), true)).toBe(
      '「視野に」とは、「選択肢の一つとして」という意味です。',
    );
    expect(explanationSentence(entry('協議の上', '話し合ってから'), true)).toBe(
      '協議の上とは、「話し合ってから」という意味です。',
    );
    expect(explanationSentence(entry('如何によっては', '次第では'), false)).toBe(
      '「如何によっては」とは、「次第では」という意味である。',
    );
    // A noun in て is no particle.
    expect(explanationSentence(entry('市長申立て', '市長が代わりに申し立てること'), true)).toBe(
      '市長申立てとは、市長が代わりに申し立てることです。',
    );
  });
});

// Analyses one text per shipped entry (9,800), and a note that names a 県 builds the glossary said for a 県
// once: seconds on a busy shared machine.
describe(
  'every explanation sentence is one the rewrite and the jargon rule know as a note',
  { timeout: 60_000 },
  () => {
    it('leaves the note alone and counts the term as explained, for each shipped entry', () => {
      const matcher = glossaryMatcher();
      const unknown: string[] = [];
      for (const e of shippedGlossary()) {
        if (e.full || e.category === '曖昧表現' || plainCore(e) === '') continue;
        const note = explanationSentence(e, true);
        // 粛々とは、…: the glossary reads the longer 粛々と there, a known limit of the longest match.
        if (matcher.scan(note)[0]?.entry.term !== e.term) continue;
        const text = `${e.term}がある。${note}`;
        const own = ownExplanationSpans(text, matcher).some((s) => text.slice(s.start, s.end) === note);
        const flagged = analyzeText(text, { rules: ['jargon'] }).some((f) => f.text === e.term);
        if (!own || flagged) unknown.push(`${own ? '' : 'not own '}${flagged ? 'flagged ' : ''}${note}`);
      }
      expect(unknown).toEqual([]);
    });
  },
);

describe('footnoteLine', () => {
  it('writes 「※用語：言い換え」 without the wording’s notes, a phrase quoted with them', () => {
    expect(footnoteLine(entry('計上', '予算に入れること（予算計上）'))).toBe('※計上：予算に入れること');
    const phrase = { ...entry('注視', '様子を見ている（今は動かない）'), category: '議会答弁の言い回し' };
    expect(footnoteLine(phrase)).toBe('※「注視」：様子を見ている（今は動かない）');
  });

  it('puts 〜 where a particle-led term’s noun goes', () => {
    expect(footnoteLine(entry('に資する', 'に役立つ'))).toBe('※〜に資する：〜に役立つ');
  });
});
