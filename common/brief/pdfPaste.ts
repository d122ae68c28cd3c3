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

export interface PdfPasteRepair {
  /** The text with wrapped lines joined and page-number lines removed. */
  text: string;
  /** Line ends joined. */
  joined: number;
  /** Page-number lines removed. */
  pageNumbers: number;
}

/**
 * Joins a line to the next when it fills the text's width (less two characters) and stops
 * mid-sentence, and the next line neither starts an item nor opens a sentence; drops lines that are
 * only a page number. A text typed in an editor has its paragraphs on one line each: it has no
 * width, so none of its lines is read as wrapped.
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
    measure !== null &&
    width(line) >= measure - 2 &&
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
      // Japanese runs on without a space; so does a URL the PDF wrapped.
      line = `${line.trimEnd()}${next}`;
      last = next;
      joined++;
    }
    out.push(line);
  }
  return { text: out.join('\n'), joined, pageNumbers };
}
