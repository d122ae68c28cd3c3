import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_JSON,
  flagEntries,
  parseTermList,
  parseTsv,
  readSources,
  renderJson,
} from './brief-glossary';

describe('glossary sources', () => {
  it('gyosei.json is built from the TSV files (run npm run brief:glossary after editing them)', () => {
    expect(readFileSync(GLOSSARY_JSON, 'utf8')).toBe(renderJson(readSources()));
  });

  it('holds at least 1,500 entries, each term once', () => {
    const entries = readSources();
    expect(entries.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(entries.map((e) => e.term)).size).toBe(entries.length);
  });

  it('marks the everyday terms, and only terms the glossary defines', () => {
    const entries = readSources();
    const marked = entries.filter((e) => e.everyday).map((e) => e.term);
    expect(marked).toContain('業務委託');
    expect(marked).not.toContain('計上');
    expect(parseTermList('# note\n業務委託\n\n 策定 \n')).toEqual(['業務委託', '策定']);
  });

  it('marks the business-known terms, and fails on a listed term no category file defines', () => {
    const known = readSources()
      .filter((e) => e.businessKnown)
      .map((e) => e.term);
    expect(known).toContain('予定価格');
    expect(known).not.toContain('計上');
    const entries = parseTsv('z.tsv', '# category: 契約\n採択\tさいたく\t選ばれること\t理由\n');
    const list = (terms: string[]) => [{ file: 'business-known.txt', flag: 'businessKnown' as const, terms }];
    expect(flagEntries(entries, list(['採択']))[0]?.businessKnown).toBe(true);
    expect(() => flagEntries(entries, list(['採択', '未定義語']))).toThrow(
      'business-known.txt: not in any category file: 未定義語',
    );
  });

  it('puts no term on both lists (an everyday word is unmarked for every reader already)', () => {
    const both = readSources()
      .filter((e) => e.everyday && e.businessKnown)
      .map((e) => e.term);
    expect(both).toEqual([]);
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseTsv('x.tsv', '# category: 予算\n計上\tけいじょう\n')).toThrow('x.tsv:2');
    expect(parseTsv('y.tsv', '# category: 略語\nBCP\tびーしーぴー\t計画\t理由\t業務継続計画\n')).toEqual([
      {
        term: 'BCP',
        reading: 'びーしーぴー',
        plain: '計画',
        why: '理由',
        category: '略語',
        full: '業務継続計画',
      },
    ]);
  });
});
