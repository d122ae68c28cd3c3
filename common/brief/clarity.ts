/**
 * Clarity: the share of sentences a company can read without a red-pen mark. It rises as
 * findings are fixed, which is what the compare view shows (original → brief). Headings and
 * placeholders are not sentences a reader has to parse, so they don't count.
 */
import { maskText, segment } from './text';
import type { Finding } from './types';

export function clarityScore(text: string, findings: readonly Finding[]): number {
  const { sentences } = segment(text, maskText(text));
  const prose = sentences.filter((s) => s.kind !== 'heading' && s.masked.trim() !== '');
  if (prose.length === 0) return findings.length === 0 ? 100 : 0;
  let flagged = 0;
  let f = 0;
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  for (const s of prose) {
    while (f < sorted.length && sorted[f]!.end <= s.start) f++;
    // A finding marks the sentence it overlaps (findings never span many sentences, except
    // conclusion-first, whose range starts at the paragraph's first sentence).
    if (f < sorted.length && sorted[f]!.start < s.end) flagged++;
  }
  return Math.round((100 * (prose.length - flagged)) / prose.length);
}
