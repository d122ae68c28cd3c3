import { describe, expect, it } from 'vitest';
import raw from '../../assets/glossary/gyosei.json';
import {
  fromGlossaryRecord,
  isGlossaryEntry,
  loadGlossary,
  mergeGlossary,
  shippedGlossary,
} from './glossary';

describe('shipped glossary', () => {
  const entries = shippedGlossary();

  it('has at least 250 unique terms, every field filled', () => {
    const terms = new Set(entries.map((e) => e.term));
    expect(terms.size).toBe(entries.length);
    expect(terms.size).toBeGreaterThanOrEqual(250);
    // One assertion over all entries: 50,000 expect calls took longer than the test timeout under load.
    const empty = entries.flatMap((e) =>
      (['term', 'reading', 'plain', 'why', 'category'] as const)
        .filter((key) => e[key].trim() === '')
        .map((key) => `${e.term}.${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('gives readings in hiragana', () => {
    const bad = entries.filter((e) => !/^[ぁ-ゖー]+$/.test(e.reading)).map((e) => e.term);
    expect(bad).toEqual([]);
  });

  it('reads a compound as it reads the term it starts with (施策体系図 しさく…, not せさく…)', () => {
    // Words with two accepted readings, each used in its own compounds (施行令 せこうれい).
    const twoReadings = new Set(['施行', '石綿']);
    const reading = new Map(entries.map((e) => [e.term, e.reading]));
    const bad = entries.flatMap((e) => {
      for (let n = e.term.length - 1; n >= 2; n--) {
        const head = e.term.slice(0, n);
        const headReading = reading.get(head);
        if (headReading === undefined || !/^\p{sc=Han}/u.test(head) || twoReadings.has(head)) continue;
        return e.reading.startsWith(headReading) ? [] : [`${e.term} ${e.reading} (${head} ${headReading})`];
      }
      return [];
    });
    expect(bad).toEqual([]);
  });

  it('carries the terms the issue names', () => {
    const terms = new Set(entries.map((e) => e.term));
    for (const t of [
      '所管課',
      '庁内調整',
      '予算措置',
      '随意契約',
      '債務負担行為',
      '補正予算',
      '議会承認',
      '要綱',
      '決裁',
      '起案',
      '実証実験',
      '公募型プロポーザル',
      '仕様書',
      '国保',
      '特養',
      '企業版ふるさと納税',
      '公共施設等総合管理計画',
    ]) {
      expect(terms, t).toContain(t);
    }
  });

  it('gives every abbreviation its full form', () => {
    const abbreviations = entries.filter((e) => e.category === '略語');
    expect(abbreviations.length).toBeGreaterThanOrEqual(20);
    for (const e of abbreviations) expect(e.full, e.term).toBeTruthy();
    expect(entries.find((e) => e.term === '国保')?.full).toBe('国民健康保険');
  });

  it('never gives a term itself as its full form (the fix would read 指定管理者（指定管理者）)', () => {
    expect(entries.filter((e) => e.full === e.term).map((e) => e.term)).toEqual([]);
  });

  it('words 逆プロポーザル for both directions: a company’s theme, and a 町’s 逆プロポーザル型 call', () => {
    // PRODUCT.md: a company posts a theme and municipalities apply; a 町's 「逆プロポーザル型…提案募集」
    // invites companies to propose. Who applies differs, so the wording names neither as the applicant.
    for (const term of ['逆プロポーザル', '逆プロポ']) {
      const e = entries.find((x) => x.term === term)!;
      expect(e.plain, term).not.toMatch(/自治体が応募|企業が応募/u);
      expect(e.plain, term).toContain('企業の側から');
    }
    expect(entries.find((x) => x.term === '逆プロポーザル')!.why).toMatch(
      /自治体が手を挙げる.*企業が中身を提案する/u,
    );
  });
});

describe('loadGlossary', () => {
  it('accepts the shipped file', () => {
    expect(loadGlossary(raw).length).toBe(shippedGlossary().length);
  });

  it('rejects an entry with an empty field, naming it', () => {
    expect(() => loadGlossary([{ term: '決裁', reading: '', plain: 'x', why: 'y', category: 'z' }])).toThrow(
      /0 番目/,
    );
    expect(() => loadGlossary({})).toThrow();
    expect(isGlossaryEntry({ term: 'a', reading: 'a', plain: 'a', why: 'a', category: 'a', full: '' })).toBe(
      false,
    );
    const entry = { term: 'a', reading: 'a', plain: 'a', why: 'a', category: 'a' };
    expect(isGlossaryEntry({ ...entry, businessKnown: true })).toBe(true);
    expect(isGlossaryEntry({ ...entry, businessKnown: 'yes' })).toBe(false);
  });
});

describe('mergeGlossary', () => {
  it('lets a user term override a shipped one and fills blanks', () => {
    const merged = mergeGlossary([
      { term: '決裁', reading: 'けっさい', plain: '課長の承認', why: '', category: '' },
      { term: '見守りネット', reading: '', plain: '市の見守り協力事業者の登録制度', why: '', category: '' },
    ]);
    expect(merged.find((e) => e.term === '決裁')?.plain).toBe('課長の承認');
    const own = merged.find((e) => e.term === '見守りネット');
    expect(own?.category).toBe('ユーザー登録');
    expect(own?.why).not.toBe('');
  });

  it('keeps the shipped wording of a word the team marked known, flagged everyday', () => {
    const shipped = shippedGlossary().find((e) => e.term === '決裁')!;
    const known = fromGlossaryRecord({
      term: '決裁',
      reading: '',
      plain: '',
      explanation: '',
      category: '',
      known: true,
    });
    const merged = mergeGlossary([known]).find((e) => e.term === '決裁');
    expect(merged).toEqual({ ...shipped, everyday: true });
  });

  it('keeps a known word no entry holds, and the wording of a known word of the team', () => {
    const merged = mergeGlossary([
      { term: '見守りネット', reading: '', plain: '', why: '', category: '', everyday: true },
      { term: '地域見守り', reading: '', plain: '近所の見守り', why: '', category: '', everyday: true },
    ]);
    expect(merged.find((e) => e.term === '見守りネット')).toMatchObject({
      plain: '見守りネット',
      everyday: true,
    });
    expect(merged.find((e) => e.term === '地域見守り')).toMatchObject({
      plain: '近所の見守り',
      everyday: true,
    });
  });

  it('reads a record whose known flag is not true as a term to explain', () => {
    const fields = { term: '決裁', reading: '', plain: '承認', explanation: '', category: '' };
    expect(fromGlossaryRecord(fields).everyday).toBeUndefined();
    expect(fromGlossaryRecord({ ...fields, known: false }).everyday).toBeUndefined();
  });
});
