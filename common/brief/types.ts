import type { BriefReader } from '../records/types';
import type { LocalBody } from './localBody';
import type { BriefLocale, Message } from './messages/message';
import type { MorphAnalyser, MorphToken } from './morph';

/**
 * Contract types of the brief "red pen" engine. Pure data: the engine runs in a Web Worker,
 * in Node (the headless checker) and in tests, so nothing here may touch the DOM or Node.
 */

/** A single edit that resolves a finding. Offsets are UTF-16 code units into the analysed text. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

/** One thing the red pen marks. `start`/`end` are UTF-16 offsets; `text === source.slice(start, end)`. */
export interface Finding {
  /** Rule id, e.g. `jargon`, `sentence-length`. */
  rule: string;
  start: number;
  end: number;
  text: string;
  /** Explanation shown to the user, in `AnalyzeOptions.locale` (Japanese by default). */
  message: string;
  /** Rewording (Japanese) or advice (in the locale), or null when only the author can rewrite it. */
  suggestion: string | null;
  /** A one-click fix; its range may be wider than the finding (e.g. moving a sentence). */
  fix?: Fix;
  /**
   * The glossary term a 行政用語 finding is about, where it differs from `text` or must be known
   * exactly (資し → 資する): what 「説明不要にする」 stores.
   */
  term?: string;
  /**
   * A term explained before, marked again where it heads a longer compound (保留地処分金 after
   * 保留地): worth the pen's mark, but the rewrite has already explained the term once.
   */
  again?: true;
}

/** One glossary entry (shipped in assets/glossary/gyosei.json or added by the user). */
export interface GlossaryEntry {
  /** The 行政用語 / jargon / abbreviation as it appears in text. */
  term: string;
  /** Reading in hiragana. */
  reading: string;
  /** Plain rewording a company understands. For abbreviations: the meaning. */
  plain: string;
  /** One line on why it matters to a company. */
  why: string;
  category: string;
  /** Full form, only for abbreviations (国保 → 国民健康保険). */
  full?: string;
  /**
   * A word companies already understand (業務委託, 策定, PDCAサイクル), or one the team marked
   * 説明不要: kept for search and longest matching (契約締結 is not read as 締結), but neither the
   * red pen nor the brief's 用語集 explains it.
   */
  everyday?: true;
  /**
   * A word a company used to public tenders knows (予算案, 総合計画, 採択): not marked when the
   * issue's reader is `public-sector-savvy`, marked for the default reader (see `reader.ts`).
   */
  businessKnown?: true;
}

export interface AnalyzeOptions {
  /** The user's own terms; they override shipped entries with the same `term`. */
  userGlossary?: readonly GlossaryEntry[];
  /** Only run these rules (ids); all rules when omitted. */
  rules?: readonly string[];
  /** Sentence length limit in characters (default 60, after 「公用文作成の考え方」). */
  maxSentenceLength?: number;
  /**
   * Morphological analyser (kuromoji in the Worker and in Node). Without one the rules fall back
   * to character patterns: fewer terms in inflected forms, no unknown-compound detection by POS.
   */
  analyser?: MorphAnalyser;
  /**
   * Who the brief is for (default `newcomer`): a `public-sector-savvy` reader is not told about
   * the glossary's business-known words (予算案, 総合計画, 採択 …). The rewrite follows, as it uses
   * the same findings.
   */
  reader?: BriefReader;
  /**
   * Language of the messages and advice (default `ja`). What they quote from the text, the
   * rewordings and the glossary's wording stay Japanese: they are advice on a Japanese text.
   */
  locale?: BriefLocale;
  /**
   * The municipality (「北海道 森町」, '' when none is chosen): the rewrite and the brief
   * speak of its body (町役場, 町議会 …; locality.ts). Without one, of the body the text names itself.
   */
  municipality?: string;
}

/** What `analyzeText` precomputes once and hands to every rule. */
export interface RuleContext {
  /** The original text (findings point into it). */
  text: string;
  /** Same length as `text`, with code, URLs and link targets blanked to spaces so rules skip them. */
  masked: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  /** Glossary matches, longest match first, in text order. */
  terms: readonly TermHit[];
  /** Morphemes of `masked`, or null when no analyser was given. */
  tokens: readonly MorphToken[] | null;
  options: Required<Pick<AnalyzeOptions, 'maxSentenceLength' | 'reader' | 'locale'>> & {
    /** The body the text is written by (the municipality's, else the text's): messages speak of it. */
    body: LocalBody;
  };
}

export type LineKind = 'heading' | 'list' | 'table' | 'quote' | 'para';

/** A sentence: [start, end) covers its text including the closing 。！？ if any. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The same span of the masked text (code and URLs blanked): what rules pattern-match. */
  masked: string;
  kind: LineKind;
  /** Index of the paragraph it belongs to (-1 for headings, tables and list items). */
  paragraph: number;
}

/** Consecutive plain-text lines between blank lines, headings, lists and tables. */
export interface Paragraph {
  start: number;
  end: number;
  /** Indexes into `sentences`. */
  sentences: number[];
}

export interface TermHit {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

/** A rule: an id, an explanation of what it checks and why, and a pure check. */
export interface Rule {
  id: string;
  /** What the rule checks and why a company reader cares, in every locale. */
  explanation: Message<never>;
  check(ctx: RuleContext): Finding[];
}
