/**
 * Markdown-aware segmentation shared by every rule: mask what is not prose, then split lines into
 * sentences and paragraphs. Offsets stay UTF-16 offsets into the original text throughout, because
 * masking replaces code units one for one (newlines are kept so line structure survives).
 */
import type { LineKind, Paragraph, Sentence } from './types';

const FENCE = /^\s{0,3}(```|~~~)/;
/** Inline code, bare URLs, link/image targets and HTML comments are not prose a company reads as such. */
// Each alternative either closes or runs to the end of its line, so a pasted line full of unclosed
// `](` cannot make the scan quadratic. HTML comments are handled by indexOf in maskComments.
const INLINE_NOISE = /`[^`\n]*`|https?:\/\/[\x21-\x7e]+|\]\([^)\n]*\)?/g;

/** Marks a part of a drafted brief the author still has to write; never counts as content. */
export const PLACEHOLDER = '【要記入】';

/** The brief's own 用語集 section defines terms on purpose; checking it would flag every entry. */
const GLOSSARY_HEADING = /^\s{0,3}(#{1,6})\s+用語集/;
const ANY_HEADING = /^\s{0,3}(#{1,6})\s/;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/**
 * Returns `text` with what is not prose to check replaced by spaces (same length): code, URLs, link
 * targets, HTML comments, 【要記入】 placeholders (to the end of their line) and the 用語集 section.
 */
export function maskText(text: string): string {
  const lines = text.split('\n');
  let inFence = false;
  let glossaryLevel = 0;
  const out = lines.map((line) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return blank(line);
    }
    if (inFence) return blank(line);
    const heading = ANY_HEADING.exec(line);
    if (heading && glossaryLevel && heading[1]!.length <= glossaryLevel) glossaryLevel = 0;
    const glossary = GLOSSARY_HEADING.exec(line);
    if (glossary) glossaryLevel = glossary[1]!.length;
    if (glossaryLevel && !glossary) return blank(line);
    const at = line.indexOf(PLACEHOLDER);
    return at === -1 ? line : line.slice(0, at) + blank(line.slice(at));
  });
  return maskComments(out.join('\n')).replace(INLINE_NOISE, (m) => {
    // Keep the `]` of a link so the visible link text still ends where it did.
    return m.startsWith('](') ? ']' + blank(m.slice(1)) : blank(m);
  });
}

/** Blanks closed `<!-- … -->` comments in one linear pass; an unclosed one is left as text. */
function maskComments(s: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = s.indexOf('<!--', i);
    if (open === -1) break;
    const close = s.indexOf('-->', open + 4);
    if (close === -1) break;
    out += s.slice(i, open) + blank(s.slice(open, close + 3));
    i = close + 3;
  }
  return out + s.slice(i);
}

const HEADING = /^\s{0,3}#{1,6}\s+/;
const BRACKET_HEADING = /^\s*【[^】]{1,30}】\s*$/;
const SYMBOL_HEADING = /^\s*[■◆□◇▼▽]\s*/;
const TABLE = /^\s*\|/;
const QUOTE = /^\s{0,3}>\s?/;
/** Markdown markers need a following space; Japanese document markers (・ ① （1） １．) do not. */
const LIST =
  /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+|[・●○◦▪※]\s*|[①-⑳]\s*|[(（][0-9０-９一二三四五六七八九十ア-ン]{1,3}[)）]\s*|[0-9０-９]{1,2}[．.]\s*)/;

interface Line {
  start: number;
  kind: LineKind | 'blank';
  /** Offset where the content starts (after any marker). */
  contentStart: number;
  end: number;
}

function classify(line: string, start: number): Line {
  const end = start + line.length - (line.endsWith('\r') ? 1 : 0);
  const body = line.replace(/\r$/, '');
  if (body.trim() === '') return { start, kind: 'blank', contentStart: end, end };
  const marker = (re: RegExp): number => re.exec(body)?.[0].length ?? 0;
  if (HEADING.test(body)) return { start, kind: 'heading', contentStart: start + marker(HEADING), end };
  if (BRACKET_HEADING.test(body)) return { start, kind: 'heading', contentStart: start, end };
  if (SYMBOL_HEADING.test(body) && !/[。！？]/.test(body))
    return { start, kind: 'heading', contentStart: start + marker(SYMBOL_HEADING), end };
  if (TABLE.test(body)) return { start, kind: 'table', contentStart: start, end };
  if (QUOTE.test(body)) return { start, kind: 'quote', contentStart: start + marker(QUOTE), end };
  if (LIST.test(body)) return { start, kind: 'list', contentStart: start + marker(LIST), end };
  return { start, kind: 'para', contentStart: start, end };
}

/** What a line of masked text is (a heading, a list item, a table row, prose or blank). */
export function lineKind(line: string): LineKind | 'blank' {
  return classify(line, 0).kind;
}

const OPEN = new Set(['「', '『', '（', '(', '【', '〔', '［']);
const CLOSE = new Set(['」', '』', '）', ')', '】', '〕', '］']);
const TERMINATORS = new Set(['。', '！', '？', '!', '?']);
const SPACE = /[\s\u3000]/;

/** Splits [from, to) of `masked` into sentences; terminators inside brackets do not end a sentence. */
function splitLine(
  text: string,
  masked: string,
  from: number,
  to: number,
  kind: LineKind,
  paragraph: number,
) {
  const out: Sentence[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    let s = start;
    while (s < end && SPACE.test(masked[s]!)) s++;
    let e = end;
    while (e > s && SPACE.test(masked[e - 1]!)) e--;
    if (e > s)
      out.push({ start: s, end: e, text: text.slice(s, e), masked: masked.slice(s, e), kind, paragraph });
  };
  for (let i = from; i < to; i++) {
    const ch = masked[i]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && TERMINATORS.has(ch)) {
      let end = i + 1;
      while (end < to && TERMINATORS.has(masked[end]!)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(to);
  return out;
}

export interface Segments {
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

/** Sentences (headings, list items and prose; tables are left out) and the paragraphs they form. */
export function segment(text: string, masked: string): Segments {
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let offset = 0;
  for (const raw of masked.split('\n')) {
    const line = classify(raw, offset);
    offset += raw.length + 1;
    const prose = line.kind === 'para' || line.kind === 'quote';
    if (!prose) current = null;
    if (line.kind === 'blank' || line.kind === 'table') continue;
    if (prose && !current) {
      current = { start: line.contentStart, end: line.end, sentences: [] };
      paragraphs.push(current);
    }
    const index = prose ? paragraphs.length - 1 : -1;
    for (const s of splitLine(text, masked, line.contentStart, line.end, line.kind, index)) {
      if (current && prose) {
        current.sentences.push(sentences.length);
        current.end = s.end;
      }
      sentences.push(s);
    }
  }
  return { sentences, paragraphs };
}

/** Characters a reader sees: code points, not counting spaces or markdown emphasis marks. */
export function visibleLength(s: string): number {
  let n = 0;
  for (const ch of s) if (!/[\s\u3000*_~]/.test(ch)) n++;
  return n;
}
