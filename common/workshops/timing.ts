/**
 * Agenda timing: each item's planned clock time from the workshop's start, the total and the planned
 * end. An item may open a new session at a clock time of its own (e.g. 13:00 after lunch), which
 * makes multi-session days. Times are epoch milliseconds; clock times are read in the runtime's
 * local time zone, as the facilitator reads the wall clock.
 */

export const MINUTE_MS = 60_000;

/** What timing needs of an agenda item. */
export interface TimingItem {
  id: string;
  /** Planned duration in minutes (non-finite or negative counts as 0). */
  minutes: number;
  /** 'HH:MM': the item starts a new session at this clock time on the workshop's day. */
  sessionStart?: string;
}

export interface TimedItem {
  id: string;
  start: number;
  end: number;
  /** True when the item opens a session at its own clock time. */
  opensSession: boolean;
  /** True when its session start lies before the previous item ends (the plan overlaps). */
  overlaps: boolean;
}

export interface AgendaTiming {
  items: TimedItem[];
  /** Sum of the items' minutes (breaks between sessions not counted). */
  totalMinutes: number;
  start: number;
  plannedEnd: number;
}

/** A duration in minutes that is safe to add: finite, at least 0. */
export function safeMinutes(minutes: number): number {
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/** Parses 'HH:MM' (00:00–23:59) to minutes after midnight, or null. */
export function parseClock(value: string | undefined): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}

/** The epoch time of a clock time ('HH:MM') on the local day of `dayOf`. */
export function atClock(dayOf: number, minutesAfterMidnight: number): number {
  const d = new Date(dayOf);
  d.setHours(Math.floor(minutesAfterMidnight / 60), minutesAfterMidnight % 60, 0, 0);
  return d.getTime();
}

/**
 * Planned times of every item, in the given order, from `start` (epoch ms). The first item's own
 * session start, if any, replaces `start`.
 */
export function planAgenda(items: readonly TimingItem[], start: number): AgendaTiming {
  let cursor = start;
  let totalMinutes = 0;
  const timed: TimedItem[] = [];
  items.forEach((item, index) => {
    const clock = parseClock(item.sessionStart);
    let overlaps = false;
    if (clock !== null) {
      const sessionAt = atClock(start, clock);
      if (index === 0) cursor = sessionAt;
      else {
        overlaps = sessionAt < cursor;
        cursor = Math.max(cursor, sessionAt);
      }
    }
    const minutes = safeMinutes(item.minutes);
    totalMinutes += minutes;
    const end = cursor + minutes * MINUTE_MS;
    timed.push({ id: item.id, start: cursor, end, opensSession: clock !== null, overlaps });
    cursor = end;
  });
  return { items: timed, totalMinutes, start: timed[0]?.start ?? start, plannedEnd: cursor };
}
