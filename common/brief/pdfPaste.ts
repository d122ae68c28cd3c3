/**
 * Text copied out of a PDF keeps the PDF's line ends: a sentence broken every 35 or so characters
 * (「…検討を行っ」 / 「ている。」) and the page numbers between pages (「- 12 -」). Every check reads a
 * line as a unit, so a wrapped sentence is read as fragments — the brief quoted 「を参照されたい。」 as
 * the problem to solve. `repairPdfPaste` joins such lines back and drops the page numbers; the UI
 * offers it, it never runs unasked (a line the author broke on purpose looks the same).
 */

/** 「- 12 -」「－１２－」「12 / 30」「P.12」: a line that is only a page number. */
const PAGE_NUMBER =
  /^[\s\u3000]*(?:[-－―ー‐—–]\s*[0-9０-９]{1,4}\s*[-－―ー‐—–]|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}|[pPｐＰ][.．]\s*[0-9０-９]{1,4})[\s\u3000]*$/u;

/** A sentence or a label ends here: the next line is a new one. */
const LINE_DONE = /[。．！？!?：:」』]$/u;

/** The next line starts an item or a section of its own (・ ① ⑴ （1） １． ア． 第3章 ※ - …). */
const STARTS_ITEM =
  /^[\s\u3000]|^(?:[・●○◦▪■◆□◇▼▽※*＊\-－]|[①-⑳]|[⑴-⒇]|[(（][0-9０-９一二三四五六七八九十ア-ン]{1,3}[)）]|[0-9０-９]{1,2}[．.、]|[ア-ン][．.]|第[0-9０-９一二三四五六七八九十]+[章節条款項])/u;

/** A new sentence opens with one of these: the line before it ended a paragraph, not mid-sentence. */
const OPENS_SENTENCE = /^(?:なお|また|ただし|さらに|このため|そのため|しかし|一方)、/u;

/** Display width in full-width units: a PDF wraps at a width, not at a number of characters. */
function width(line: string): number {
  let w = 0;
  for (const ch of line.trimEnd()) w += /[\u0020-\u007e\uff61-\uff9f]/u.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * The width a PDF wrapped the text at: the commonest width of the lines that stop mid-sentence,
 * shared by at least three of them (a typed text's lines are as long as their paragraphs, so none
 * is), else null. Not the widest line: a URL runs past the margin.
 */
function textWidth(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const w = Math.round(width(line));
    if (w >= 15 && !line.includes('\t') && !LINE_DONE.test(line.trimEnd()))
      counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 2;
  for (const [w, n] of counts)
    if (n > bestCount || (n === bestCount && best !== null && w > best)) [best, bestCount] = [w, n];
  return best;
}

/**
 * A line that stops where no typed line does, whatever the text's width: a long Japanese line on a
 * particle or a comma (「…適正化を」「…５０年代に」「…検討を行っ」), which a title, a poem's line, an
 * item or an address does not (they are short, or end on a noun). This finds the wraps of a paste
 * too short for a width (two lines), and of a PDF set in a proportional font.
 */
const JA_MID_SENTENCE = /[をがにのではもへ、，っゃゅょ]$/u;
/** A Japanese line as long as this is no poem's line, item or address. */
const JA_LONG = 24;
/** Latin text: a line wrapped between words is long and the next goes on in lower case. */
const LATIN_LINE = /^[\u0020-\u007e\u00a0-\u024f\u2013-\u201d\u2026]+$/u;
const LATIN_LONG = 40;

function stopsMidSentence(line: string, next: string): boolean {
  const l = line.trimEnd();
  if (LATIN_LINE.test(l))
    return l.length >= LATIN_LONG && !/[.!?:;]["')\u2019\u201d]?$/u.test(l) && /^[a-z(\u2018"']/u.test(next);
  return width(l) >= JA_LONG && JA_MID_SENTENCE.test(l);
}

/** Latin words on both sides of a line end are joined with a space; Japanese runs on without one. */
const joinLines = (line: string, next: string) =>
  /[A-Za-z0-9,;)\u2019\u201d"'-]$/u.test(line.trimEnd()) &&
  /^[A-Za-z0-9(\u2018\u201c"']/u.test(next) &&
  !/-$/u.test(line.trimEnd())
    ? `${line.trimEnd()} ${next}`
    : `${line.trimEnd()}${next}`;

export interface PdfPasteRepair {
  /** The text with wrapped lines joined and page-number lines removed. */
  text: string;
  /** Line ends joined. */
  joined: number;
  /** Page-number lines removed. */
  pageNumbers: number;
}

/**
 * Joins a line to the next when it fills the text's width (less two characters) or stops where no
 * typed line does (`stopsMidSentence`), does not end a sentence, and the next line neither starts an
 * item nor opens a sentence; drops lines that are only a page number. A text typed in an editor has
 * its paragraphs on one line each: it has no width, and its short lines (a poem, a list, an
 * address) are never read as wrapped.
 */
export function repairPdfPaste(text: string): PdfPasteRepair {
  const all = text.split('\n');
  const lines = all.filter((l) => !PAGE_NUMBER.test(l));
  const pageNumbers = all.length - lines.length;
  const measure = textWidth(lines);
  /** `line` is the last physical line of what is joined so far. */
  const wrapped = (line: string, next: string | undefined) =>
    next !== undefined &&
    next.trim() !== '' &&
    !line.includes('\t') &&
    !next.includes('\t') &&
    ((measure !== null && width(line) >= measure - 2) || stopsMidSentence(line, next)) &&
    !LINE_DONE.test(line.trimEnd()) &&
    !STARTS_ITEM.test(next) &&
    !OPENS_SENTENCE.test(next);
  const out: string[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let last = line;
    while (wrapped(last, lines[i + 1])) {
      const next = lines[++i]!;
      // Japanese runs on without a space; so does a URL the PDF wrapped (it ends in no word).
      line = joinLines(line, next);
      last = next;
      joined++;
    }
    out.push(line);
  }
  return { text: out.join('\n'), joined, pageNumbers };
}
