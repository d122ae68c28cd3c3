/**
 * The text a reader sees in a Markdown field (a brief, a council note, workshop minutes), for
 * search: what is indexed, confirmed and shown in a snippet, so a snippet shows 鋭意検討 and not
 * `**鋭意検討**`, and 鋭意検討 finds `**鋭意**検討`. The record keeps its Markdown.
 *
 * A line-by-line pass, not a CommonMark parser: micromark (react-markdown's parser) reads about
 * 0.2–0.3 MB/s on this machine, so indexing 20,000 notes would take over a minute; this is linear
 * and skips text with no markup at all. It follows what react-markdown shows for what notes use —
 * headings, quotes, list and task markers, emphasis, strikethrough, code, links, images, tables,
 * escapes, entities; link definitions and raw HTML are dropped, as the app never renders it — and keeps anything
 * it is unsure of as written (a lone `*`, `10~20`, `#タグ`, which is a tag, not a heading).
 */

/** A character that can start markup inside a line. */
const INLINE_MARK = /[*_~`\\<&[\]!|]/;
/** A line that starts with block markup. */
const BLOCK_MARK = /^[ \t]{0,3}(?:[#>=+*-]|\d{1,9}[.)])/m;

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const QUOTE = /^[ \t]{0,3}>[ \t]?/;
/** Bullets only: an ordered list shows its numbers, so they stay. */
const LIST_ITEM = /^[ \t]*[-+*](?:[ \t]+|$)/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;
const LINK_DEFINITION = /^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S/;
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^[ \t]{0,3}=+[ \t]*$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_TAG = /^<(?:\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?|!--[\s\S]*?--)>/;
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/;
const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/;
const NAMED_ENTITY: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** The plain text of Markdown `md`, line for line (block markup gone, inline markup unwrapped). */
export function markdownText(md: string): string {
  if (!INLINE_MARK.test(md) && !BLOCK_MARK.test(md)) return md;
  const lines = md.split('\n');
  const out: string[] = [];
  let fence = '';
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      // Code is shown as written; the closing fence line is not shown.
      if (line.trim().startsWith(fence) && line.trim().replaceAll(fence[0]!, '') === '') fence = '';
      else out.push(line);
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = opening[1]!;
      continue;
    }
    if (THEMATIC_BREAK.test(line) || SETEXT_UNDERLINE.test(line) || LINK_DEFINITION.test(line)) continue;
    const body = stripBlockMarkers(line);
    const startsTable = body.includes('|') && isTableDelimiter(lines[i + 1] ?? '');
    if (startsTable || (inTable && body.includes('|'))) {
      inTable = true;
      out.push(tableRow(body));
      if (startsTable) i++; // the delimiter row shows nothing
      continue;
    }
    inTable = false;
    out.push(inline(body));
  }
  return out.join('\n');
}

const isTableDelimiter = (line: string) => line.includes('|') && TABLE_DELIMITER.test(line);

/** A line without its quote, list, task and heading markers. */
function stripBlockMarkers(line: string): string {
  let s = line;
  for (;;) {
    const quote = QUOTE.exec(s);
    if (quote) {
      s = s.slice(quote[0].length);
      continue;
    }
    const item = LIST_ITEM.exec(s);
    if (item) {
      s = s.slice(item[0].length).replace(TASK_BOX, '');
      continue;
    }
    break;
  }
  const heading = HEADING.exec(s);
  return heading ? s.slice(heading[0].length).replace(CLOSING_HASHES, '') : s;
}

/** A table row's cells, as text, a space apart. */
function tableRow(row: string): string {
  const cells = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return cells
    .split(/(?<!\\)\|/)
    .map((cell) => inline(cell.trim()))
    .join(' ');
}

/** One line's inline markup unwrapped (code spans, escapes, links, images, tags, emphasis). */
function inline(s: string): string {
  if (!INLINE_MARK.test(s)) return s;
  const out: Piece[] = [];
  let i = 0;
  let text = '';
  const literal = (t: string) => {
    text += t;
  };
  const flush = () => {
    if (text) out.push({ text });
    text = '';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && ASCII_PUNCTUATION.test(s[i + 1]!)) {
      literal(s[i + 1]!);
      i += 2;
    } else if (c === '\\' && i + 1 === s.length) {
      i++; // a hard line break
    } else if (c === '`') {
      const run = runLength(s, i, '`');
      const close = s.indexOf('`'.repeat(run), i + run);
      if (close < 0 || runLength(s, close, '`') !== run) {
        literal(s.slice(i, i + run));
        i += run;
      } else {
        literal(s.slice(i + run, close).replace(/^ (.*) $/, '$1'));
        i = close + run;
      }
    } else if (c === '[' || (c === '!' && s[i + 1] === '[')) {
      const at = c === '!' ? i + 1 : i;
      const link = linkAt(s, at);
      if (link) {
        flush();
        out.push({ text: inline(link.label) });
        i = link.end;
      } else {
        literal(s.slice(i, at + 1));
        i = at + 1;
      }
    } else if (c === '<') {
      const auto = AUTOLINK.exec(s.slice(i));
      const tag = auto ? null : HTML_TAG.exec(s.slice(i));
      if (auto) literal(auto[1]!);
      else if (!tag) literal('<');
      i += auto ? auto[0].length : tag ? tag[0].length : 1;
    } else if (c === '&') {
      const entity = ENTITY.exec(s.slice(i));
      literal(entity ? decodeEntity(entity) : '&');
      i += entity ? entity[0].length : 1;
    } else if (c === '*' || c === '_' || c === '~') {
      const run = runLength(s, i, c);
      flush();
      out.push({ text: s.slice(i, i + run), delimiter: delimiterOf(s, i, run) });
      i += run;
    } else {
      literal(c);
      i++;
    }
  }
  flush();
  return unwrapEmphasis(out);
}

interface Piece {
  text: string;
  /** For a run of * _ ~: whether it can open or close emphasis. */
  delimiter?: { char: string; open: boolean; close: boolean };
}

const runLength = (s: string, at: number, c: string) => {
  let j = at;
  while (s[j] === c) j++;
  return j - at;
};

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

function delimiterOf(s: string, at: number, run: number): Piece['delimiter'] {
  const c = s[at]!;
  const before = s[at - 1];
  const after = s[at + run];
  // A single ~ is a range or "about" (10~20), never struck through here.
  if (c === '~' && run !== 2) return undefined;
  let open = !isSpace(after);
  let close = !isSpace(before);
  // snake_case and file_names: an underscore inside a word is not emphasis.
  if (c === '_') {
    open &&= !isWordChar(before);
    close &&= !isWordChar(after);
  }
  return open || close ? { char: c, open, close } : undefined;
}

/** Drops delimiter runs that pair up (nearest opener of the same character); keeps the rest. */
function unwrapEmphasis(pieces: Piece[]): string {
  const dropped = new Set<number>();
  const openers: number[] = [];
  pieces.forEach((piece, k) => {
    const d = piece.delimiter;
    if (!d) return;
    if (d.close) {
      for (let o = openers.length - 1; o >= 0; o--) {
        const opener = pieces[openers[o]!]!;
        if (opener.delimiter!.char !== d.char) continue;
        dropped.add(openers[o]!).add(k);
        openers.length = o;
        return;
      }
    }
    if (d.open) openers.push(k);
  });
  return pieces.map((p, k) => (dropped.has(k) ? '' : p.text)).join('');
}

/** `[label](destination)`, `[label][ref]` or `[label]` followed by one of them, at `at`. */
function linkAt(s: string, at: number): { label: string; end: number } | null {
  let depth = 0;
  let j = at;
  for (; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '[') depth++;
    else if (s[j] === ']' && --depth === 0) break;
  }
  if (j >= s.length) return null;
  const label = s.slice(at + 1, j);
  const next = s[j + 1];
  if (next === '(') {
    const end = closingParen(s, j + 1);
    return end < 0 ? null : { label, end: end + 1 };
  }
  if (next === '[') {
    const end = s.indexOf(']', j + 2);
    return end < 0 ? null : { label, end: end + 1 };
  }
  return null;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '(') depth++;
    else if (s[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

function decodeEntity(m: RegExpExecArray): string {
  if (m[3]) return NAMED_ENTITY[m[3]]!;
  const code = m[1] ? Number(m[1]) : parseInt(m[2]!, 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}
