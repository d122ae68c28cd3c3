import { MAX_EDITABLE_CHARS } from '../../ui/textLimit';

/**
 * What the editors accept: what a textarea lays out within seconds (see `MAX_EDITABLE_CHARS`),
 * below the sync contract's 1,000,000. Longer text is refused (the previous text stays).
 */
export const MAX_FIELD_CHARS = MAX_EDITABLE_CHARS;

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
