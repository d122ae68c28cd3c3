import { describe, expect, it } from 'vitest';
import { isTableRow, tableBlock } from './tableRows';

describe('isTableRow', () => {
  it('reads a line of cells split by ｜ or | as a row, with or without edge separators', () => {
    expect(isTableRow('区分｜件数｜前回比')).toBe(true);
    expect(isTableRow('| 戸建て | 1,284件 |')).toBe(true);
    expect(isTableRow('うち管理不全|213件')).toBe(true);
  });

  it('reads a spreadsheet’s row pasted with tabs as a row, not an indented line', () => {
    expect(isTableRow('効果検証・報告\t800,000円\t')).toBe(true);
    expect(isTableRow('\t・通院のための移動手段の確保')).toBe(false);
  });

  it('does not read a sentence or a lone separator as a row', () => {
    expect(isTableRow('件数は｜の右に書く。')).toBe(false);
    expect(isTableRow('｜見出し')).toBe(false);
    expect(isTableRow('空き家は増えている')).toBe(false);
  });
});

describe('tableBlock', () => {
  const text = '状況は次のとおり。\n区分｜件数\n戸建て｜1,284件\n空室｜3,920戸\n以上である。';

  it('gathers the rows around any of them into one Markdown table with its header', () => {
    const fromMiddle = tableBlock(text, text.indexOf('戸建て'));
    expect(fromMiddle).toEqual({
      markdown: '| 区分 | 件数 |\n| --- | --- |\n| 戸建て | 1,284件 |\n| 空室 | 3,920戸 |',
      end: text.indexOf('\n以上'),
    });
    expect(tableBlock(text, text.indexOf('区分'))?.markdown).toBe(fromMiddle?.markdown);
  });

  it('finds no table at a prose line or at a single row', () => {
    expect(tableBlock(text, 0)).toBeNull();
    expect(tableBlock('前文。\nA｜B\n後文。', 5)).toBeNull();
  });
});

describe('tableBlock on columns aligned with spaces', () => {
  const text = [
    '窓口の状況は次のとおりである。',
    '窓口名　　　　対応言語数　　月間来庁者',
    '戸籍住民課      3言語         2,400人',
    '国保年金課　　　2言語　　　　 1,100人',
    '以上である。',
  ].join('\n');

  it('reads two or more rows with the same number of columns as one table', () => {
    expect(tableBlock(text, text.indexOf('国保'))).toEqual({
      markdown: [
        '| 窓口名 | 対応言語数 | 月間来庁者 |',
        '| --- | --- | --- |',
        '| 戸籍住民課 | 3言語 | 2,400人 |',
        '| 国保年金課 | 2言語 | 1,100人 |',
      ].join('\n'),
      end: text.indexOf('\n以上'),
    });
  });

  it('reads no table in indented prose, a spaced title or a single aligned line', () => {
    const prose = '　本区では、外国人住民が増えている。\n　　窓口での案内が課題となっている。';
    expect(tableBlock(prose, 3)).toBeNull();
    expect(tableBlock('１　目的\n２　概要', 0)).toBeNull();
    expect(tableBlock('事業費　　3,000万円\n本事業は市の単独事業である。', 0)).toBeNull();
    expect(tableBlock('区分  件数\n本文は続く  そして終わる。', 0)).toBeNull();
  });

  it('does not join rows of different widths', () => {
    expect(tableBlock('A  B  C\nD  E\nF  G', 0)).toBeNull();
    expect(tableBlock('A  B  C\nD  E\nF  G', 8)?.markdown).toBe('| D | E |\n| --- | --- |\n| F | G |');
  });
});
