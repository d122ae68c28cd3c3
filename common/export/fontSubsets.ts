/**
 * Which slices of a web font a text needs. Fontsource splits BIZ UDPGothic into ~120 Japanese
 * slices (plus latin, cyrillic, …), each with a CSS `unicode-range`; a print document references
 * only the slices its own characters fall in, so it stays small enough to embed or preload.
 */

/** An inclusive code point range and the slice that covers it. */
interface Span {
  start: number;
  end: number;
  subset: string;
}

/** Parses `U+0000-00FF,U+0131,…` into inclusive ranges. Unknown parts are skipped. */
export function parseUnicodeRange(range: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of range.split(',')) {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) continue;
    const start = parseInt(match[1]!, 16);
    out.push([start, match[2] ? parseInt(match[2], 16) : start]);
  }
  return out;
}

/** A lookup from code point to slice, built once per font. */
export class SubsetIndex {
  private readonly spans: Span[];

  /** @param ranges slice name → its CSS unicode-range */
  constructor(readonly ranges: Readonly<Record<string, string>>) {
    this.spans = Object.entries(ranges)
      .flatMap(([subset, range]) => parseUnicodeRange(range).map(([start, end]) => ({ start, end, subset })))
      .sort((a, b) => a.start - b.start);
  }

  /** The slice covering `codePoint`, or undefined if the font has no glyph for it. */
  subsetOf(codePoint: number): string | undefined {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = this.spans[mid]!;
      if (codePoint < span.start) hi = mid - 1;
      else if (codePoint > span.end) lo = mid + 1;
      else return span.subset;
    }
    return undefined;
  }

  /**
   * The slices needed to draw `text`, in the font's own order.
   * @param always slices to include regardless (e.g. latin for page numbers)
   */
  subsetsFor(text: string, always: readonly string[] = []): string[] {
    const needed = new Set(always);
    const seen = new Set<number>();
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      if (seen.has(cp)) continue;
      seen.add(cp);
      const subset = this.subsetOf(cp);
      if (subset) needed.add(subset);
    }
    return Object.keys(this.ranges).filter((s) => needed.has(s));
  }
}
