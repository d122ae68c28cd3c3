import type { RewriteChange } from '../../../../common/brief/rewrite';

/** How many characters of the original lead up to a change in its list entry. */
const LEAD = 12;

/**
 * The words just before a change, from its own line: 「おり、」→「いる。」 alone could be any of
 * a dozen places, 「…担い手不足が顕在化して」 says which. Empty at the start of a line.
 */
export function changeLead(source: string, change: RewriteChange): string {
  const lineStart = source.lastIndexOf('\n', change.start - 1) + 1;
  const from = Math.max(lineStart, change.start - LEAD);
  const lead = source.slice(from, change.start);
  return from > lineStart ? `…${lead}` : lead;
}
