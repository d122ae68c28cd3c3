/**
 * 「企業向けに書き換え」: a plain rewrite of a municipal text as a list of independent changes the
 * author accepts or rejects one by one. Pass 1 takes the one-click fixes of the word-level rules
 * (first use of each term explained, redundant forms, double negatives, passives made active with
 * the doer left as 【要記入：主語】, mixed endings). Pass 2
 * cuts sentences still over the limit at clause boundaries, recursively, and maps those cuts back
 * to offsets in the input. A change that would alter a number, date, amount, URL or proper noun
 * is dropped, so accepting everything never changes a fact.
 */
import { analyzeText, DEFAULT_MAX_SENTENCE_LENGTH } from './analyze';
import { clauseCuts, type ClauseCut } from './clauses';
import { glossaryMatcher } from './matcher';
import { plainCore, REGISTER_CATEGORY } from './rules/jargon';
import { mainStyle } from './rules/mixedStyle';
import { endsAsNoun } from './rules/jargonSlot';
import type { MorphToken } from './morph';
import { maskText, segment, visibleLength } from './text';
import { lineBreaks } from './lineBreaks';
import { noteAnchor } from './noteAnchor';
import { inside, ownExplanationSpans } from './ownNotes';
import { exampleListRewrite, listRewrite, type ListRewrite } from './listItems';
import { cutChange, cutFits, foldIntoCuts, spanChange, toInput, type RewriteChange } from './rewriteOffsets';
import type { AnalyzeOptions, Finding, GlossaryEntry } from './types';

export type { RewriteChange } from './rewriteOffsets';

export interface RewriteResult {
  /** The input with every change applied. */
  rewritten: string;
  changes: RewriteChange[];
  /** Sentences of `rewritten` still over the limit because no clause boundary was found. */
  unsplit: { start: number; end: number; text: string }[];
}

/** Rules whose fixes the rewrite takes, in the order they win overlaps. */
const WORD_RULES = [
  'double-negative',
  'redundant',
  'jargon',
  'abbreviation-first',
  'passive-hedge',
  'mixed-style',
] as const;
/** The word rules that judge within one sentence. */
const SENTENCE_RULES = ['double-negative', 'redundant', 'passive-hedge'] as const;
/** A sentence piece shorter than this is not worth its own sentence (「食生活の改善を促します。」, 12, is). */
const MIN_PIECE = 10;

/** Digits, amounts, dates, URLs and Latin names: what a change must carry over unchanged. */
const PROTECTED = /https?:\/\/\S+|[0-9０-９][0-9０-９,，.．]*|[A-Za-zＡ-Ｚａ-ｚ]{2,}/gu;

/** True when every protected item of `before` (numbers, URLs, proper nouns) is still in `after`. */
export function keepsFacts(before: string, after: string, properNouns: readonly string[] = []): boolean {
  for (const m of before.matchAll(PROTECTED)) if (!after.includes(m[0])) return false;
  return properNouns.every((p) => !before.includes(p) || after.includes(p));
}

/** Applies non-overlapping `changes` (offsets into `text`), optionally only those in `accepted`. */
export function applyChanges(
  text: string,
  changes: readonly RewriteChange[],
  accepted: (change: RewriteChange, index: number) => boolean = () => true,
): string {
  let out = '';
  let at = 0;
  const ordered = changes.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start);
  for (const { c, i } of ordered) {
    if (!accepted(c, i) || c.start < at || text.slice(c.start, c.end) !== c.before) continue;
    out += text.slice(at, c.start) + c.after;
    at = c.end;
  }
  return out + text.slice(at);
}

function properNounsOf(tokens: readonly MorphToken[] | null): string[] {
  return tokens ? tokens.filter((t) => t.detail === '固有名詞').map((t) => t.surface) : [];
}

/** A pass-1 change and, for a term explanation, the glossary term it explains. */
interface WordChange extends RewriteChange {
  term?: string;
  /**
   * The term's inline fix overlaps a change that won (協議を行う → 協議する over 協議): it is
   * explained in a sentence of its own after its sentence instead, not dropped — else a second
   * rewrite, with nothing left in the way, would explain it then.
   */
  deferred?: true;
  /**
   * Fixes that lost their overlap to this term's inline explanation (周知される → 【要記入：主語】が周知する
   * under 周知（広く知らせること）): they are made after all when the explanation moves out of a long
   * sentence — else only a second rewrite, with the term explained, would make them.
   */
  lost?: RewriteChange[];
}

/** Pass 1: the word-level fixes, one per span, the first explanation of each term only. */
function wordChanges(
  text: string,
  options: AnalyzeOptions,
  nouns: readonly string[],
  rules: readonly (typeof WORD_RULES)[number][] = WORD_RULES,
): WordChange[] {
  const own = ownExplanationSpans(text, glossaryMatcher(options.userGlossary));
  const findings = analyzeText(text, { ...options, rules: [...rules] }).filter((f) => !inside(own, f));
  const rank = (f: Finding) => WORD_RULES.indexOf(f.rule as (typeof WORD_RULES)[number]);
  const explained = new Set<string>();
  const picked: WordChange[] = [];
  for (const f of [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start)) {
    if (f.rule === 'jargon' && !f.fix) {
      const note = registerNote(text, f, options, explained);
      if (note) picked.push(note);
      continue;
    }
    if (!f.fix) continue;
    if (f.rule === 'jargon') {
      if (explained.has(f.text)) continue;
      explained.add(f.text);
    }
    const { start, end, replacement } = f.fix;
    const before = text.slice(start, end);
    if (before === replacement || !keepsFacts(before, replacement, nouns)) continue;
    // 指定管理者（指定管理者）: an abbreviation whose full form is itself explains nothing.
    if (f.rule === 'abbreviation-first' && replacement.includes(`${f.text}（${f.text}）`)) continue;
    const winner = picked.find((c) => !c.deferred && start < c.end && c.start < end);
    if (winner && f.rule !== 'jargon') {
      if (winner.rule === 'jargon')
        (winner.lost ??= []).push({ start, end, before, after: replacement, rule: f.rule });
      continue;
    }
    const term = winner && f.rule === 'jargon' ? termLeft(text, f, winner, options, explained) : f.text;
    if (term === null) continue;
    const change: WordChange = { start, end, before, after: replacement, rule: f.rule };
    if (f.rule === 'jargon' || f.rule === 'abbreviation-first') change.term = term;
    if (winner) change.deferred = true;
    picked.push(change);
  }
  return picked.sort((a, b) => a.start - b.start);
}

/**
 * A council-answer phrase that commits to nothing (国の動向を注視, 研究してまいります) has no wording
 * that fits its slot, yet a company must be told plainly what it means: it is explained in a
 * sentence after its sentence (「「注視」とは、様子を見ている（今は動かない）という意味です。」),
 * unless the text already says so (a rewritten text, rewritten again).
 */
function registerNote(
  text: string,
  f: Finding,
  options: AnalyzeOptions,
  explained: Set<string>,
): WordChange | null {
  const entry = glossaryMatcher(options.userGlossary).lookup(f.text);
  // The notes' own wording (選択肢の一つ, 様子を見ながら) never gets here: wordChanges leaves the
  // rewrite's own explanations alone (ownNotes.ts).
  if (entry?.category !== REGISTER_CATEGORY || explained.has(f.text)) return null;
  explained.add(f.text);
  if (notedAlready(text, entry.term)) return null;
  const before = text.slice(f.start, f.end);
  return { start: f.start, end: f.end, before, after: before, rule: 'jargon', term: f.text, deferred: true };
}

/**
 * True when `text` holds the rewrite's note on `phrase` or on a phrase that holds it or that it
 * holds: a cut or a register fix can leave part of a noted phrase (注視しつつ、 → 注視する。あわせて、,
 * 考えております → 考えている), and the reader was told what it means already.
 */
function notedAlready(text: string, phrase: string): boolean {
  for (const m of text.matchAll(/「([^」。]+)」とは、/gu))
    if (m[1]!.includes(phrase) || phrase.includes(m[1]!)) return true;
  return false;
}

/**
 * The term to explain after the sentence when a change that won rewords `term` (整合を図る →
 * 整合する): the term itself if it is still there, else the first term still to be explained in
 * the change's wording (整合), else null — explaining a phrase no longer in the text would leave a
 * second rewrite to rewrite the explanation and explain what remains.
 */
function termLeft(
  text: string,
  term: Finding,
  winner: RewriteChange,
  options: AnalyzeOptions,
  explained: Set<string>,
): string | null {
  const from = Math.min(term.start, winner.start);
  const to = Math.max(term.end, winner.end);
  const reworded = text.slice(from, winner.start) + winner.after + text.slice(winner.end, to);
  if (reworded.includes(term.text)) return term.text;
  const left = analyzeText(winner.after, { ...options, rules: ['jargon'] }).find(
    (f) => !explained.has(f.text),
  );
  if (!left) return null;
  explained.add(left.text);
  return left.text;
}

/** 「評価検証とは、結果を評価して確かめることです。」: a term's explanation as a sentence of its own. */
export function explanationSentence(entry: GlossaryEntry, polite: boolean): string {
  const ending = polite ? 'です' : 'である';
  // A phrase (前向きに検討してまいります) is quoted; its note (約束ではない) is what a company needs.
  if (entry.category === REGISTER_CATEGORY)
    return `「${entry.term}」とは、${entry.plain}という意味${ending}。`;
  const core = plainCore(entry);
  // 「別に定めるとは、別の決まりで定めるのこと」 is not Japanese: a verb wording says what it means.
  const noun = /(?:こと|もの|人|方|者)$/u.test(core)
    ? core
    : endsAsNoun(core)
      ? `${core}のこと`
      : `${core}という意味`;
  return `${entry.term}とは、${noun}${ending}。`;
}

/** 「宅地建物取引業者を宅建業者といいます。」: an abbreviation's full form as a sentence of its own. */
export function fullFormSentence(entry: GlossaryEntry, polite: boolean): string {
  return `${entry.full}を${entry.term}と${polite ? 'いいます' : 'いう'}。`;
}

/**
 * Inline explanations lengthen the sentence they sit in. Where a sentence would go over the limit
 * with them, its term explanations move into sentences of their own right after it (the term stays
 * as written), so the sentence can still be cut at its clause boundaries into short ones. After a
 * line with no 。 (a title, a list of items) they go on lines of their own. An abbreviation's full
 * form goes in a sentence before it instead: the full form must come first.
 */
function explainAfterLongSentences(
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
    const long = visibleLength(s.masked) + grown > limit;
    const ends = /[。．]$/u.test(s.text);
    for (const c of inside) {
      if (c.deferred && rewordedIntoAnother(text, c, inside, matcher)) continue;
      const entry = (long || c.deferred) && c.term ? matcher.lookup(c.term) : undefined;
      if (c.rule === 'abbreviation-first') {
        // The full form must come before the first use, so its sentence goes before the sentence
        // (on a line of its own before a line with no 。).
        if (entry?.full)
          out.push({
            start: lineHead(text, s.start),
            end: lineHead(text, s.start),
            before: '',
            after: fullFormSentence(entry, polite) + (ends ? '' : '\n'),
            rule: c.rule,
          });
        else out.push(strip(c));
      } else if (!entry || plainCore(entry) === '') {
        if (!c.deferred) out.push(strip(c));
      } else {
        const at = ends ? noteAnchor(text, sentences, k) : s.end;
        out.push({
          start: at,
          end: at,
          before: '',
          after: (ends ? '' : '\n') + explanationSentence(entry, polite),
          rule: 'jargon',
        });
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
function explainNewTerms(
  text: string,
  pass1: string,
  words: readonly RewriteChange[],
  options: AnalyzeOptions,
): RewriteChange[] {
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
  const out: RewriteChange[] = [];
  for (const f of analyzeText(pass1, { ...options, rules: ['jargon'] })) {
    const entry = made.has(f.text) ? matcher.lookup(f.text) : undefined;
    const k = sentences.findIndex((x) => x.start <= f.start && f.start < x.end);
    const s = sentences[k];
    const ends = s !== undefined && /[。．]$/u.test(s.text);
    const at = s ? toInput(ends ? noteAnchor(pass1, sentences, k) : s.end, words, true) : null;
    if (!entry || !s || at === null || plainCore(entry) === '') continue;
    out.push({
      start: at,
      end: at,
      before: '',
      after: (ends ? '' : '\n') + explanationSentence(entry, polite),
      rule: 'jargon',
    });
  }
  return out;
}

/** Rules whose fixes a word change can make possible (see settleWords). */
const SETTLE_RULES = ['mixed-style', ...SENTENCE_RULES] as const;
/** Changes whose wording is final: a term's explanation or an abbreviation's full form. */
const EXPLAINS = new Set(['jargon', 'abbreviation-first']);

/**
 * A word change can leave a form that another word rule rewrites, which a second rewrite would
 * then find: a change that wins over a です・ます fix at the same place (協議を行う → 協議する in a
 * です・ます text), a rewording that ends in a redundant form (との連携を図ることとする → と連携する
 * こととする), a register fix that brings out a passive (見込まれております → 見込まれている). Those
 * fixes are made inside the change (協議します, と連携する, を【要記入：主語】が見込んでいる), so one
 * rewrite is enough. A term's explanation is final wording: it takes only register fixes.
 */
function settleWords(
  text: string,
  words: readonly RewriteChange[],
  options: AnalyzeOptions,
): RewriteChange[] {
  let settled = [...words];
  // A fix made inside a change can bring out another (と連携することとします → と連携します): a few rounds.
  for (let round = 0; round < 3; round++) {
    const next = settleRound(text, settled, options);
    if (next === settled) break;
    settled = next;
  }
  return settled;
}

/** One round of settleWords: the same array when no fix lands on a change. */
function settleRound(
  text: string,
  words: readonly RewriteChange[],
  options: AnalyzeOptions,
): RewriteChange[] {
  const pass1 = applyChanges(text, words);
  // These rules read the characters only: tokenising the whole text again would cost a fifth of the rewrite.
  const { analyser: _analyser, ...plain } = options;
  const fixes = analyzeText(pass1, { ...plain, rules: [...SETTLE_RULES] }).flatMap((f) =>
    f.fix ? [{ ...f.fix, rule: f.rule }] : [],
  );
  if (fixes.length === 0) return words as RewriteChange[];
  let shift = 0;
  let changed = false;
  const settled = words.map((c, i) => {
    const from = c.start + shift;
    const to = from + c.after.length;
    shift += c.after.length - (c.end - c.start);
    if (c.before === '') return c;
    // A fix may also reach past the change (指導を行って|おります: 行って → して won over
    // ております → ている): the change grows over the unchanged text the fix covers.
    const previousEnd = i > 0 ? words[i - 1]!.end : 0;
    const nextStart = words[i + 1]?.start ?? text.length;
    const reach = fixes.filter(
      (x) =>
        x.start < to &&
        from < x.end &&
        (x.rule === 'mixed-style' || !EXPLAINS.has(c.rule)) &&
        pass1.slice(x.start, x.end) !== x.replacement &&
        c.start - (from - Math.min(from, x.start)) >= previousEnd &&
        c.end + (Math.max(to, x.end) - to) <= nextStart,
    );
    if (reach.length === 0) return c;
    // Fixes that overlap each other: the first wins, as in pass 1.
    const kept = reach.filter((x, k) => reach.slice(0, k).every((y) => y.end <= x.start || x.end <= y.start));
    const newFrom = Math.min(from, ...kept.map((x) => x.start));
    const newTo = Math.max(to, ...kept.map((x) => x.end));
    const start = c.start - (from - newFrom);
    const end = c.end + (newTo - to);
    let after = text.slice(start, c.start) + c.after + text.slice(c.end, end);
    for (const fix of [...kept].sort((a, b) => b.start - a.start))
      after = after.slice(0, fix.start - newFrom) + fix.replacement + after.slice(fix.end - newFrom);
    const before = text.slice(start, end);
    if (after === c.after && before === c.before) return c;
    changed = true;
    // A register fix that brings out a passive is now that passive's fix.
    const reworded = kept.find((x) => x.rule !== 'mixed-style');
    const rule = c.rule === 'mixed-style' && reworded ? reworded.rule : c.rule;
    return { ...c, start, end, before, after, rule };
  });
  return changed ? settled : (words as RewriteChange[]);
}

/**
 * Dominant register of the text: です・ます when most sentences end that way, judged as the
 * mixed-style rule judges it (a heading such as 「1 現状と課題」 has no say), else a cut written in
 * the other register would be unified by a second rewrite.
 */
export function isPolite(text: string): boolean {
  return mainStyle(segment(text, maskText(text)).sentences) === 'polite';
}

/**
 * Cuts for one sentence so that every piece is within `limit` where a boundary allows. A piece is
 * measured as it will read: with the ending a cut adds before it (あり、 → あります。) and the word it
 * opens with after the previous cut (しかし、), else a piece measured at 58 would come out at 62.
 */
function cutsFor(
  sentence: string,
  offset: number,
  cuts: readonly ClauseCut[],
  limit: number,
  breaks: readonly ClauseCut[] = [],
): ClauseCut[] {
  const length = (from: number, to: number) => visibleLength(sentence.slice(from - offset, to - offset));
  const head = (c: ClauseCut) => visibleLength(c.replacement.slice(0, c.replacement.indexOf('。') + 1));
  const tail = (c: ClauseCut) => visibleLength(c.replacement.slice(c.replacement.indexOf('。') + 1));
  const split = (from: number, to: number, opened: number, closed: number): ClauseCut[] => {
    if (opened + length(from, to) + closed <= limit) return [];
    const inside = cuts.filter((c) => c.start > from && c.end < to);
    let best: ClauseCut | null = null;
    let bestDistance = Infinity;
    for (const c of inside) {
      const left = opened + length(from, c.start) + head(c);
      const right = tail(c) + length(c.end, to) + closed;
      if (left < MIN_PIECE || right < MIN_PIECE) continue;
      const distance = Math.abs(left - right);
      if (distance < bestDistance) [best, bestDistance] = [c, distance];
    }
    return best
      ? [...split(from, best.start, opened, head(best)), best, ...split(best.end, to, tail(best), closed)]
      : [];
  };
  // Each line a break makes is cut on its own, from a fresh start.
  const bounds = [offset, ...breaks.flatMap((b) => [b.start, b.end]), offset + sentence.length];
  const out: ClauseCut[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    if (i > 0) out.push(breaks[i / 2 - 1]!);
    out.push(...split(bounds[i]!, bounds[i + 1]!, 0, 0));
  }
  return out;
}

/**
 * The numbered list as a change of the input, when it makes every line short: the counting
 * sentence, then one item per line (a line break after the last when the paragraph goes on).
 */
function listChange(
  text: string,
  pass1: string,
  list: ListRewrite | null,
  words: readonly RewriteChange[],
  limit: number,
) {
  // Each sentence of a line is measured (…を募集する。取組の例は次のとおりである。 is two).
  const sentences = (line: string) => line.split(/(?<=。)/u);
  if (!list || [list.sentence, ...list.items].flatMap(sentences).some((x) => visibleLength(x) > limit))
    return null;
  const goesOn = list.end < pass1.length && pass1[list.end] !== '\n';
  const after = [list.sentence, ...list.items].join('\n') + (goesOn ? '\n' : '');
  // A double negative made positive inside it (検討せざるを得ない → 検討する必要がある) goes with the
  // list: left to the clause cuts, the sentence stayed long until a second rewrite made the list.
  return spanChange(text, list.start, list.end, after, 'sentence-split', words);
}

/**
 * The company rewrite of `text`. With an analyser, long sentences are cut at clause boundaries;
 * without one only the word-level changes are made.
 */
export function rewriteForCompany(text: string, options: AnalyzeOptions = {}): RewriteResult {
  const limit = options.maxSentenceLength ?? DEFAULT_MAX_SENTENCE_LENGTH;
  const nouns = properNounsOf(options.analyser?.tokenize(text) ?? null);
  const words = settleWords(
    text,
    explainAfterLongSentences(text, wordChanges(text, options, nouns), options, limit),
    options,
  );
  const pass1 = applyChanges(text, words);
  const changes = [...words, ...explainNewTerms(text, pass1, words, options)];
  if (options.analyser) {
    const masked = maskText(pass1);
    const tokens = options.analyser.tokenize(masked);
    const polite = isPolite(pass1);
    // Its own explanations are final (a long one is reported, not cut: a second rewrite would cut it).
    const own = ownExplanationSpans(pass1, glossaryMatcher(options.userGlossary));
    let t = 0;
    for (const s of segment(pass1, masked).sentences) {
      if (s.kind !== 'para' && s.kind !== 'quote' && s.kind !== 'list') continue;
      if (inside(own, s)) continue;
      while (t < tokens.length && tokens[t]!.end <= s.start) t++;
      let u = t;
      while (u < tokens.length && tokens[u]!.start < s.end) u++;
      if (visibleLength(s.masked) <= limit) continue;
      const lines = listRewrite(pass1, tokens, t, u) ?? exampleListRewrite(pass1, tokens, t, u, polite);
      const list = listChange(text, pass1, lines, words, limit);
      if (list) {
        for (const w of list.absorbs) changes.splice(changes.indexOf(w), 1);
        changes.push(list.change);
        continue;
      }
      // Only cuts that map onto the input (or join the word change they start in) can be offered.
      const found = clauseCuts(tokens, t, u, polite).filter((c) => cutFits(c, words));
      const breaks = lineBreaks(s.text, s.start).filter((c) => cutFits(c, words));
      for (const cut of cutsFor(s.text, s.start, found, limit, breaks)) {
        const made = cutChange(text, cut, words);
        if (!made) continue;
        if (made.absorbs) changes.splice(changes.indexOf(made.absorbs), 1);
        changes.push(made.change);
      }
    }
  }
  changes.sort((a, b) => a.start - b.start);
  const settled = recut(text, settleCuts(text, changes, options, nouns), options, limit, nouns);
  const rewritten = applyChanges(text, settled);
  return { rewritten, changes: settled, unsplit: longSentences(rewritten, limit) };
}

/**
 * A fix folded into a cut can lengthen the piece it lands in past the limit (施行され、 cut into
 * 施行される。, which the passive fix makes 【要記入：主語】が施行した。: 56 → 65 characters). Such a
 * sentence is cut once more where it still can be, as a second rewrite would cut it. Only the long
 * sentences are tokenised again.
 */
function recut(
  text: string,
  settled: RewriteChange[],
  options: AnalyzeOptions,
  limit: number,
  nouns: readonly string[],
): RewriteChange[] {
  const { analyser } = options;
  if (!analyser || !settled.some((c) => c.rule === 'sentence-split')) return settled;
  const rewritten = applyChanges(text, settled);
  const masked = maskText(rewritten);
  const own = ownExplanationSpans(rewritten, glossaryMatcher(options.userGlossary));
  const polite = isPolite(rewritten);
  const changes = [...settled];
  for (const s of segment(rewritten, masked).sentences) {
    if ((s.kind !== 'para' && s.kind !== 'quote') || visibleLength(s.masked) <= limit || inside(own, s))
      continue;
    const tokens = analyser
      .tokenize(s.masked)
      .map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
    const found = clauseCuts(tokens, 0, tokens.length, polite).filter((c) => cutFits(c, settled));
    for (const cut of cutsFor(s.text, s.start, found, limit)) {
      const made = cutChange(text, cut, settled);
      if (!made) continue;
      if (made.absorbs) changes.splice(changes.indexOf(made.absorbs), 1);
      changes.push(made.change);
    }
  }
  if (changes.length === settled.length && changes.every((c, i) => c === settled[i])) return settled;
  changes.sort((a, b) => a.start - b.start);
  return settleCuts(text, changes, options, nouns);
}

/**
 * A cut can leave a form the word rules rewrite (移行することとします。, 試算される。): those fixes are
 * folded into the cut, so a second rewrite finds nothing there. Only the sentences a cut touches are
 * checked, and only by the rules that judge within a sentence (term explanations were made once
 * already; the register was chosen for the whole text): one more analysis of the whole text would
 * add about half to the rewrite's time.
 */
function settleCuts(
  text: string,
  changes: readonly RewriteChange[],
  options: AnalyzeOptions,
  nouns: readonly string[],
): RewriteChange[] {
  const outputs: { from: number; to: number }[] = [];
  let shift = 0;
  for (const c of changes) {
    if (c.rule === 'sentence-split')
      outputs.push({ from: c.start + shift, to: c.start + shift + c.after.length });
    shift += c.after.length - (c.end - c.start);
  }
  if (outputs.length === 0) return [...changes];
  const rewritten = applyChanges(text, changes);
  const fixes: RewriteChange[] = [];
  for (const s of segment(rewritten, maskText(rewritten)).sentences) {
    if (!outputs.some((o) => o.from <= s.end && s.start <= o.to)) continue;
    for (const c of wordChanges(s.text, options, nouns, SENTENCE_RULES))
      if (c.before !== '') fixes.push({ ...c, start: c.start + s.start, end: c.end + s.start });
    fixes.push(...termsACutSpells(rewritten, s, outputs, options, nouns));
  }
  fixes.push(...registerAfterCuts(rewritten, outputs, options));
  return fixes.length === 0 ? [...changes] : foldIntoCuts(text, changes, fixes);
}

/**
 * A cut can spell a term the text did not hold in that form (特定し、 cut into 特定する。, a glossary
 * verb): its first and only use is explained inline as a second rewrite would explain it. Only a
 * term that occurs nowhere else in the text: elsewhere it was explained, or is explained, already.
 */
function termsACutSpells(
  rewritten: string,
  s: { start: number; end: number; text: string },
  outputs: readonly { from: number; to: number }[],
  options: AnalyzeOptions,
  nouns: readonly string[],
): RewriteChange[] {
  const inOutput = (from: number, to: number) => outputs.some((o) => o.from < to && from < o.to);
  const once = (term: string) => rewritten.indexOf(term) === rewritten.lastIndexOf(term);
  const spelled = glossaryMatcher(options.userGlossary)
    .scan(s.text)
    .filter((hit) => inOutput(s.start + hit.start, s.start + hit.end) && once(hit.entry.term))
    .map((hit) => hit.entry.term);
  if (spelled.length === 0) return [];
  return wordChanges(s.text, options, nouns, ['jargon'])
    .filter((c) => c.before !== '' && c.term !== undefined && spelled.includes(c.term))
    .map(({ start, end, before, after, rule }) => ({
      start: start + s.start,
      end: end + s.start,
      before,
      after,
      rule,
    }))
    .filter((c) => inOutput(c.start, c.end));
}

/**
 * A cut ends a clause where the author wrote none (移すこととしていますが、 → しています。しかし、,
 * 約18,500頭であるが、 → である。しかし、): the clause keeps the register it was written in, which
 * a text mixed from several sources may not share. The endings a cut made are unified as a second
 * rewrite would unify them, judged on the whole rewritten text; the rewrite's own notes are left as
 * they are (a second rewrite leaves them too).
 */
function registerAfterCuts(
  rewritten: string,
  outputs: readonly { from: number; to: number }[],
  options: AnalyzeOptions,
): RewriteChange[] {
  const own = ownExplanationSpans(rewritten, glossaryMatcher(options.userGlossary));
  // Only the sentences' endings are read: no analyser is needed.
  const { analyser: _analyser, ...plain } = options;
  return analyzeText(rewritten, { ...plain, rules: ['mixed-style'] }).flatMap((f) =>
    f.fix &&
    !inside(own, f) &&
    outputs.some((o) => o.from <= f.fix!.end && f.fix!.start <= o.to) &&
    f.fix.end - f.fix.start > 0
      ? [
          {
            start: f.fix.start,
            end: f.fix.end,
            before: rewritten.slice(f.fix.start, f.fix.end),
            after: f.fix.replacement,
            rule: f.rule,
          },
        ]
      : [],
  );
}

function longSentences(text: string, limit: number) {
  return segment(text, maskText(text))
    .sentences.filter((s) => s.kind !== 'heading' && s.kind !== 'table' && visibleLength(s.masked) > limit)
    .map((s) => ({ start: s.start, end: s.end, text: s.text }));
}
