/**
 * The order of a session's entries and the agenda item each belongs to. Entries are ordered by
 * their time (re-timing an entry moves it); an entry belongs to the agenda item of the last
 * heading at or before it.
 */
import type { NoteEntry } from './types';

/** Entries by time; ties keep the order they were given in (creation order from the store). */
export function sortEntries<E extends Pick<NoteEntry, 'at'>>(entries: readonly E[]): E[] {
  return entries
    .map((entry, index) => ({ entry, index, t: Date.parse(entry.at) }))
    .sort((a, b) =>
      a.t === b.t || (Number.isNaN(a.t) && Number.isNaN(b.t)) ? a.index - b.index : timeOrder(a.t, b.t),
    )
    .map(({ entry }) => entry);
}

/** A missing or unreadable time sorts last, so such an entry is still shown. */
function timeOrder(a: number, b: number): number {
  if (Number.isNaN(a)) return 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

export interface AgendaGroup<E> {
  /** The heading that opened the group; null for entries before the first heading. */
  heading: E | null;
  entries: E[];
}

/** Sorted entries split into groups, one per heading. */
export function groupByAgenda<E extends Pick<NoteEntry, 'at' | 'kind'>>(
  entries: readonly E[],
): AgendaGroup<E>[] {
  const groups: AgendaGroup<E>[] = [{ heading: null, entries: [] }];
  for (const entry of sortEntries(entries)) {
    if (entry.kind === 'heading') groups.push({ heading: entry, entries: [] });
    else groups.at(-1)!.entries.push(entry);
  }
  return groups[0]!.entries.length === 0 ? groups.slice(1) : groups;
}

/** The agenda item under way: the title of the latest heading, or '' before the first. */
export function currentAgenda(entries: readonly Pick<NoteEntry, 'at' | 'kind' | 'body'>[]): string {
  const headings = sortEntries(entries.filter((e) => e.kind === 'heading'));
  return headings.at(-1)?.body ?? '';
}

/**
 * The agenda item an entry taken at `at` belongs to: the title of the last heading at or before it
 * (the rule `groupByAgenda` lists by), or '' before the first heading or for an unreadable time.
 */
export function agendaAt(headings: readonly Pick<NoteEntry, 'at' | 'body'>[], at: string): string {
  const t = Date.parse(at);
  if (Number.isNaN(t)) return '';
  let title = '';
  let latest = -Infinity;
  for (const h of headings) {
    const ht = Date.parse(h.at);
    if (ht <= t && ht >= latest) [title, latest] = [h.body, ht];
  }
  return title.trim();
}

/**
 * Whether moving to `agendaTitle` needs a heading: not when it is already the current item (a
 * second press of the same item must not stack headings).
 */
export function needsHeading(
  entries: readonly Pick<NoteEntry, 'at' | 'kind' | 'body'>[],
  agendaTitle: string,
): boolean {
  const title = agendaTitle.trim();
  return title !== '' && currentAgenda(entries).trim() !== title;
}

/**
 * The entry's time moved to `hhmm` (local clock, "HH:MM" or "HH:MM:SS") on the same local day;
 * null when `hhmm` is not a valid time of day. Seconds not given are kept at zero — except when
 * `hhmm` is the minute the entry already has: 完了 after editing only the text must not move a note
 * recorded at 10:02:33 before one at 10:02:10, or above the agenda heading of 10:02:05.
 */
export function retime(at: string, hhmm: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(hhmm.trim());
  const base = new Date(at);
  if (!match || Number.isNaN(base.getTime())) return null;
  const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (h > 23 || m > 59 || s > 59) return null;
  if (match[3] === undefined && h === base.getHours() && m === base.getMinutes()) return at;
  const moved = new Date(base);
  moved.setHours(h, m, s, 0);
  return moved.toISOString();
}

/** "HH:MM" of an ISO time on the local clock (what the time field shows and `retime` reads). */
export function clockTime(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
