/**
 * Where the term explanations of a block of text go. Sentences of explanation after a sentence bury
 * it (「…。計上とは、…。補正予算とは、…。随意契約とは、…。」), so when a block would get two or more,
 * they go as ※ lines at its end, one per term in reading order, as Japanese documents put their
 * notes (「※林地残材：伐採した後に山に残される枝や根元など」). A block ends at a heading, a blank line,
 * the end of a line of prose, or a topic turn inside a line (noteBlocks.ts), so the notes stay near
 * the words they explain. A block's only note stays after its sentence, where it reads as part of
 * the text. A council-answer phrase's note says what that sentence commits to, so it stays after
 * it, unless three or more explanations would follow that one sentence (※「注視」：様子を見ている
 * （今は動かない）). Each note stays a change of its own.
 */
import { blockEndAt, noteBlockEnds, type BlockEnd } from './noteBlocks';
import { footnoteLine, type NoteChange } from './rewriteNotes';
import type { RewriteChange } from './rewriteOffsets';
import { REGISTER_CATEGORY } from './rules/jargon';

/** From this many term notes on, a block's notes go as ※ lines at its end. */
export const FOOTNOTES_FROM = 2;

/** From this many phrase notes after one sentence, they go as ※ lines too (a stack of hedges). */
export const PHRASE_FOOTNOTES_FROM = 3;

/** More ※ lines than this at one block's end hide its text: the block ends after each sentence instead. */
export const MAX_FOOTNOTE_LINES = 5;

/** The rule of the line break that ends a block inside a line, so its ※ lines start lines of their own. */
export const BLOCK_BREAK_RULE = 'paragraph-break';

const isNote = (c: RewriteChange): c is NoteChange => 'note' in c && c.before === '';
const isPhrase = (c: NoteChange) => c.note.category === REGISTER_CATEGORY;

/**
 * Where the note's term is: a note goes after its sentence and the sentences on its line that
 * point back at it (noteAnchor.ts), which may be past a block's end; the term is where it belongs.
 */
function termAt(text: string, note: NoteChange): number {
  const at = text.lastIndexOf(note.note.term, note.start - 1);
  const line = text.lastIndexOf('\n', note.start - 1) + 1;
  // The term's end: a term that opens a block (at the end offset of the block before) is in its own.
  return at >= line ? at + note.note.term.length : note.start;
}

/** Where a note goes: the end of its block, and whether it goes there as a ※ line. */
interface Place {
  end: BlockEnd;
  gathered: boolean;
}

/** Each note's block among `ends`, and whether its block (or its sentence) has too many to stay inline. */
function placeNotes(
  text: string,
  notes: readonly NoteChange[],
  ends: readonly BlockEnd[],
): Map<NoteChange, Place> {
  const phrasesAt = (at: number) => notes.filter((n) => isPhrase(n) && n.start === at).length;
  const byTerm = new Map<NoteChange, BlockEnd>(notes.map((n) => [n, blockEndAt(ends, termAt(text, n))]));
  const termsIn = (end: BlockEnd) => notes.filter((n) => !isPhrase(n) && byTerm.get(n) === end).length;
  const blockOf = new Map<NoteChange, BlockEnd>();
  for (const n of notes) {
    // A block's only note that goes after a sentence past its end is read with the notes there.
    const own = byTerm.get(n)!;
    blockOf.set(n, !isPhrase(n) && n.start > own.at && termsIn(own) === 1 ? blockEndAt(ends, n.start) : own);
  }
  const termsAt = (end: BlockEnd) => notes.filter((n) => !isPhrase(n) && blockOf.get(n) === end).length;
  const gathered = new Set(
    notes.filter((n) =>
      isPhrase(n) ? phrasesAt(n.start) >= PHRASE_FOOTNOTES_FROM : termsAt(blockOf.get(n)!) >= FOOTNOTES_FROM,
    ),
  );
  // Three explanation sentences in a row bury a sentence whatever they explain: a block's only term
  // note and two phrase notes after one sentence go as ※ lines too.
  for (const n of notes) {
    const inline = notes.filter((o) => o.start === n.start && !gathered.has(o));
    if (inline.length >= PHRASE_FOOTNOTES_FROM) for (const o of inline) gathered.add(o);
  }
  return new Map(notes.map((n) => [n, { end: blockOf.get(n)!, gathered: gathered.has(n) }]));
}

/**
 * The rewrite's changes with the term notes of every block that has `FOOTNOTES_FROM` or more
 * moved to ※ lines at the block's end, and the notes' entries dropped (the changes are data the
 * UI stores). A block whose end another change reaches across keeps its notes where they are.
 * Inside a line, a line break (a change of its own) comes before the ※ lines and each ※ line
 * ends its own line, so accepting any of them leaves the text after on a line of its own.
 */
export function gatherSectionNotes(text: string, changes: readonly RewriteChange[]): RewriteChange[] {
  const notes = changes.filter(isNote);
  const coarse = noteBlockEnds(text);
  let places = placeNotes(text, notes, coarse);
  // A wall of ※ lines hides the text above it: a block that would get more than MAX_FOOTNOTE_LINES
  // ends after each of its sentences instead (the rewrite's own cuts are not used: a rejected cut
  // would leave ※ lines inside a sentence).
  const lines = (e: BlockEnd) => [...places.values()].filter((p) => p.gathered && p.end === e).length;
  const crowded = coarse.filter((e) => lines(e) > MAX_FOOTNOTE_LINES);
  if (crowded.length > 0) {
    const fine = noteBlockEnds(text, 1);
    const within = (f: BlockEnd) =>
      crowded.some((e) => {
        const before = coarse[coarse.indexOf(e) - 1]?.at ?? -1;
        return f.at > before && f.at < e.at;
      });
    const ends = [...coarse, ...fine.filter(within)].sort((a, b) => a.at - b.at);
    places = placeNotes(text, notes, ends);
  }
  const gathered = new Set([...places].filter(([, p]) => p.gathered).map(([n]) => n));
  const blockOf = new Map([...places].map(([n, p]) => [n, p.end]));
  // A block's end that another change reaches across keeps its notes where they are.
  const open = (end: BlockEnd) => !changes.some((c) => c.start < end.at && end.at < c.end);
  const moved = new Map<RewriteChange, RewriteChange>();
  const breaks = new Map<BlockEnd, RewriteChange>();
  for (const n of gathered) {
    const end = blockOf.get(n)!;
    if (!open(end)) continue;
    const line = footnoteLine(n.note);
    const after = end.midLine ? `${line}\n` : `\n${line}`;
    moved.set(n, { start: end.at, end: end.at, before: '', after, rule: n.rule });
    if (end.midLine)
      breaks.set(end, { start: end.at, end: end.at, before: '', after: '\n', rule: BLOCK_BREAK_RULE });
  }
  // At one offset: the sentences inserted after the last sentence, a block's line break, its ※
  // lines, then what goes before the next sentence (an abbreviation's full form) and a change that
  // starts there (the ※ lines end the block before whatever follows it).
  const rank = (c: RewriteChange) =>
    c.before !== '' || c.rule === 'abbreviation-first'
      ? 3
      : moved.has(c)
        ? 2
        : c.rule === BLOCK_BREAK_RULE
          ? 1
          : 0;
  return [...changes, ...breaks.values()]
    .map((c, i) => ({ c, out: moved.get(c) ?? withoutEntry(c), i }))
    .sort((a, b) => a.out.start - b.out.start || rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ out }) => out);
}

function withoutEntry(change: RewriteChange): RewriteChange {
  const { start, end, before, after, rule } = change;
  return { start, end, before, after, rule };
}

/**
 * The decisions on `changes` once change `index` is set to `value`. A ※ line inside a line needs
 * the line break before it, or it runs on from the sentence (「…です。※計上：…」): accepting one
 * accepts its break, and rejecting the break rejects them. Every other decision stays as it was.
 */
export function decideChange(
  changes: readonly RewriteChange[],
  accepted: readonly boolean[],
  index: number,
  value: boolean,
): boolean[] {
  const next = accepted.map((v, i) => (i === index ? value : v));
  const c = changes[index];
  if (!c) return next;
  const isBreak = (o: RewriteChange) => o.rule === BLOCK_BREAK_RULE && o.before === '';
  // A ※ line inside a line starts with ※ (one after a line's end starts with its line break).
  const inLine = (o: RewriteChange) => o.before === '' && o.after.startsWith('※');
  changes.forEach((o, i) => {
    if (o.start !== c.start || i === index) return;
    if (isBreak(c) && !value && inLine(o)) next[i] = false;
    if (inLine(c) && value && isBreak(o)) next[i] = true;
  });
  return next;
}
