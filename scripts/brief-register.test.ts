/**
 * The register of 行政文書 in the shipped glossary, read with the real analyser (kuromoji): formal
 * verbs are found in their inflected forms, council answers that commit to nothing are told as
 * such, and a hedge phrase never hides the domain term inside it (the matcher takes the longest
 * term at the earliest start, and a hedge carries no fix, so the company rewrite would stop
 * explaining that term).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../common/brief/index';
import type { MorphAnalyser } from '../common/brief/morph';
import { loadNodeAnalyser } from './brief-analyser';

let analyser: MorphAnalyser;
beforeAll(async () => {
  analyser = await loadNodeAnalyser();
}, 60_000);

const jargonTexts = (text: string) =>
  analyzeText(text, { analyser })
    .filter((f) => f.rule === 'jargon')
    .map((f) => f.text);

describe('the register of 行政文書', () => {
  it('finds formal verbs in their inflected forms', () => {
    const text =
      '委員会に諮れば、実情に即した支援とし、法令に則り処理する。審議会に付した上で、円滑な実施を期し、地域の発展に資した。';
    expect(jargonTexts(text)).toEqual(
      expect.arrayContaining(['諮れ', '即し', '則り', '付し', '期し', 'に資し']),
    );
  });

  it('tells a council answer that commits to nothing what it means for a company', () => {
    const [finding] = analyzeText('全市への拡大は、現時点では考えておりません。', { analyser }).filter(
      (f) => f.rule === 'jargon',
    );
    expect(finding?.text).toBe('現時点では考えておりません');
    expect(finding?.message).toContain('議会答弁の言い回し');
    expect(finding?.message).toContain('実施されない');
  });

  it('never lets a hedge phrase hide the domain term inside it', () => {
    const findings = analyzeText(
      '地域の官民連携を図り、所管課で検討してまいります。普及啓発に努めてまいります。',
      {
        analyser,
      },
    ).filter((f) => f.rule === 'jargon');
    for (const term of ['官民連携', '所管課', '普及啓発']) {
      const finding = findings.find((f) => f.text === term);
      expect(finding?.fix, term).toBeDefined();
    }
  });
});
