/**
 * Writing and reading the line layout of a backup (see backupFormat.ts). One record per line
 * lets a reader parse a file of hundreds of megabytes line by line, check each record as it
 * arrives and refuse a foreign or newer file after its first line, instead of holding the whole
 * text in one string. The file stays one valid JSON document, so any JSON tool can open it.
 */
import {
  BackupError,
  emptyTables,
  isBackupTable,
  type BackupHeader,
  type BackupRow,
  type BackupTable,
  type BackupTables,
  type ParsedBackup,
} from './backupFormat';
import { validateHeader, validateRow } from './backupValidate';

const TABLES_OPEN = '"tables":{';
const FILE_END = '}}';

/** The first line: the header object left open at its `tables` member. */
export function headerLine(header: BackupHeader): string {
  return `${JSON.stringify(header).slice(0, -1)},${TABLES_OPEN}\n`;
}

/** Opens table `name`; every table after the first starts with a comma. */
export function tableOpenLine(name: BackupTable, first: boolean): string {
  return `${first ? '' : ','}${JSON.stringify(name)}:[\n`;
}

/** One row; every row after a table's first starts with a comma. */
export function rowLine(row: unknown, first: boolean): string {
  return `${first ? '' : ','}${JSON.stringify(row)}\n`;
}

export const TABLE_CLOSE_LINE = ']\n';
export const FILE_END_LINE = `${FILE_END}\n`;

/** True when `line` is the first line of the line layout (else read the file as plain JSON). */
export function isHeaderLine(line: string): boolean {
  return line.startsWith('{') && line.endsWith(TABLES_OPEN);
}

function parseJson(
  text: string,
  unterminated: boolean,
  where: Partial<BackupError['problem']> = {},
): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // A line the file ends in the middle of means the file was cut short, not garbled.
    throw new BackupError({
      ...where,
      code: unterminated ? 'truncated' : 'notJson',
      detail: (error as Error).message,
    });
  }
}

type State = 'header' | 'tables' | 'rows' | 'done';

/** Reads a backup in the line layout one line at a time, validating as it goes. */
export class BackupLineReader {
  private state: State = 'header';
  private header: BackupHeader | null = null;
  private readonly tables: BackupTables = emptyTables();
  private readonly seen = new Set<BackupTable>();
  private table: BackupTable | null = null;
  private rowsInTable = 0;

  constructor(private readonly currentSchemaVersion: number) {}

  /**
   * Consumes one line (without its newline).
   * @param terminated false for a last line the file ends without a newline
   * @throws BackupError as soon as the file is known to be bad
   */
  push(line: string, terminated = true): void {
    const unterminated = !terminated;
    switch (this.state) {
      case 'header': {
        if (!isHeaderLine(line))
          throw new BackupError({ code: 'notJson', detail: 'not a backup header line' });
        const text = `${line.slice(0, -TABLES_OPEN.length).replace(/,$/, '')}}`;
        this.header = validateHeader(parseJson(text, unterminated), this.currentSchemaVersion);
        this.state = 'tables';
        return;
      }
      case 'tables': {
        if (line === FILE_END) {
          this.state = 'done';
          return;
        }
        const first = this.seen.size === 0;
        const match = /^(,?)("[^"]*"):\[$/.exec(line);
        const name = match ? parseJson(match[2]!, unterminated) : null;
        if (!match || (match[1] === '') !== first || !isBackupTable(name) || this.seen.has(name)) {
          throw new BackupError({ code: unterminated ? 'truncated' : 'notJson', detail: `bad table line` });
        }
        this.seen.add(name);
        this.table = name;
        this.rowsInTable = 0;
        this.state = 'rows';
        return;
      }
      case 'rows': {
        const table = this.table!;
        if (line === ']') {
          this.checkCount(table, this.rowsInTable);
          this.state = 'tables';
          return;
        }
        const first = this.rowsInTable === 0;
        if (line.startsWith(',') === first) {
          throw new BackupError({
            code: unterminated ? 'truncated' : 'notJson',
            table,
            index: this.rowsInTable,
          });
        }
        const index = this.rowsInTable++;
        const row = parseJson(first ? line : line.slice(1), unterminated, { table, index });
        const valid = validateRow(table, row, index);
        if (valid) this.tables[table].push(valid);
        return;
      }
      case 'done':
        if (line.trim() !== '') throw new BackupError({ code: 'notJson', detail: 'text after the end' });
    }
  }

  /** The whole backup, once every line was pushed. @throws BackupError `truncated` */
  finish(): ParsedBackup {
    if (this.state !== 'done' || !this.header) throw new BackupError({ code: 'truncated' });
    for (const [table, count] of Object.entries(this.header.counts)) {
      if (!this.seen.has(table as BackupTable) && count > 0) {
        throw new BackupError({ code: 'countMismatch', table, detail: `expected ${count} rows, found none` });
      }
    }
    return { header: this.header, tables: this.tables };
  }

  private checkCount(table: BackupTable, found: number): void {
    const expected = this.header!.counts[table];
    if (expected !== undefined && expected !== found) {
      throw new BackupError({
        code: 'countMismatch',
        table,
        detail: `expected ${expected} rows, found ${found}`,
      });
    }
  }
}

/**
 * Validates a backup that was read as one JSON value (a file someone re-formatted, or a small
 * file not in the line layout).
 * @throws BackupError for anything that is not a valid backup this app can read
 */
export function validateWholeBackup(raw: unknown, currentSchemaVersion: number): ParsedBackup {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BackupError({ code: 'foreign', detail: 'not a JSON object' });
  }
  const { tables: rawTables, ...rest } = raw as Record<string, unknown>;
  const header = validateHeader(rest, currentSchemaVersion);
  if (typeof rawTables !== 'object' || rawTables === null || Array.isArray(rawTables)) {
    throw new BackupError({ code: 'invalidHeader', field: 'tables' });
  }
  const tables = emptyTables();
  for (const [name, rows] of Object.entries(rawTables)) {
    if (!isBackupTable(name) || !Array.isArray(rows)) {
      throw new BackupError({ code: 'invalidHeader', field: `tables.${name}` });
    }
    const expected = header.counts[name];
    if (expected !== undefined && expected !== rows.length) {
      throw new BackupError({
        code: 'countMismatch',
        table: name,
        detail: `expected ${expected}, found ${rows.length}`,
      });
    }
    rows.forEach((row: unknown, index) => {
      const valid: BackupRow | null = validateRow(name, row, index);
      if (valid) tables[name].push(valid);
    });
  }
  return { header, tables };
}

/** Splits streamed text into lines; feed chunks, then call `end()` for a last unterminated line. */
export class LineSplitter {
  // Pieces of the line not yet ended; searching only each new chunk keeps a long line linear.
  private parts: string[] = [];
  private partsLength = 0;

  /** @param maxLineLength longer lines throw (a junk file without newlines must not fill memory) */
  constructor(private readonly maxLineLength = 64 * 1024 * 1024) {}

  /** Complete lines in `chunk` (plus what was left from earlier chunks). */
  feed(chunk: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      this.parts.push(chunk.slice(start, nl));
      const line = this.parts.join('');
      lines.push(line.endsWith('\r') ? line.slice(0, -1) : line);
      this.parts = [];
      this.partsLength = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      this.parts.push(chunk.slice(start));
      this.partsLength += chunk.length - start;
      if (this.partsLength > this.maxLineLength) {
        throw new BackupError({ code: 'notJson', detail: 'a line longer than any backup writes' });
      }
    }
    return lines;
  }

  /** The last line if the text did not end with a newline. */
  end(): string | null {
    const last = this.parts.join('');
    this.parts = [];
    this.partsLength = 0;
    return last === '' ? null : last;
  }
}
