/**
 * The start of a note, for the accessible name of its 編集 button: five notes by one speaker in
 * one minute would otherwise all be 「編集 10:05 山田議員」. First line, whitespace collapsed.
 */
export function noteExcerpt(body: string, max = 20): string {
  const firstLine = body.trim().split('\n', 1)[0] ?? '';
  const line = firstLine.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
