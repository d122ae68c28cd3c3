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
