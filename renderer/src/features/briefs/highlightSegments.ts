/** Split text into runs for the backdrop behind a textarea, each with the findings covering it. */
export interface Span {
  start: number;
  end: number;
  rule: string;
  index: number;
}

export interface Segment {
  text: string;
  /** Findings covering this run (empty for plain text); nested findings both show. */
  spans: Span[];
}

/**
 * Cuts at every span boundary so overlapping findings (a jargon term inside a long sentence)
 * are all drawn. Spans past the end of the text are ignored.
 */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans.filter((s) => s.end > s.start && s.start < text.length);
  if (valid.length === 0) return text ? [{ text, spans: [] }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(Math.min(s.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  const open: Span[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= from) open.push(byStart[next++]!);
    const covering = open.filter((s) => s.end > from);
    open.length = 0;
    open.push(...covering);
    segments.push({ text: text.slice(from, to), spans: covering });
  }
  return segments;
}
