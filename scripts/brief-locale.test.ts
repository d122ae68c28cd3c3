/**
 * The red pen in English, with the real analyser (kuromoji): the same findings as in Japanese —
 * spans, rules, fixes and rewordings — with the sentences around them in English.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, ALL_RULES, type Finding } from '../common/brief/index';
import { BRIEF_MD, RAW_CHOJU, RAW_HOIKU, RAW_MIMAMORI } from '../common/brief/fixtures/issues';
import { unquotedJapanese } from '../common/brief/messages/unquotedJapanese.testkit';
import type { MorphAnalyser } from '../common/brief/morph';
import { loadNodeAnalyser } from './brief-analyser';

let analyser: MorphAnalyser;
beforeAll(async () => {
  analyser = await loadNodeAnalyser();
}, 60_000);

/** Lines that give the rules the fixtures leave out something to find. */
const MORE = [
  '本事業は実施しないわけではない。参加は不可能ではない。',
  '庁内のDXについては、観光DMOと協議を進めてまいります。',
  '事業者には、提案書、見積書、会社概要、実績一覧及び体制図の提出を求める。',
  '背景として、近年は利用者が減少している。このため、新たな移動手段の導入を図りたい。',
  '予約配車効率化の実現可能性を評価検証する。',
  '地域見守体制強化事業では、一定の条件で適宜補助する。',
].join('\n\n');
const TEXTS = [RAW_MIMAMORI, RAW_CHOJU, RAW_HOIKU, BRIEF_MD, MORE];

const withoutWords = ({ message: _m, suggestion: _s, ...rest }: Finding) => rest;

describe('findings in English', () => {
  it('are the Japanese findings, with every rule’s sentences in English', () => {
    const rules = new Set<string>();
    for (const text of TEXTS) {
      const ja = analyzeText(text, { analyser });
      const en = analyzeText(text, { analyser, locale: 'en' });
      expect(en.map(withoutWords)).toEqual(ja.map(withoutWords));
      expect(analyzeText(text, { analyser, locale: 'ja' })).toEqual(ja);
      for (const [i, f] of en.entries()) {
        rules.add(f.rule);
        expect(unquotedJapanese(f.message), f.rule).toBe('');
        // A suggestion is a rewording (the fix's, or one the author applies by hand) or advice.
        const j = ja[i]!;
        if (f.suggestion !== null && f.suggestion !== j.suggestion)
          expect(unquotedJapanese(f.suggestion), f.rule).toBe('');
        if (f.fix) expect(f.suggestion === f.fix.replacement).toBe(j.suggestion === j.fix?.replacement);
      }
    }
    expect([...rules].sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });
});
