/**
 * The search date filter's days are the user's calendar days. A date-only field (a meeting's day,
 * an action item's due day) is a calendar day already and is compared as text; a date-time (a
 * note's time, stored in UTC) is compared as an instant with the local day's start and end: its
 * first ten characters name the UTC day, the day before for a note taken before 09:00 in Japan.
 */

export interface DateBounds {
  /** Inclusive calendar days, YYYY-MM-DD ('' or absent: open). */
  from?: string;
  to?: string;
  /** The instants the user's day `from` starts and the day after `to` starts (local time zone). */
  fromMs?: number;
  toMs?: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Where the user's calendar day `day` starts, in this runtime's time zone (NaN when not a day). */
export function localDayStart(day: string, offsetDays = 0): number {
  const m = DAY.exec(day);
  if (!m) return NaN;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + offsetDays).getTime();
}

/** The bounds for a filter from `from` to `to` (user's days), as the search worker compares them. */
export function dateBounds(from: string, to: string): DateBounds {
  const fromMs = from ? localDayStart(from) : NaN;
  const toMs = to ? localDayStart(to, 1) : NaN;
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(Number.isFinite(fromMs) ? { fromMs } : {}),
    ...(Number.isFinite(toMs) ? { toMs } : {}),
  };
}

/** Whether a document's `date` falls inside the bounds (a document without a date never does). */
export function inDateRange(date: string, bounds: DateBounds): boolean {
  const from = bounds.from?.slice(0, 10);
  const to = bounds.to?.slice(0, 10);
  if (!from && !to) return true;
  if (!date) return false;
  if (date.includes('T')) {
    const at = Date.parse(date);
    if (Number.isFinite(at) && (bounds.fromMs !== undefined || bounds.toMs !== undefined)) {
      if (from && bounds.fromMs !== undefined && at < bounds.fromMs) return false;
      if (to && bounds.toMs !== undefined && at >= bounds.toMs) return false;
      // A bound given without its instant (an older caller) falls back to the day's text.
      if (from && bounds.fromMs === undefined && date.slice(0, 10) < from) return false;
      if (to && bounds.toMs === undefined && date.slice(0, 10) > to) return false;
      return true;
    }
  }
  const day = date.slice(0, 10);
  return !((from && day < from) || (to && day > to));
}

/** A stored instant as `toISOString` writes it (every date-time the app stores): …T…Z, 24 long. */
function isIsoUtc(date: string): boolean {
  return date.length === 24 && date.charCodeAt(10) === 84 && date.charCodeAt(23) === 90;
}

/**
 * `inDateRange` for many documents: the bounds' instants are written once as ISO text, so a stored
 * `toISOString` time compares as text instead of being parsed (Date.parse per note was most of a
 * dated search over 20,000 notes). Anything else goes through `inDateRange`.
 */
export function dateTest(bounds: DateBounds): (date: string) => boolean {
  const from = bounds.from?.slice(0, 10);
  const to = bounds.to?.slice(0, 10);
  if (!from && !to) return () => true;
  const fromIso = from && bounds.fromMs !== undefined ? isoOf(bounds.fromMs) : null;
  const toIso = to && bounds.toMs !== undefined ? isoOf(bounds.toMs) : null;
  // Both bounds given as instants (or absent): the text comparison is exact.
  const fast = (!from || fromIso !== null) && (!to || toIso !== null);
  return (date) => {
    if (fast && isIsoUtc(date)) {
      return !((fromIso !== null && date < fromIso) || (toIso !== null && date >= toIso));
    }
    return inDateRange(date, bounds);
  };
}

function isoOf(ms: number): string | null {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return Number.isFinite(ms) && year >= 0 && year <= 9999 ? d.toISOString() : null;
}
