/**
 * A heading is a name (第３章 施策の展開): explained in place it grows (取組の内容（施策の展開）) and
 * says again what its section's ※ line says (※施策：目的を達成するための行政の取組). When the section
 * under a heading explains the term, or a word of it, the heading keeps its words: explained once.
 */
import type { RewriteChange } from './rewriteOffsets';

/** A line that is a name, not a sentence: no sentence end, short (見出し, 第３章 …, （１）…). */
const isNameLine = (line: string) =>
  line.trim() !== '' && !/[。！？!?]/u.test(line) && [...line.trim()].length <= 40;

/** The terms a change explains: ※B：…, B（B：…）, 「Bとは、…。」. */
function explainedTerms(after: string): string[] {
  const out: string[] = [];
  for (const m of after.matchAll(/※「?([^：」\n]+)」?：/gu)) out.push(m[1]!);
  for (const m of after.matchAll(/（([^：（）\n]+)：/gu)) out.push(m[1]!);
  for (const m of after.matchAll(/(?:^|[。\n])「?([^。、「」\n]+?)」?とは、/gu)) out.push(m[1]!);
  return out;
}

/** `changes` (sorted, offsets into `text`) without a heading's explanation its section gives again. */
export function explainHeadingsOnce(text: string, changes: RewriteChange[]): RewriteChange[] {
  const drop = new Set<RewriteChange>();
  for (const c of changes) {
    if (c.rule !== 'jargon' || c.before === '') continue;
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    const lineEnd = text.indexOf('\n', c.end) === -1 ? text.length : text.indexOf('\n', c.end);
    if (!isNameLine(text.slice(lineStart, lineEnd))) continue;
    // The section: from the heading's end to the next name line after some prose, so headings
    // stacked under it (第４章 / 基本目標２ / 施策２－１) and their ※ lines are in it.
    let sectionEnd = text.length;
    let prose = false;
    for (let at = lineEnd + 1; at < text.length;) {
      const next = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
      const line = text.slice(at, next);
      if (isNameLine(line) && prose) {
        sectionEnd = at;
        break;
      }
      if (line.trim() !== '' && !isNameLine(line)) prose = true;
      at = next + 1;
    }
    const term = c.before;
    const again = changes.some(
      (o) =>
        o !== c &&
        o.start >= lineEnd &&
        o.start <= sectionEnd &&
        // A term's own change (施策 → 施策（目的を…）) explains it too.
        [...explainedTerms(o.after), ...(o.rule === 'jargon' ? [o.before] : [])].some(
          (t) => t.length > 1 && term.includes(t),
        ),
    );
    if (again) drop.add(c);
  }
  return drop.size ? changes.filter((c) => !drop.has(c)) : changes;
}
