/**
 * Each agenda item's planned and actual clock times, as a facilitator reading the minutes wants
 * them: 予定 13:30–13:45 / 実績 13:32–13:50, each with its minutes. One source for the minutes
 * screen's table, the generated Markdown and the PDF, so the three never disagree.
 */
import type { ItemActual } from './run';
import { MINUTE_MS, planAgenda, safeMinutes, type TimingItem } from './timing';

export interface TimesLabels {
  notRun: string;
  /** '{{minutes}}分': a duration alone (no planned start to place it). */
  minutes: (minutes: number) => string;
  /** '{{range}}（{{minutes}}分）': a clock range with its minutes. */
  timed: (range: string, minutes: number) => string;
}

/** Whole minutes for display (an item that ran 30 s shows 1, not 0). */
export function actualMinutes(activeMs: number): number {
  return activeMs > 0 ? Math.max(1, Math.round(activeMs / MINUTE_MS)) : 0;
}

export interface ItemTimes {
  id: string;
  title: string;
  /** '13:30–13:45（15分）', or the minutes alone when the workshop has no planned start. */
  planned: string;
  /** '13:32–13:50（18分）', '13:32–' while it runs, or 未実施. */
  actual: string;
  ran: boolean;
}

export function itemTimes(
  items: readonly (TimingItem & { title: string })[],
  actuals: readonly ItemActual[],
  plannedStart: number | null,
  formatClock: (epochMs: number) => string,
  l: TimesLabels,
): ItemTimes[] {
  const timing = plannedStart === null ? null : planAgenda(items, plannedStart);
  const actualById = new Map(actuals.map((a) => [a.id, a]));
  return items.map((item, i) => {
    const minutes = safeMinutes(item.minutes);
    const plan = timing?.items[i];
    const a = actualById.get(item.id);
    const ran = a !== undefined && a.start !== null;
    let actual = l.notRun;
    if (ran) {
      const range = `${formatClock(a.start ?? 0)}–${a.end !== null ? formatClock(a.end) : ''}`;
      actual = a.end !== null ? l.timed(range, actualMinutes(a.activeMs)) : range;
    }
    return {
      id: item.id,
      title: item.title,
      planned: plan
        ? l.timed(`${formatClock(plan.start)}–${formatClock(plan.end)}`, minutes)
        : l.minutes(minutes),
      actual,
      ran,
    };
  });
}
