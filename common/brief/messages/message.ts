/**
 * Localised engine messages. The engine writes Japanese by default and English on request
 * (`AnalyzeOptions.locale`), so the UI, the headless checker and tests get finished sentences
 * without any i18n library in `common/`. Japanese the sentence quotes (the term, a rewording, the
 * glossary's wording) stays Japanese in both: it is writing advice for a Japanese text.
 */

export const BRIEF_LOCALES = ['ja', 'en'] as const;
export type BriefLocale = (typeof BRIEF_LOCALES)[number];
export const DEFAULT_LOCALE: BriefLocale = 'ja';

export function isBriefLocale(value: unknown): value is BriefLocale {
  return typeof value === 'string' && (BRIEF_LOCALES as readonly string[]).includes(value);
}

export type MessageParams<K extends string> = Readonly<Record<K, string | number>>;

/** One message in every locale; `params` names what the sentences fill in (for the catalogue tests). */
export interface Message<K extends string = string> {
  params: readonly K[];
  // Method syntax: a catalogue of messages with different parameters is one record type.
  ja(p: MessageParams<K>): string;
  en(p: MessageParams<K>): string;
}

/** A message that fills in `params`. */
export function message<const K extends string>(
  params: readonly K[],
  ja: (p: MessageParams<K>) => string,
  en: (p: MessageParams<K>) => string,
): Message<K> {
  return { params, ja, en };
}

/** A message with nothing to fill in. */
export function fixed(ja: string, en: string): Message<never> {
  return { params: [], ja: () => ja, en: () => en };
}

/** `m` in `locale`, with `params` filled in. */
export function say<K extends string>(
  locale: BriefLocale,
  m: Message<K>,
  params: MessageParams<K> = {} as MessageParams<K>,
): string {
  return m[locale](params);
}
