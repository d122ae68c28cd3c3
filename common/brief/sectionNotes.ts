/**
 * Where the term explanations of a section go. Sentences of explanation after a sentence bury it
 * (「…。計上とは、…。補正予算とは、…。随意契約とは、…。」), so when a section would get two or more, they
 * go as ※ lines at its end, one per term in reading order, as Japanese documents put their notes
 * (「※林地残材：伐採した後に山に残される枝や根元など」). A section's only note stays after its sentence,
 * where it reads as part of the text. A council-answer phrase's note says what that sentence
 * commits to, so it stays after it, unless three or more would follow that one sentence
 * (※「注視」：様子を見ている（今は動かない）). Each note stays a change of its own.
 */
import { footnoteLine, type NoteChange } from './rewriteNotes';
import type { RewriteChange } from './rewriteOffsets';
import { REGISTER_CATEGORY } from './rules/jargon';
import { maskText, segment } from './text';

/** From this many term notes on, a section's notes go as ※ lines at its end. */
export const FOOTNOTES_FROM = 2;

/** From this many phrase notes after one sentence, they go as ※ lines too (a stack of hedges). */
export const PHRASE_FOOTNOTES_FROM = 3;

const isNote = (c: RewriteChange): c is NoteChange => 'note' in c && c.before === '';
const isPhrase = (c: NoteChange) => c.note.category === REGISTER_CATEGORY;

/**
 * The end of the section that holds offset `at`: the end of the last line before a heading line
 * (【課題】, ■ 現状), a blank line or the end of the text.
 */
function sectionEnd(text: string, at: number, headingLines: ReadonlySet<number>): number {
  let lineEnd = text.indexOf('\n', at);
  while (lineEnd !== -1) {
    const next = lineEnd + 1;
    const nextEnd = text.indexOf('\n', next);
    const line = text.slice(next, nextEnd === -1 ? text.length : nextEnd);
    if (line.trim() === '' || headingLines.has(next)) return lineEnd;
    lineEnd = nextEnd;
  }
  return text.trimEnd().length;
}

/**
 * The rewrite's changes with the term notes of every section that has `FOOTNOTES_FROM` or more
 * moved to ※ lines at the section's end, and the notes' entries dropped (the changes are data the
 * UI stores). A section whose end another change reaches across keeps its notes where they are.
 */
export function gatherSectionNotes(text: string, changes: readonly RewriteChange[]): RewriteChange[] {
  const headingLines = new Set(
    segment(text, maskText(text))
      .sentences.filter((s) => s.kind === 'heading')
      .map((s) => text.lastIndexOf('\n', s.start - 1) + 1),
  );
  const notes = changes.filter(isNote);
  const phrasesAt = (at: number) => notes.filter((n) => isPhrase(n) && n.start === at).length;
  const sections = new Map<number, NoteChange[]>();
  for (const n of notes) {
    const end = sectionEnd(text, n.start, headingLines);
    sections.set(end, [...(sections.get(end) ?? []), n]);
  }
  const moved = new Map<RewriteChange, RewriteChange>();
  for (const [end, inSection] of sections) {
    if (changes.some((c) => c.start < end && end < c.end)) continue;
    const terms = inSection.filter((n) => !isPhrase(n)).length;
    for (const n of inSection)
      if (isPhrase(n) ? phrasesAt(n.start) >= PHRASE_FOOTNOTES_FROM : terms >= FOOTNOTES_FROM)
        moved.set(n, { start: end, end, before: '', after: `\n${footnoteLine(n.note)}`, rule: n.rule });
  }
  // At one offset: the sentences inserted after the last sentence, then the ※ lines, then a change
  // that starts there (the ※ lines end the section before whatever follows it).
  const rank = (c: RewriteChange) => (c.before !== '' ? 2 : moved.has(c) ? 1 : 0);
  return changes
    .map((c, i) => ({ c, out: moved.get(c) ?? withoutEntry(c), i }))
    .sort((a, b) => a.out.start - b.out.start || rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ out }) => out);
}

function withoutEntry(change: RewriteChange): RewriteChange {
  const { start, end, before, after, rule } = change;
  return { start, end, before, after, rule };
}
