import { describe, expect, it } from 'vitest';
import { lineBreaks } from './lineBreaks';

/** The line with every break applied. */
function broken(line: string): string {
  let out = line;
  for (const c of [...lineBreaks(line, 0)].sort((a, b) => b.start - a.start))
    out = out.slice(0, c.start) + c.replacement + out.slice(c.end);
  return out;
}

describe('lineBreaks', () => {
  it('puts a heading run into its text on a line of its own', () => {
    expect(broken('4 計画の見直し　国の制度改正等により必要が生じた場合は、適宜見直しを行う。')).toBe(
      '4 計画の見直し\n国の制度改正等により必要が生じた場合は、適宜見直しを行う。',
    );
    expect(broken('第1 趣旨　本要項は、補助金の交付に関し必要な事項を定める。')).toBe(
      '第1 趣旨\n本要項は、補助金の交付に関し必要な事項を定める。',
    );
  });

  it('gives each numbered item run into one line its own line, in order only', () => {
    expect(broken('2 内容　（1）教材の作成（2）研修の実施（年間12回）（3）効果測定')).toBe(
      '2 内容\n（1）教材の作成\n（2）研修の実施（年間12回）\n（3）効果測定',
    );
    // A reference to items inside prose is no list: it does not open the line.
    expect(broken('提案書は（1）から（3）までの事項を記載すること。')).toBe(
      '提案書は（1）から（3）までの事項を記載すること。',
    );
  });

  it('splits a list line at ／ only where every entry is an entry, not in a sentence', () => {
    expect(broken('募集締切 6月13日（金）正午／審査会 6月下旬／交付決定 7月中旬')).toBe(
      '募集締切 6月13日（金）正午\n審査会 6月下旬\n交付決定 7月中旬',
    );
    expect(broken('事務の廃止／縮小を進める。')).toBe('事務の廃止／縮小を進める。');
    expect(broken('対象：廃止／縮小／統合')).toBe('対象：廃止／縮小／統合');
  });

  it('leaves a sentence with no heading, item numbers or ／ alone', () => {
    expect(lineBreaks('本市は、人口減少が進む中、公共交通の維持が課題となっている。', 10)).toEqual([]);
  });

  it('reports offsets into the text the line sits in', () => {
    expect(lineBreaks('1 目的　本業務の目的を定める。', 100)).toEqual([
      { start: 104, end: 105, replacement: '\n' },
    ]);
  });
});
