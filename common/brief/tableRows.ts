/**
 * Tables pasted as text, one row a line with ｜, | or a tab between the cells (区分｜件数｜前回調査比),
 * or with columns aligned by runs of spaces (tableBlock only, where two rows agree).
 * Word processors export them so, and a spreadsheet's cells paste with tabs; a municipal text carries
 * them for its figures. Their
 * rows are no sentences: a rule that reads one as prose quotes a row without its header, and a list
 * rule takes its cells for a run-on list.
 */

const SEPARATOR = /[｜|\t]/u;

/** A line of two or more cells split by ｜, | or a tab, with no sentence end in it. */
export function isTableRow(line: string): boolean {
  if (/[。！？]/u.test(line)) return false;
  const cells = line
    .trim()
    .replace(/^[｜|]|[｜|]$/gu, '')
    .split(SEPARATOR);
  return cells.length >= 2 && cells.filter((c) => c.trim() !== '').length >= 2;
}

/** The cells of a row, trimmed, without the empty ones an edge separator leaves. */
function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^[｜|]|[｜|]$/gu, '')
    .split(SEPARATOR)
    .map((c) => c.trim());
}

/** Start and end offsets of the line around `offset`. */
function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  return { start, end: next === -1 ? text.length : next };
}

/**
 * The table whose row holds `offset` — two or more rows in a row — as a Markdown table (its first row
 * the header), with the offset where its last row ends; null when the line is no table row.
 */
export function tableBlock(text: string, offset: number): { markdown: string; end: number } | null {
  const around = lineAround(text, offset);
  const line = text.slice(around.start, around.end);
  if (isTableRow(line)) return asMarkdown(text, rowsAround(text, around, isTableRow), cellsOf);
  // Columns aligned with spaces (a PDF's or Word's table pasted): a table only where two or more rows
  // in a row have the same number of columns, so an indented line or a spaced title is none.
  const width = spaceCells(line)?.length ?? 0;
  if (width < 2) return null;
  return asMarkdown(
    text,
    rowsAround(text, around, (l) => spaceCells(l)?.length === width),
    (l) => spaceCells(l) ?? [],
  );
}

/**
 * The cells of a line whose columns are aligned with runs of two or more spaces (half- or
 * full-width), or null for a sentence (it ends in 。) or a line without such a run between words.
 */
export function spaceCells(line: string): string[] | null {
  if (/[。！？]/u.test(line) || SEPARATOR.test(line)) return null;
  const cells = line.trim().split(/[ \u3000]{2,}/u);
  return cells.length >= 2 ? cells.map((c) => c.trim()) : null;
}

/** The lines around `line` (itself one) that `isRow` accepts, as one span. */
function rowsAround(
  text: string,
  line: { start: number; end: number },
  isRow: (line: string) => boolean,
): { start: number; end: number } {
  let { start, end } = line;
  while (start > 0) {
    const above = lineAround(text, start - 1);
    if (!isRow(text.slice(above.start, above.end))) break;
    start = above.start;
  }
  while (end < text.length) {
    const below = lineAround(text, end + 1);
    if (!isRow(text.slice(below.start, below.end))) break;
    end = below.end;
  }
  return { start, end };
}

/** The rows of [start, end) as a Markdown table, its first row the header; null for one row. */
function asMarkdown(
  text: string,
  { start, end }: { start: number; end: number },
  cells: (line: string) => string[],
): { markdown: string; end: number } | null {
  const rows = text.slice(start, end).split('\n').map(cells);
  if (rows.length < 2) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [header, ...body] = rows;
  const markdown = [line(header!), line(Array(width).fill('---')), ...body.map(line)].join('\n');
  return { markdown, end };
}
