/**
 * Where the company rewrite explains a term in a sentence of its own instead of inline: after a
 * sentence the inline explanations would make too long (so it can still be cut), after a sentence
 * whose term a winning change reworded, and for a glossary term only a rewording spells. Each note
 * goes where noteAnchor puts it; an abbreviation's full form goes before its sentence instead.
 */
import { analyzeText } from './analyze';
import { glossaryMatcher } from './matcher';
import { noteAnchor } from './noteAnchor';
import { toInput, type RewriteChange } from './rewriteOffsets';
import { isPolite, type WordChange } from './rewriteWords';
import { plainCore, REGISTER_CATEGORY } from './rules/jargon';
import { explanationSentence, LEADING_PARTICLE, PARTICLE_LED } from './rules/jargonNote';
import { tableBlock } from './tableRows';
import { maskText, segment, visibleLength } from './text';
import type { AnalyzeOptions, GlossaryEntry } from './types';

/**
 * 「※林地残材：伐採した後に山に残される枝や根元など」: a term's explanation as a ※ line at the end of
 * its section (sectionNotes.ts), with 〜 where a particle-led term's noun goes, as in
 * explanationSentence. ownNotes.ts, the jargon rule's noteAt and rewriteWords' notedAlready know
 * this form too.
 */
export function footnoteLine(entry: GlossaryEntry): string {
  // A phrase keeps its note (約束ではない) and is quoted: ※「前向きに検討」：実施する方向で検討（時期は未定）
  const register = entry.category === REGISTER_CATEGORY;
  const wording = register ? entry.plain : plainCore(entry);
  const led = PARTICLE_LED.test(entry.term) && LEADING_PARTICLE.test(wording);
  const term = led ? `〜${entry.term}` : entry.term;
  return `※${register ? `「${term}」` : term}：${led ? '〜' : ''}${wording}`;
}

export { explanationSentence };

/** A term's explanation inserted after its sentence, with the entry it explains (see sectionNotes.ts). */
export interface NoteChange extends RewriteChange {
  note: GlossaryEntry;
}

/** 「宅地建物取引業者を宅建業者といいます。」: an abbreviation's full form as a sentence of its own. */
export function fullFormSentence(entry: GlossaryEntry, polite: boolean): string {
  return `${entry.full}を${entry.term}と${polite ? 'いいます' : 'いう'}。`;
}

/**
 * The change that inserts a term's explanation sentence at `at`: after a sentence that ends in 。,
 * or on a line of its own after one that does not (a heading, a list item).
 */
function noteChange(at: number, ends: boolean, entry: GlossaryEntry, polite: boolean): NoteChange {
  return {
    start: at,
    end: at,
    before: '',
    after: (ends ? '' : '\n') + explanationSentence(entry, polite),
    rule: 'jargon',
    note: entry,
  };
}

/**
 * Inline explanations lengthen the sentence they sit in. Where a sentence would go over the limit
 * with them, its term explanations move into sentences of their own right after it (the term stays
 * as written), so the sentence can still be cut at its clause boundaries into short ones. After a
 * line with no 。 (a title, a list of items) they go on lines of their own. An abbreviation's full
 * form goes in a sentence before it instead: the full form must come first.
 */
export function explainAfterLongSentences(
  text: string,
  picked: readonly WordChange[],
  options: AnalyzeOptions,
  limit: number,
): RewriteChange[] {
  const matcher = glossaryMatcher(options.userGlossary);
  const polite = isPolite(text);
  const out: RewriteChange[] = [];
  let i = 0;
  const strip = ({ term: _term, deferred: _deferred, lost: _lost, ...change }: WordChange): RewriteChange =>
    change;
  const sentences = segment(text, maskText(text)).sentences;
  for (const [k, s] of sentences.entries()) {
    const inside: WordChange[] = [];
    while (i < picked.length && picked[i]!.start < s.end) {
      if (picked[i]!.start >= lineHead(text, s.start))
        inside.push(picked[i]!); // ・用語 counts
      else if (!picked[i]!.deferred) out.push(strip(picked[i]!));
      i++;
    }
    const grown = inside.reduce((n, c) => n + (c.deferred ? 0 : c.after.length - c.before.length), 0);
    // A table's cell holds a figure's name, not a sentence: its terms are explained under the table.
    const table = inside.length ? tableBlock(text, s.start) : null;
    const long = table !== null || visibleLength(s.masked) + grown > limit;
    const ends = table === null && /[。．]$/u.test(s.text);
    for (const c of inside) {
      if (c.deferred && rewordedIntoAnother(text, c, inside, matcher)) continue;
      const entry = (long || c.deferred || cramped(text, c)) && c.term ? matcher.lookup(c.term) : undefined;
      if (c.rule === 'abbreviation-first') {
        // The full form must come before the first use, so its sentence goes before the sentence
        // (on a line of its own before a line with no 。); a table's, after the table.
        const at = table ? table.end : lineHead(text, s.start);
        if (entry?.full)
          out.push({
            start: at,
            end: at,
            before: '',
            after: table
              ? `\n${fullFormSentence(entry, polite)}`
              : fullFormSentence(entry, polite) + (ends ? '' : '\n'),
            rule: c.rule,
          });
        else if (!table) out.push(strip(c));
      } else if (!entry || plainCore(entry) === '') {
        if (!c.deferred && !table) out.push(strip(c));
      } else {
        const at = table ? table.end : ends ? noteAnchor(text, sentences, k) : s.end;
        out.push(noteChange(at, ends, entry, polite));
        if (!c.deferred) out.push(...regained(c, inside));
      }
    }
  }
  out.push(...picked.slice(i).map(strip));
  // An insertion goes before a change that starts where it does (「…といいます。」 before 「・用語」).
  return out.sort((a, b) => a.start - b.start || Number(a.before !== '') - Number(b.before !== ''));
}

/**
 * A council phrase that another change rewords into a different listed phrase (国の責任において →
 * 国の責任で): the note quotes what the text says after the rewording, written by explainNewTerms,
 * so the phrase that is gone gets none (two notes with one meaning read as a stutter).
 */
function rewordedIntoAnother(
  text: string,
  note: WordChange,
  sentence: readonly WordChange[],
  matcher: ReturnType<typeof glossaryMatcher>,
): boolean {
  const o = sentence.find((x) => !x.deferred && x.start >= note.start && x.end <= note.end);
  if (!o) return false;
  const reworded = text.slice(note.start, o.start) + o.after + text.slice(o.end, note.end);
  return matcher
    .scan(reworded)
    .some(
      (hit) =>
        hit.entry.category === REGISTER_CATEGORY &&
        hit.entry.term !== note.term &&
        !text.includes(hit.entry.term),
    );
}

/** The fixes `term` beat, once its inline explanation is gone: those no other change in the sentence overlaps. */
function regained(term: WordChange, sentence: readonly WordChange[]): RewriteChange[] {
  const out: RewriteChange[] = [];
  const overlaps = (a: RewriteChange, b: RewriteChange) => a.start < b.end && b.start < a.end;
  for (const l of term.lost ?? [])
    if (
      !sentence.some((o) => o !== term && !o.deferred && overlaps(o, l)) &&
      !out.some((o) => overlaps(o, l))
    )
      out.push(l);
  return out;
}

/**
 * True when an inline explanation would sit beside another bracket or inside one: 「雨水管理総合計画
 * （雨水管理総合計画：…）（令和8年3月策定）」, 「（…一般会計補正予算（一般会計：…）の成立を前提とする。）」
 * read as a tangle of brackets, so the term is explained after its line instead.
 */
function cramped(text: string, c: WordChange): boolean {
  if (c.rule !== 'jargon' || !/[（(]/u.test(c.after) || /[（(]/u.test(c.before)) return false;
  if (/^[（(]/u.test(text.slice(c.end, c.end + 1))) return true;
  const line = text.slice(text.lastIndexOf('\n', c.start - 1) + 1, c.start);
  const open = (line.match(/[（(]/gu) ?? []).length;
  return open > (line.match(/[）)]/gu) ?? []).length;
}

/** Where the sentence at `start` begins, before a bullet that opens its line (・空き家バンク…). */
function lineHead(text: string, start: number): number {
  const line = text.lastIndexOf('\n', start - 1) + 1;
  return /^[\s・●○■□◆◇※-]*$/u.test(text.slice(line, start)) ? line : start;
}

/**
 * A rewording can make a term the input did not hold (市街化調整区域における地区計画 → …区域の地区計画,
 * a glossary term of its own): it is explained in a sentence after its sentence, as a second
 * rewrite would explain it. The jargon rule reads the whole text again only when the glossary finds
 * such a term across a rewording, which is rare.
 */
export function explainNewTerms(
  text: string,
  pass1: string,
  words: readonly RewriteChange[],
  options: AnalyzeOptions,
): NoteChange[] {
  const matcher = glossaryMatcher(options.userGlossary);
  const made = new Set<string>();
  let shift = 0;
  for (const w of words) {
    const from = w.start + shift;
    const to = from + w.after.length;
    shift += w.after.length - (w.end - w.start);
    // An abbreviation's full form (観光地域づくり法人をDMOという。) can be a term of its own.
    if (w.rule === 'jargon' || (w.before === '' && w.rule !== 'abbreviation-first')) continue;
    const window = pass1.slice(Math.max(0, from - 30), to + 30);
    const offset = Math.max(0, from - 30);
    for (const hit of matcher.scan(window))
      if (offset + hit.start < to && offset + hit.end > from && !text.includes(hit.entry.term))
        made.add(hit.entry.term);
  }
  if (made.size === 0) return [];
  const polite = isPolite(text);
  const sentences = segment(pass1, maskText(pass1)).sentences;
  const out: NoteChange[] = [];
  for (const f of analyzeText(pass1, { ...options, rules: ['jargon'] })) {
    if (f.again) continue;
    const entry = made.has(f.text) ? matcher.lookup(f.text) : undefined;
    const k = sentences.findIndex((x) => x.start <= f.start && f.start < x.end);
    const s = sentences[k];
    const ends = s !== undefined && /[。．]$/u.test(s.text);
    const at = s ? toInput(ends ? noteAnchor(pass1, sentences, k) : s.end, words, true) : null;
    if (!entry || !s || at === null || plainCore(entry) === '') continue;
    out.push(noteChange(at, ends, entry, polite));
  }
  return out;
}
