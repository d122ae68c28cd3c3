/**
 * Localised engine messages. The engine writes Japanese by default and English on request
 * (`AnalyzeOptions.locale`), so the UI, the headless checker and tests get finished sentences
 * without any i18n library in `common/`. Japanese the sentence quotes (the term, a rewording, the
 * glossary's wording) stays Japanese in both: it is writing advice for a Japanese text.
 */

import { localWording, type LocalBody } from '../localBody';

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

/**
 * Who a message speaks to and of: its language, and the body the issue is written by (市 when
 * unknown), so a 町's issue is told 「町が提供できるもの」, not 「市が…」.
 */
export interface Voice {
  locale: BriefLocale;
  body?: LocalBody;
}

/** The English noun for each body, and for its office (the city hall of a 市). */
const EN_BODY: Readonly<Record<LocalBody, readonly [body: string, office: string]>> = {
  市: ['city', 'city hall'],
  町: ['town', 'town hall'],
  村: ['village', 'village office'],
  区: ['ward', 'ward office'],
  県: ['prefecture', 'prefectural office'],
  都: ['metropolis', 'metropolitan government'],
  道: ['prefecture', 'prefectural office'],
  府: ['prefecture', 'prefectural office'],
};

/** What `body` is called in `locale`: 町 → 町 or "town". */
export function bodyWord(body: LocalBody, locale: BriefLocale): string {
  return locale === 'ja' ? body : EN_BODY[body][0];
}

/** A sentence of the catalogue said for `body`: 市が → 町が, the city → the town. */
function forBody(sentence: string, locale: BriefLocale, body: LocalBody): string {
  // 本市においては → 本町においては: the examples (quoted in English too) read as the body writes.
  const ja = localWording(sentence.replace(/本市/gu, `本${body}`), body);
  if (locale === 'ja') return ja;
  const [noun, office] = EN_BODY[body];
  return ja.replace(/\bcity hall\b/gu, office).replace(/\bcity\b/gu, noun);
}

/** Private-use marks standing in for a parameter while the sentence is said for a body. */
const slot = (i: number) => `\uE000${i}\uE001`;

/**
 * `m` in `voice`'s language (a bare locale: of a 市), with `params` filled in. Only the catalogue's
 * own words change for the body: what a parameter quotes from the text stays as written.
 */
export function say<K extends string>(
  voice: BriefLocale | Voice,
  m: Message<K>,
  params: MessageParams<K> = {} as MessageParams<K>,
): string {
  const { locale, body = '市' } = typeof voice === 'string' ? { locale: voice } : voice;
  if (body === '市') return m[locale](params);
  const keys = Object.keys(params) as K[];
  // Numbers and empty strings stay as they are: a sentence may count, or leave out an empty part.
  const slots = Object.fromEntries(
    keys.map((k, i) => [k, typeof params[k] === 'string' && params[k] !== '' ? slot(i) : params[k]]),
  ) as MessageParams<K>;
  const said = forBody(m[locale](slots), locale, body);
  return said.replace(/\uE000(\d+)\uE001/gu, (_, i: string) => String(params[keys[Number(i)]!]));
}
