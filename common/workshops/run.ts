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
 *   end (every item's time shrinks by one factor, never below a quarter; rounded cumulatively, so
 *   the shrunk times add up to the planned end to the millisecond).
 * - Items are tracked by id: an event names the item it entered or extended, so reordering the
 *   agenda mid-run keeps the current item and every item's times. An event without an id (stored
 *   by an older version) moves by position in today's order; a current item that was deleted
 *   gives way to the item now at its position.
 */
import { atClock, MINUTE_MS, parseClock, planAgenda, safeMinutes, type TimingItem } from './timing';
import type { LateStart, RunAction, RunEvent, RunEventType, RunMode } from './runEvents';

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
  /** The current item's id (null before the first item is entered). */
  current: string | null;
  /** The current item's position when it was entered: the fallback if it leaves the plan. */
  position: number;
  t: number;
  startedAt: number | null;
  finishedAt: number | null;
  late: LateStart | null;
  factor: number;
  /** Per item id: active time, extensions, first entered, last left (null while current). */
  elapsed: Map<string, number>;
  extra: Map<string, number>;
  firstStart: Map<string, number>;
  lastEnd: Map<string, number | null>;
  /** Planned times in ms scaled by `factor`, by position. */
  scaled: number[];
  /** Position of each item id in the plan. */
  positions: ReadonlyMap<string, number>;
}

/**
 * Each item's planned time times `factor`, rounded on the running total so the rounded times sum
 * to the rounded total (rounding each alone could end a kept-end run a few ms early: 10:59).
 */
function scaledTimes(plan: RunPlan, factor: number): number[] {
  let total = 0;
  let previous = 0;
  return plan.items.map((item) => {
    total += safeMinutes(item.minutes) * MINUTE_MS;
    const rounded = Math.round(total * factor);
    const own = rounded - previous;
    previous = rounded;
    return own;
  });
}

/** The current item's position in today's plan (by id; by its old position if it was removed). */
function indexOf(f: Fold, plan: RunPlan): number {
  const found = f.current === null ? undefined : f.positions.get(f.current);
  if (found !== undefined) return found;
  const i = Math.min(Math.max(0, f.position), Math.max(0, plan.items.length - 1));
  if (f.current !== null) f.current = plan.items[i]?.id ?? null;
  return i;
}

function idAt(plan: RunPlan, i: number): string | undefined {
  return plan.items[i]?.id;
}

function budget(f: Fold, plan: RunPlan, i: number): number {
  const id = idAt(plan, i);
  return id === undefined ? 0 : (f.scaled[i] ?? 0) + (f.extra.get(id) ?? 0);
}

function elapsedOf(f: Fold, plan: RunPlan, i: number): number {
  const id = idAt(plan, i);
  return id === undefined ? 0 : (f.elapsed.get(id) ?? 0);
}

function addElapsed(f: Fold, plan: RunPlan, i: number, ms: number): void {
  const id = idAt(plan, i);
  if (id !== undefined) f.elapsed.set(id, (f.elapsed.get(id) ?? 0) + ms);
}

function enter(f: Fold, plan: RunPlan, i: number): void {
  f.position = i;
  const id = idAt(plan, i);
  f.current = id ?? null;
  if (id === undefined) return;
  if (!f.firstStart.has(id)) f.firstStart.set(id, f.t);
  f.lastEnd.set(id, null);
}

function leave(f: Fold, plan: RunPlan): void {
  const id = idAt(plan, indexOf(f, plan));
  if (id !== undefined) f.lastEnd.set(id, f.t);
}

/** Let running time pass until `to`, moving on in automatic mode as countdowns reach zero. */
function advance(f: Fold, plan: RunPlan, to: number): void {
  while (f.t < to) {
    if (f.status !== 'running') {
      f.t = to;
      return;
    }
    const index = indexOf(f, plan);
    const left = budget(f, plan, index) - elapsedOf(f, plan, index);
    const span = to - f.t;
    if (f.mode === 'auto' && left > 0 && left <= span) {
      addElapsed(f, plan, index, left);
      f.t += left;
      step(f, plan, 1, undefined);
      continue;
    }
    addElapsed(f, plan, index, span);
    f.t = to;
  }
}

function finish(f: Fold, plan: RunPlan): void {
  leave(f, plan);
  f.status = 'finished';
  f.finishedAt = f.t;
}

/**
 * Move by one item, or to `target` when the event named one that is still in the plan (`null`: the
 * event finished the run). Past the last item the run finishes.
 */
function step(f: Fold, plan: RunPlan, by: 1 | -1, target: string | null | undefined): void {
  if (target === null) return finish(f, plan);
  const named = target === undefined ? undefined : f.positions.get(target);
  const index = indexOf(f, plan);
  if (named === undefined && by === 1 && index >= plan.items.length - 1) return finish(f, plan);
  leave(f, plan);
  enter(f, plan, named ?? Math.max(0, index + by));
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
  if (!canApply({ status: f.status, index: indexOf(f, plan) }, e.type, plan.items.length)) return;
  switch (e.type) {
    case 'start':
      f.status = 'running';
      f.startedAt = f.t;
      f.late = plan.start !== null && f.t > plan.start + LATE_AFTER_MS ? (e.late ?? 'shift') : null;
      f.factor = f.late === 'keepEnd' ? keepEndFactor(plan, f.t) : 1;
      f.scaled = scaledTimes(plan, f.factor);
      enter(f, plan, (e.item === undefined ? undefined : f.positions.get(e.item)) ?? 0);
      return;
    case 'pause':
      f.status = 'paused';
      return;
    case 'resume':
      f.status = 'running';
      return;
    case 'next':
      step(f, plan, 1, e.item);
      return;
    case 'previous':
      if (f.status === 'finished') {
        f.status = 'running';
        f.finishedAt = null;
        const named = e.item === undefined ? undefined : f.positions.get(e.item);
        enter(f, plan, named ?? indexOf(f, plan));
      } else step(f, plan, -1, e.item);
      return;
    case 'extend': {
      const id = e.item !== undefined && f.positions.has(e.item) ? e.item : idAt(plan, indexOf(f, plan));
      if (id !== undefined)
        f.extra.set(id, (f.extra.get(id) ?? 0) + Math.round(safeMinutes(e.minutes) * MINUTE_MS));
      return;
    }
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
  const index = indexOf(f, plan);
  let cursor = now + Math.max(0, budget(f, plan, index) - elapsedOf(f, plan, index));
  for (let i = index + 1; i < plan.items.length; i++) {
    const clock = parseClock(plan.items[i]?.sessionStart);
    if (clock !== null) cursor = Math.max(cursor, atClock(f.startedAt ?? now, clock));
    cursor += Math.max(0, budget(f, plan, i) - elapsedOf(f, plan, i));
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
  const first = events[0]?.at ?? now;
  const f: Fold = {
    status: 'idle',
    mode: 'manual',
    t: Number.isFinite(first) ? first : 0,
    startedAt: null,
    finishedAt: null,
    late: null,
    factor: 1,
    current: null,
    position: 0,
    elapsed: new Map(),
    extra: new Map(),
    firstStart: new Map(),
    lastEnd: new Map(),
    scaled: scaledTimes(plan, 1),
    positions: new Map(plan.items.map((item, i) => [item.id, i])),
  };
  for (const e of events) {
    advance(f, plan, Math.max(f.t, e.at));
    apply(f, plan, e);
  }
  const at = Math.max(f.t, Number.isFinite(now) ? now : f.t);
  advance(f, plan, at);
  const index = indexOf(f, plan);
  const budgetMs = budget(f, plan, index);
  const elapsedMs = elapsedOf(f, plan, index);
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
      start: f.firstStart.get(item.id) ?? null,
      end: f.lastEnd.get(item.id) ?? null,
      activeMs: elapsedOf(f, plan, i),
      budgetMs: budget(f, plan, i),
    })),
  };
}

/** True when starting at `at` would be late against the plan (the UI then asks shift or keep end). */
export function isLateStart(plan: RunPlan, at: number): boolean {
  return plan.start !== null && at > plan.start + LATE_AFTER_MS;
}

/**
 * The event that records `action` at `at`, stamped with the item it enters or extends (so a later
 * reorder cannot move it), or null when the run's state does not allow the action now.
 */
export function recordAction(
  events: readonly RunEvent[],
  plan: RunPlan,
  action: RunAction,
  at: number,
): RunEvent | null {
  const before = deriveRun(events, plan, at);
  if (!canApply(before, action.type, plan.items.length)) return null;
  const event = { ...action, at } as RunEvent;
  switch (event.type) {
    case 'start':
    case 'previous': {
      const after = deriveRun([...events, event], plan, at);
      return after.itemId === null ? event : { ...event, item: after.itemId };
    }
    case 'next': {
      const after = deriveRun([...events, event], plan, at);
      return { ...event, item: after.status === 'finished' ? null : after.itemId };
    }
    case 'extend':
      return before.itemId === null ? event : { ...event, item: before.itemId };
    default:
      return event;
  }
}
