import { describe, expect, it } from 'vitest';
import { atClock, MINUTE_MS, parseClock, planAgenda } from './timing';

const nineAm = new Date(2026, 11, 1, 9, 0).getTime();
const at = (h: number, m: number) => new Date(2026, 11, 1, h, m).getTime();

describe('planAgenda', () => {
  it('gives each item its clock time, the total and the planned end', () => {
    const t = planAgenda(
      [
        { id: 'a', minutes: 10 },
        { id: 'b', minutes: 25 },
        { id: 'c', minutes: 5 },
      ],
      nineAm,
    );
    expect(t.items.map((i) => [i.start, i.end])).toEqual([
      [at(9, 0), at(9, 10)],
      [at(9, 10), at(9, 35)],
      [at(9, 35), at(9, 40)],
    ]);
    expect(t.totalMinutes).toBe(40);
    expect(t.plannedEnd).toBe(at(9, 40));
  });

  it('starts a second session at its own clock time (lunch is not counted in the total)', () => {
    const t = planAgenda(
      [
        { id: 'am', minutes: 150 },
        { id: 'pm', minutes: 60, sessionStart: '13:00' },
      ],
      nineAm,
    );
    expect(t.items[1]?.start).toBe(at(13, 0));
    expect(t.items[1]?.opensSession).toBe(true);
    expect(t.items[1]?.overlaps).toBe(false);
    expect(t.totalMinutes).toBe(210);
    expect(t.plannedEnd).toBe(at(14, 0));
  });

  it('flags a session that starts before the previous item ends, and does not go back in time', () => {
    const t = planAgenda(
      [
        { id: 'am', minutes: 300 },
        { id: 'pm', minutes: 30, sessionStart: '13:00' },
      ],
      nineAm,
    );
    expect(t.items[1]?.overlaps).toBe(true);
    expect(t.items[1]?.start).toBe(at(14, 0));
  });

  it('lets the first item move the start to its session time', () => {
    const t = planAgenda([{ id: 'a', minutes: 30, sessionStart: '10:30' }], nineAm);
    expect(t.start).toBe(at(10, 30));
    expect(t.plannedEnd).toBe(at(11, 0));
  });

  it('counts broken durations as zero minutes', () => {
    const t = planAgenda(
      [
        { id: 'a', minutes: Number.NaN },
        { id: 'b', minutes: -5 },
        { id: 'c', minutes: 10 },
      ],
      nineAm,
    );
    expect(t.totalMinutes).toBe(10);
    expect(t.plannedEnd).toBe(nineAm + 10 * MINUTE_MS);
  });

  it('an empty agenda ends where it starts', () => {
    expect(planAgenda([], nineAm)).toEqual({ items: [], totalMinutes: 0, start: nineAm, plannedEnd: nineAm });
  });
});

describe('parseClock / atClock', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(parseClock('13:05')).toBe(13 * 60 + 5);
    expect(parseClock('9:00')).toBe(540);
    for (const bad of ['24:00', '12:60', '1300', '', undefined, 'ab:cd']) expect(parseClock(bad)).toBeNull();
  });

  it('places a clock time on the same local day', () => {
    expect(atClock(at(9, 17), 13 * 60)).toBe(at(13, 0));
  });
});
