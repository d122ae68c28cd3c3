/** Every rule, in the order their explanations are listed to the user. */
import type { Rule } from '../types';
import { abbreviationFirstRule } from './abbreviationFirst';
import { jargonRule } from './jargon';

export const ALL_RULES: readonly Rule[] = [jargonRule, abbreviationFirstRule];
