/** Every message the rules write, by rule id: the catalogue the tests hold to both languages. */
import type { Message } from './message';
import { readinessMessages } from './readiness';
import {
  conclusionFirstMessages,
  doubleNegativeMessages,
  kanjiRatioMessages,
  mixedStyleMessages,
  passiveHedgeMessages,
  redundantMessages,
  runOnListMessages,
  sentenceLengthMessages,
  vagueTouMessages,
} from './style';
import {
  abbreviationMessages,
  companyView,
  jargonMessages,
  kanjiCompoundMessages,
  unlistedJargonMessages,
  vaguePhraseMessages,
} from './terms';

export * from './message';

export const RULE_MESSAGES: Readonly<Record<string, Readonly<Record<string, Message>>>> = {
  jargon: { ...jargonMessages, companyView },
  'abbreviation-first': abbreviationMessages,
  'kanji-compound': kanjiCompoundMessages,
  'unlisted-jargon': unlistedJargonMessages,
  'sentence-length': sentenceLengthMessages,
  'vague-tou': vagueTouMessages,
  'vague-phrase': { ...vaguePhraseMessages, companyView },
  redundant: redundantMessages,
  'double-negative': doubleNegativeMessages,
  'mixed-style': mixedStyleMessages,
  'conclusion-first': conclusionFirstMessages,
  'run-on-list': runOnListMessages,
  'passive-hedge': passiveHedgeMessages,
  'kanji-ratio': kanjiRatioMessages,
};

/** What readiness says is missing, by check key. */
export const READINESS_MESSAGES: Readonly<Record<string, Message>> = readinessMessages;
