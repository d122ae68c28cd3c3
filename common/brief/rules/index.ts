/** Every rule, in the order their explanations are listed to the user. */
import type { Rule } from '../types';
import { abbreviationFirstRule } from './abbreviationFirst';
import { conclusionFirstRule } from './conclusionFirst';
import { doubleNegativeRule } from './doubleNegative';
import { jargonRule } from './jargon';
import { kanjiCompoundRule } from './kanjiCompound';
import { kanjiRatioRule } from './kanjiRatio';
import { mixedStyleRule } from './mixedStyle';
import { passiveHedgeRule } from './passiveHedge';
import { redundantRule } from './redundant';
import { runOnListRule } from './runOnList';
import { sentenceLengthRule } from './sentenceLength';
import { unlistedJargonRule } from './unlistedJargon';
import { vaguePhraseRule } from './vaguePhrase';
import { vagueTouRule } from './vagueTou';

export const ALL_RULES: readonly Rule[] = [
  jargonRule,
  abbreviationFirstRule,
  kanjiCompoundRule,
  unlistedJargonRule,
  sentenceLengthRule,
  vagueTouRule,
  vaguePhraseRule,
  redundantRule,
  doubleNegativeRule,
  mixedStyleRule,
  conclusionFirstRule,
  runOnListRule,
  passiveHedgeRule,
  kanjiRatioRule,
];
