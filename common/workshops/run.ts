/**
 * The run-mode state machine: folds the stored run events over the plan up to `now` (passed in, so
 * tests and a second device agree). Rules:
 * - Events apply in list order; a clock that went backwards never makes time run backwards (each
 *   event's time is clamped to the previous one), and an event the current state does not allow
 *   is ignored, so a merged or odd list still folds to a sensible state.
 * - Only running time counts: pauses stop the item's clock. Each item accumulates its active time
 *   across visits, so 前へ after a mistaken 次へ restores the time that was left.
 * - Automatic mode moves on when the countdown reaches zero while running (derived, not stored);
 *   an item entered with no time left (e.g. by 前へ) waits for the facilitator.
 * - A late start either shifts the plan (the reference end moves by the delay) or keeps the planned
 *   end (every item's time shrinks by one factor, never below a quarter).
 */
import { atClock, MINUTE_MS, parseClock, planAgenda, safeMinutes, type TimingItem } from './timing';
import type { LateStart, RunEvent, RunEventType, RunMode } from './runEvents';

export type RunStatus = 'idle' | 'running' | 'paused' | 'finished';
export type TimerState = 'normal' | 'warning' | 'critical' | 'overtime';

/** Share of an item's time left at which the countdown turns amber, then red. */
export const WARNING_SHARE = 0.2;
export const CRITICAL_SHARE = 0.05;
/** A start later than this after the planned start counts as late. */
export const LATE_AFTER_MS = MINUTE_MS;
const MIN_KEEP_END_FACTOR = 0.25;

export interface RunPlan {
  items: readonly TimingItem[];
  /** Planned start (epoch ms), or null when the workshop has none. */
  start: number | null;
}

export interface ItemActual {
  id: string;
  /** When the item was first entered, or null if never. */
  start: number | null;
  /** When it was last left, or null while current / never entered. */
  end: number | null;
  activeMs: number;
  budgetMs: number;
}

export interface RunView {
  status: RunStatus;
  mode: RunMode;
  index: number;
  itemId: string | null;
  budgetMs: number;
  elapsedMs: number;
  /** Time left on the current item (0 once over). */
  leftMs: number;
  /** Time past the current item's budget (0 while within it). */
  overtimeMs: number;
  timerState: TimerState;
  startedAt: number | null;
  finishedAt: number | null;
  late: LateStart | null;
  /** The end the run is measured against; null before a plan has a start. */
  referenceEnd: number | null;
  forecastEnd: number;
  /** forecastEnd − referenceEnd: positive = behind the plan, negative = ahead. */
  deltaMs: number;
  actuals: ItemActual[];
}

interface Fold {
  status: RunStatus;
  mode: RunMode;
  index: number;
  t: number;
  startedAt: number | null;
  finishedAt: number | null;
  late: LateStart | null;
  factor: number;
  elapsed: number[];
  extra: number[];
  firstStart: (number | null)[];
  lastEnd: (number | null)[];
}

function budget(f: Fold, plan: RunPlan, i: number): number {
  const item = plan.items[i];
  return item ? Math.round(safeMinutes(item.minutes) * f.factor * MINUTE_MS) + (f.extra[i] ?? 0) : 0;
}

function elapsedOf(f: Fold, i: number): number {
  return f.elapsed[i] ?? 0;
}

function enter(f: Fold, i: number): void {
  f.index = i;
  f.firstStart[i] ??= f.t;
  f.lastEnd[i] = null;
}

function leave(f: Fold): void {
  f.lastEnd[f.index] = f.t;
}

/** Let running time pass until `to`, moving on in automatic mode as countdowns reach zero. */
function advance(f: Fold, plan: RunPlan, to: number): void {
  while (f.t < to) {
    if (f.status !== 'running') {
      f.t = to;
      return;
    }
    const left = budget(f, plan, f.index) - elapsedOf(f, f.index);
    const span = to - f.t;
    if (f.mode === 'auto' && left > 0 && left <= span) {
      f.elapsed[f.index] = elapsedOf(f, f.index) + left;
      f.t += left;
      step(f, plan, 1);
      continue;
    }
    f.elapsed[f.index] = elapsedOf(f, f.index) + span;
    f.t = to;
  }
}

/** Move by one item; past the last item the run finishes. */
function step(f: Fold, plan: RunPlan, by: 1 | -1): void {
  if (by === 1 && f.index >= plan.items.length - 1) {
    leave(f);
    f.status = 'finished';
    f.finishedAt = f.t;
    return;
  }
  leave(f);
  enter(f, Math.max(0, f.index + by));
}

function keepEndFactor(plan: RunPlan, at: number): number {
  if (plan.start === null) return 1;
  const timing = planAgenda(plan.items, plan.start);
  const work = timing.totalMinutes * MINUTE_MS;
  if (work <= 0) return 1;
  const gaps = timing.plannedEnd - timing.start - work;
  const factor = (timing.plannedEnd - at - gaps) / work;
  return Math.min(1, Math.max(MIN_KEEP_END_FACTOR, factor));
}

/** Whether an action is allowed in the state `view` shows (buttons disable themselves with it). */
export function canApply(
  view: Pick<RunView, 'status' | 'index'>,
  type: RunEventType,
  itemCount: number,
): boolean {
  if (itemCount === 0) return false;
  switch (type) {
    case 'start':
      return view.status === 'idle';
    case 'pause':
      return view.status === 'running';
    case 'resume':
      return view.status === 'paused';
    case 'next':
    case 'extend':
      return view.status === 'running' || view.status === 'paused';
    case 'previous':
      return (
        view.status === 'finished' ||
        ((view.status === 'running' || view.status === 'paused') && view.index > 0)
      );
    case 'mode':
      return true;
  }
}

function apply(f: Fold, plan: RunPlan, e: RunEvent): void {
  if (!canApply(f, e.type, plan.items.length)) return;
  switch (e.type) {
    case 'start':
      f.status = 'running';
      f.startedAt = f.t;
      f.late = plan.start !== null && f.t > plan.start + LATE_AFTER_MS ? (e.late ?? 'shift') : null;
      f.factor = f.late === 'keepEnd' ? keepEndFactor(plan, f.t) : 1;
      enter(f, 0);
      return;
    case 'pause':
      f.status = 'paused';
      return;
    case 'resume':
      f.status = 'running';
      return;
    case 'next':
      step(f, plan, 1);
      return;
    case 'previous':
      if (f.status === 'finished') {
        f.status = 'running';
        f.finishedAt = null;
        enter(f, f.index);
      } else step(f, plan, -1);
      return;
    case 'extend':
      f.extra[f.index] = (f.extra[f.index] ?? 0) + Math.round(safeMinutes(e.minutes) * MINUTE_MS);
      return;
    case 'mode':
      f.mode = e.mode;
      return;
  }
}

function forecast(f: Fold, plan: RunPlan, now: number): number {
  if (f.status === 'finished') return f.finishedAt ?? now;
  if (f.status === 'idle') {
    return planAgenda(plan.items, Math.max(now, plan.start ?? now)).plannedEnd;
  }
  let cursor = now + Math.max(0, budget(f, plan, f.index) - elapsedOf(f, f.index));
  for (let i = f.index + 1; i < plan.items.length; i++) {
    const clock = parseClock(plan.items[i]?.sessionStart);
    if (clock !== null) cursor = Math.max(cursor, atClock(f.startedAt ?? now, clock));
    cursor += Math.max(0, budget(f, plan, i) - elapsedOf(f, i));
  }
  return cursor;
}

function referenceEnd(f: Fold, plan: RunPlan): number | null {
  if (f.startedAt === null || f.late === 'shift' || plan.start === null) {
    const from = f.startedAt ?? plan.start;
    return from === null ? null : planAgenda(plan.items, from).plannedEnd;
  }
  return planAgenda(plan.items, plan.start).plannedEnd;
}

function timerState(budgetMs: number, elapsedMs: number): TimerState {
  const left = budgetMs - elapsedMs;
  if (left < 0) return 'overtime';
  if (left <= budgetMs * CRITICAL_SHARE) return 'critical';
  if (left <= budgetMs * WARNING_SHARE) return 'warning';
  return 'normal';
}

/** The run at `now`: current item, countdown, forecast and the actual times of every item. */
export function deriveRun(events: readonly RunEvent[], plan: RunPlan, now: number): RunView {
  const n = plan.items.length;
  const first = events[0]?.at ?? now;
  const f: Fold = {
    status: 'idle',
    mode: 'manual',
    index: 0,
    t: Number.isFinite(first) ? first : 0,
    startedAt: null,
    finishedAt: null,
    late: null,
    factor: 1,
    elapsed: new Array<number>(n).fill(0),
    extra: new Array<number>(n).fill(0),
    firstStart: new Array<number | null>(n).fill(null),
    lastEnd: new Array<number | null>(n).fill(null),
  };
  for (const e of events) {
    advance(f, plan, Math.max(f.t, e.at));
    apply(f, plan, e);
  }
  const at = Math.max(f.t, Number.isFinite(now) ? now : f.t);
  advance(f, plan, at);
  const index = Math.min(f.index, Math.max(0, n - 1));
  const budgetMs = budget(f, plan, index);
  const elapsedMs = elapsedOf(f, index);
  const active = f.status === 'running' || f.status === 'paused';
  const ref = referenceEnd(f, plan);
  const forecastEnd = forecast(f, plan, at);
  return {
    status: f.status,
    mode: f.mode,
    index,
    itemId: plan.items[index]?.id ?? null,
    budgetMs,
    elapsedMs,
    leftMs: Math.max(0, budgetMs - elapsedMs),
    overtimeMs: Math.max(0, elapsedMs - budgetMs),
    timerState: active ? timerState(budgetMs, elapsedMs) : 'normal',
    startedAt: f.startedAt,
    finishedAt: f.finishedAt,
    late: f.late,
    referenceEnd: ref,
    forecastEnd,
    deltaMs: ref === null ? 0 : forecastEnd - ref,
    actuals: plan.items.map((item, i) => ({
      id: item.id,
      start: f.firstStart[i] ?? null,
      end: f.lastEnd[i] ?? null,
      activeMs: elapsedOf(f, i),
      budgetMs: budget(f, plan, i),
    })),
  };
}

/** True when starting at `at` would be late against the plan (the UI then asks shift or keep end). */
export function isLateStart(plan: RunPlan, at: number): boolean {
  return plan.start !== null && at > plan.start + LATE_AFTER_MS;
}
