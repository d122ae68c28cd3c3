/** Clock and countdown formatting for the planner, run mode and presenter view. */

/**
 * One formatter per locale: building an `Intl.DateTimeFormat` costs far more than formatting with
 * one, and a 200-item agenda formats 400 clock times per render.
 */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

export function formatClock(epochMs: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'ja-JP';
  let format = clockFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    clockFormats.set(locale, format);
  }
  return format.format(epochMs);
}

/**
 * A calendar day stored as YYYY-MM-DD (an action's 期限) as the reader's language writes it:
 * 2026年12月15日, 15 December 2026. Read as a local day, so no time zone moves it.
 */
export function formatDay(day: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'long' }).format(date);
}

/**
 * A forecast clock time, rounded to the second first so a forecast a few ms short of a minute
 * (10:59:59.999) reads 11:00, not 10:59. (A kept-end plan's budgets now add up exactly, see
 * common/workshops/run.ts; this guards any other sum of rounded times.)
 */
export function formatForecast(epochMs: number, language: string): string {
  return formatClock(Math.round(epochMs / 1000) * 1000, language);
}

/** mm:ss (or h:mm:ss past an hour), rounding up so a countdown shows 0:01 until it truly ends. */
export function formatCountdown(ms: number, roundUp: boolean): string {
  const total = Math.max(0, roundUp ? Math.ceil(ms / 1000) : Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

/** Offset from the start as H:MM, for agendas without a start time. */
export function formatOffset(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** ISO time → the value of an `<input type="datetime-local">` (local time), or ''. */
export function toLocalInput(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  // Typing a year digit by digit passes through 0002, 0020, 0202: the input rejects a year of
  // fewer than four digits and clears itself, so the user's next digits landed in a blank field.
  const year = String(d.getFullYear()).padStart(4, '0');
  return `${year}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function fromLocalInput(value: string): string {
  const t = Date.parse(value);
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}
