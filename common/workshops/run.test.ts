import { describe, expect, it } from 'vitest';
import { canApply, deriveRun, isLateStart, recordAction, type RunPlan } from './run';
import type { RunEvent } from './runEvents';
import { MINUTE_MS } from './timing';

const T0 = new Date(2026, 11, 1, 9, 0).getTime();
const min = (m: number) => T0 + m * MINUTE_MS;
const plan: RunPlan = {
  start: T0,
  items: [
    { id: 'a', minutes: 10 },
    { id: 'b', minutes: 20 },
    { id: 'c', minutes: 10 },
  ],
};
const started: RunEvent[] = [{ type: 'start', at: T0 }];

describe('deriveRun: transitions', () => {
  it('is idle before the start, forecasting the planned end', () => {
    const v = deriveRun([], plan, T0 - MINUTE_MS);
    expect(v.status).toBe('idle');
    expect(v.forecastEnd).toBe(min(40));
    expect(v.referenceEnd).toBe(min(40));
    expect(v.timerState).toBe('normal');
  });

  it('start: the first item counts down from its planned minutes', () => {
    const v = deriveRun(started, plan, min(3));
    expect(v).toMatchObject({ status: 'running', index: 0, itemId: 'a', elapsedMs: 3 * MINUTE_MS });
    expect(v.leftMs).toBe(7 * MINUTE_MS);
    expect(v.actuals[0]?.start).toBe(T0);
  });

  it('turns warning at 20 % left, critical at 5 %, overtime past zero (counted up)', () => {
    expect(deriveRun(started, plan, min(7.9)).timerState).toBe('normal');
    expect(deriveRun(started, plan, min(8)).timerState).toBe('warning');
    expect(deriveRun(started, plan, min(9.5)).timerState).toBe('critical');
    const over = deriveRun(started, plan, min(12));
    expect(over.timerState).toBe('overtime');
    expect(over.overtimeMs).toBe(2 * MINUTE_MS);
    expect(over.leftMs).toBe(0);
  });

  it('pause stops the clock; resume continues from the same time left', () => {
    const events: RunEvent[] = [...started, { type: 'pause', at: min(4) }];
    expect(deriveRun(events, plan, min(30)).elapsedMs).toBe(4 * MINUTE_MS);
    expect(deriveRun(events, plan, min(30)).status).toBe('paused');
    const resumed = [...events, { type: 'resume', at: min(30) } as const];
    expect(deriveRun(resumed, plan, min(31)).elapsedMs).toBe(5 * MINUTE_MS);
  });

  it('a pause pushes the forecast end out by its length', () => {
    const events: RunEvent[] = [...started, { type: 'pause', at: min(4) }];
    const v = deriveRun(events, plan, min(9));
    expect(v.forecastEnd).toBe(min(45));
    expect(v.deltaMs).toBe(5 * MINUTE_MS);
  });

  it('pause and resume across midnight count only the running time', () => {
    const late = new Date(2026, 11, 1, 23, 55).getTime();
    const p: RunPlan = { start: null, items: [{ id: 'x', minutes: 30 }] };
    const events: RunEvent[] = [
      { type: 'start', at: late },
      { type: 'pause', at: late + 3 * MINUTE_MS },
      { type: 'resume', at: late + 10 * MINUTE_MS },
    ];
    const v = deriveRun(events, p, late + 12 * MINUTE_MS);
    expect(v.elapsedMs).toBe(5 * MINUTE_MS);
    expect(new Date(v.forecastEnd).getDate()).toBe(2);
    expect(v.forecastEnd).toBe(late + 37 * MINUTE_MS);
  });

  it('next records the actual end and start; the last next finishes the run', () => {
    const events: RunEvent[] = [
      ...started,
      { type: 'next', at: min(12) },
      { type: 'next', at: min(30) },
      { type: 'next', at: min(41) },
    ];
    const v = deriveRun(events, plan, min(50));
    expect(v.status).toBe('finished');
    expect(v.finishedAt).toBe(min(41));
    expect(v.actuals.map((a) => [a.start, a.end, a.activeMs / MINUTE_MS])).toEqual([
      [T0, min(12), 12],
      [min(12), min(30), 18],
      [min(30), min(41), 11],
    ]);
    expect(v.forecastEnd).toBe(min(41));
    expect(v.deltaMs).toBe(1 * MINUTE_MS);
  });

  it('an overrun shifts the forecast end; finishing early shows ahead', () => {
    expect(deriveRun(started, plan, min(13)).deltaMs).toBe(3 * MINUTE_MS);
    const early: RunEvent[] = [...started, { type: 'next', at: min(6) }];
    expect(deriveRun(early, plan, min(6)).deltaMs).toBe(-4 * MINUTE_MS);
  });

  it('extend adds minutes to the current item only', () => {
    const events: RunEvent[] = [...started, { type: 'extend', at: min(9), minutes: 1 }];
    const v = deriveRun(events, plan, min(10));
    expect(v.budgetMs).toBe(11 * MINUTE_MS);
    expect(v.leftMs).toBe(1 * MINUTE_MS);
    expect(v.actuals[1]?.budgetMs).toBe(20 * MINUTE_MS);
    expect(v.deltaMs).toBe(1 * MINUTE_MS);
  });

  it('previous after overtime returns to the earlier item with the time it had left, and keeps the overrun', () => {
    const events: RunEvent[] = [
      ...started,
      { type: 'next', at: min(6) },
      { type: 'previous', at: min(28) }, // b ran 22 of its 20 minutes
    ];
    const back = deriveRun(events, plan, min(29));
    expect(back.itemId).toBe('a');
    expect(back.elapsedMs).toBe(7 * MINUTE_MS);
    expect(back.timerState).toBe('normal');
    expect(back.actuals[1]).toMatchObject({ end: min(28), activeMs: 22 * MINUTE_MS });
    const forward = deriveRun([...events, { type: 'next', at: min(30) }], plan, min(31));
    expect(forward.itemId).toBe('b');
    expect(forward.overtimeMs).toBe(3 * MINUTE_MS);
    expect(forward.timerState).toBe('overtime');
    expect(forward.actuals[1]?.start).toBe(min(6));
  });

  it('previous on a finished run reopens the last item', () => {
    const events: RunEvent[] = [
      ...started,
      { type: 'next', at: min(10) },
      { type: 'next', at: min(30) },
      { type: 'next', at: min(40) },
      { type: 'previous', at: min(42) },
    ];
    const v = deriveRun(events, plan, min(43));
    expect(v).toMatchObject({ status: 'running', itemId: 'c', finishedAt: null });
    expect(v.elapsedMs).toBe(11 * MINUTE_MS);
  });

  it('automatic mode moves on when the countdown reaches zero, manual mode waits', () => {
    const auto: RunEvent[] = [{ type: 'mode', at: T0, mode: 'auto' }, ...started];
    const v = deriveRun(auto, plan, min(35));
    expect(v).toMatchObject({ itemId: 'c', elapsedMs: 5 * MINUTE_MS, mode: 'auto' });
    expect(v.actuals[0]?.end).toBe(min(10));
    expect(v.actuals[1]?.end).toBe(min(30));
    expect(deriveRun(auto, plan, min(45))).toMatchObject({ status: 'finished', finishedAt: min(40) });
    expect(deriveRun(started, plan, min(35))).toMatchObject({ itemId: 'a', status: 'running' });
  });

  it('automatic mode does not move on while paused', () => {
    const events: RunEvent[] = [
      { type: 'mode', at: T0, mode: 'auto' },
      ...started,
      { type: 'pause', at: min(5) },
    ];
    expect(deriveRun(events, plan, min(60))).toMatchObject({ itemId: 'a', status: 'paused' });
  });

  it('late start, shift: the reference end moves by the delay', () => {
    const events: RunEvent[] = [{ type: 'start', at: min(10), late: 'shift' }];
    const v = deriveRun(events, plan, min(10));
    expect(v.late).toBe('shift');
    expect(v.referenceEnd).toBe(min(50));
    expect(v.deltaMs).toBe(0);
    expect(v.budgetMs).toBe(10 * MINUTE_MS);
  });

  it('late start, keep end: items shrink so the planned end still holds', () => {
    const events: RunEvent[] = [{ type: 'start', at: min(10), late: 'keepEnd' }];
    const v = deriveRun(events, plan, min(10));
    expect(v.late).toBe('keepEnd');
    expect(v.referenceEnd).toBe(min(40));
    expect(v.budgetMs).toBe(7.5 * MINUTE_MS);
    expect(v.forecastEnd).toBe(min(40));
  });

  it('a start within a minute of the plan is not late', () => {
    expect(isLateStart(plan, min(0.5))).toBe(false);
    expect(isLateStart(plan, min(2))).toBe(true);
    expect(deriveRun([{ type: 'start', at: min(0.5), late: 'keepEnd' }], plan, min(1)).late).toBeNull();
  });

  it('ignores actions the state does not allow', () => {
    const events: RunEvent[] = [
      { type: 'pause', at: T0 - 5 },
      { type: 'previous', at: T0 - 4 },
      ...started,
      { type: 'start', at: min(1) },
      { type: 'resume', at: min(2) },
      { type: 'previous', at: min(3) },
    ];
    expect(deriveRun(events, plan, min(4))).toMatchObject({
      status: 'running',
      index: 0,
      elapsedMs: 4 * MINUTE_MS,
    });
  });

  it('a clock that went backwards never runs time backwards', () => {
    const events: RunEvent[] = [...started, { type: 'pause', at: min(5) }, { type: 'resume', at: min(2) }];
    const v = deriveRun(events, plan, min(1));
    expect(v.elapsedMs).toBe(5 * MINUTE_MS);
  });

  it('canApply matches the buttons a facilitator sees', () => {
    expect(canApply({ status: 'idle', index: 0 }, 'start', 3)).toBe(true);
    expect(canApply({ status: 'idle', index: 0 }, 'start', 0)).toBe(false);
    expect(canApply({ status: 'running', index: 0 }, 'previous', 3)).toBe(false);
    expect(canApply({ status: 'running', index: 1 }, 'previous', 3)).toBe(true);
    expect(canApply({ status: 'paused', index: 1 }, 'resume', 3)).toBe(true);
    expect(canApply({ status: 'finished', index: 2 }, 'next', 3)).toBe(false);
  });
});

describe('deriveRun: items by id, so a reorder during the run moves nothing', () => {
  const reordered: RunPlan = { start: T0, items: [plan.items[2]!, plan.items[0]!, plan.items[1]!] };
  /** Records actions the way the app does (stamped with the item each one entered). */
  const record = (p: RunPlan, steps: [RunEvent['type'], number][]): RunEvent[] =>
    steps.reduce<RunEvent[]>((events, [type, at]) => {
      const action = type === 'extend' ? { type, minutes: 2 } : ({ type } as { type: 'next' });
      const event = recordAction(events, p, action, at);
      return event ? [...events, event] : events;
    }, []);

  it('stamps each recorded action with the item it entered or extended', () => {
    const events = record(plan, [
      ['start', T0],
      ['next', min(10)],
      ['extend', min(11)],
      ['previous', min(12)],
    ]);
    expect(events.map((e) => ('item' in e ? e.item : '-'))).toEqual(['a', 'b', 'b', 'a']);
    const finished = record(plan, [
      ['start', T0],
      ['next', min(1)],
      ['next', min(2)],
      ['next', min(3)],
    ]);
    expect(finished.at(-1)).toEqual({ type: 'next', at: min(3), item: null });
    expect(recordAction(finished, plan, { type: 'next' }, min(4))).toBeNull();
  });

  it('keeps the current item, its time left and every actual when the agenda is reordered', () => {
    const events = record(plan, [
      ['start', T0],
      ['next', min(12)],
    ]);
    const before = deriveRun(events, plan, min(20));
    const after = deriveRun(events, reordered, min(20));
    expect(before).toMatchObject({ itemId: 'b', index: 1, elapsedMs: 8 * MINUTE_MS });
    expect(after).toMatchObject({ itemId: 'b', index: 2, elapsedMs: 8 * MINUTE_MS, leftMs: 12 * MINUTE_MS });
    const actual = (v: typeof after, id: string) => v.actuals.find((a) => a.id === id);
    expect(actual(after, 'a')).toEqual(actual(before, 'a'));
    expect(actual(after, 'c')).toMatchObject({ start: null, end: null, activeMs: 0 });
    // The next item is now the one after b in today's order: b is last, so 次へ finishes the run.
    const next = recordAction(events, reordered, { type: 'next' }, min(25));
    expect(next).toEqual({ type: 'next', at: min(25), item: null });
    expect(deriveRun([...events, next!], reordered, min(26)).status).toBe('finished');
  });

  it('an extension stays with the item it was given to after a reorder', () => {
    const events = record(plan, [
      ['start', T0],
      ['extend', min(1)],
    ]);
    const after = deriveRun(events, reordered, min(2));
    expect(after).toMatchObject({ itemId: 'a', budgetMs: 12 * MINUTE_MS });
    expect(after.actuals.find((a) => a.id === 'c')?.budgetMs).toBe(10 * MINUTE_MS);
  });

  it('reads runs stored before ids were recorded by position, as before', () => {
    const legacy: RunEvent[] = [...started, { type: 'next', at: min(12) }];
    expect(deriveRun(legacy, plan, min(20))).toMatchObject({ itemId: 'b', index: 1 });
    // Without ids, today's order decides: position 1 is now a.
    expect(deriveRun(legacy, reordered, min(20))).toMatchObject({ itemId: 'a', index: 1 });
    // A list that mixes old and new events still folds.
    const mixed: RunEvent[] = [...legacy, { type: 'next', at: min(30), item: 'c' }];
    expect(deriveRun(mixed, plan, min(31))).toMatchObject({ itemId: 'c', elapsedMs: MINUTE_MS });
  });

  it('a deleted current item gives way to the item now at its position', () => {
    const events = record(plan, [
      ['start', T0],
      ['next', min(10)],
    ]);
    const without: RunPlan = { start: T0, items: [plan.items[0]!, plan.items[2]!] };
    const v = deriveRun(events, without, min(15));
    expect(v).toMatchObject({ status: 'running', itemId: 'c', index: 1 });
    expect(Number.isNaN(v.elapsedMs)).toBe(false);
  });
});

describe('deriveRun: a kept end holds to the millisecond', () => {
  it('the shrunk item times add up to the planned end for any late start', () => {
    const odd: RunPlan = {
      start: T0,
      items: [7, 13, 11, 3, 19, 5, 17].map((minutes, i) => ({ id: `i${i}`, minutes })),
    };
    const plannedEnd = min(75);
    for (let late = 61_001; late < 30 * MINUTE_MS; late += 7_919) {
      const v = deriveRun([{ type: 'start', at: T0 + late, late: 'keepEnd' }], odd, T0 + late);
      expect(v.forecastEnd).toBe(plannedEnd);
    }
  });
});
