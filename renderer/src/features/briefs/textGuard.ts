import { MAX_TEXT_VALUE_CHARS } from '../../../../common/sync/protocol';

/**
 * What the editors accept. The sync contract admits text values of 1,000,000 characters,
 * so longer pastes are refused (the previous text stays) instead of failing later in sync.
 */
export const MAX_FIELD_CHARS = MAX_TEXT_VALUE_CHARS;

// C0 controls other than tab, newline and carriage return: what binary garbage pastes in.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

export type GuardResult = { ok: true; value: string; cleaned: boolean } | { ok: false; reason: 'tooLong' };

/**
 * `previousLength`: the field's length before this change. A text already over the limit (a
 * restored backup, a pull from an older server) may still be shortened, never grown.
 */
export function guardText(value: string, previousLength = 0): GuardResult {
  if (value.length > Math.max(MAX_FIELD_CHARS, previousLength)) return { ok: false, reason: 'tooLong' };
  const clean = value.replace(CONTROL_CHARS, '');
  return { ok: true, value: clean, cleaned: clean.length !== value.length };
}
