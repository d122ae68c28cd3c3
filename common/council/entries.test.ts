import { describe, expect, it } from 'vitest';
import {
  agendaAt,
  clockTime,
  currentAgenda,
  groupByAgenda,
  needsHeading,
  retime,
  sortEntries,
} from './entries';
import type { NoteEntry } from './types';

let n = 0;
const entry = (at: string, patch: Partial<NoteEntry> = {}): NoteEntry => ({
  id: `e${++n}`,
  sessionId: 's1',
  at,
  kind: 'entry',
  speakerRole: '',
  speaker: '',
  body: '',
  issueId: '',
  ...patch,
});
const heading = (at: string, title: string) => entry(at, { kind: 'heading', body: title });

describe('sortEntries', () => {
  it('orders by time, keeps the given order on ties, and puts unreadable times last', () => {
    const a = entry('2026-12-01T01:05:00Z', { body: 'a' });
    const b = entry('2026-12-01T01:00:00Z', { body: 'b' });
    const c = entry('2026-12-01T01:00:00Z', { body: 'c' });
    const d = entry('', { body: 'd' });
    expect(sortEntries([d, a, b, c]).map((e) => e.body)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('groupByAgenda', () => {
  it('puts each entry under the last heading at or before it, and re-timing moves it', () => {
    const opening = entry('2026-12-01T00:59:00Z', { body: '開会' });
    const h1 = heading('2026-12-01T01:00:00Z', '議案第1号');
    const q = entry('2026-12-01T01:01:00Z', { body: '質疑' });
    const h2 = heading('2026-12-01T01:30:00Z', '議案第2号');
    const late = entry('2026-12-01T01:31:00Z', { body: '答弁' });
    const groups = groupByAgenda([late, h2, q, h1, opening]);
    expect(groups.map((g) => [g.heading?.body ?? null, g.entries.map((e) => e.body)])).toEqual([
      [null, ['開会']],
      ['議案第1号', ['質疑']],
      ['議案第2号', ['答弁']],
    ]);
    const retimed = { ...late, at: '2026-12-01T01:10:00Z' };
    expect(groupByAgenda([retimed, h2, q, h1]).map((g) => g.entries.length)).toEqual([2, 0]);
  });

  it('has no empty opening group when the session starts with a heading', () => {
    expect(groupByAgenda([heading('2026-12-01T01:00:00Z', '一般質問')])).toHaveLength(1);
  });
});

describe('needsHeading', () => {
  it('inserts a heading only when the agenda item changes', () => {
    const entries = [heading('2026-12-01T01:00:00Z', '議案第1号'), entry('2026-12-01T01:01:00Z')];
    expect(currentAgenda(entries)).toBe('議案第1号');
    expect(needsHeading(entries, '議案第1号')).toBe(false);
    expect(needsHeading(entries, '議案第2号')).toBe(true);
    expect(needsHeading([], '議案第1号')).toBe(true);
    expect(needsHeading(entries, '  ')).toBe(false);
  });
});

describe('retime', () => {
  it('moves the clock time within the same local day', () => {
    const at = new Date(2026, 11, 1, 10, 2, 33).toISOString();
    const moved = new Date(retime(at, '9:45')!);
    expect([moved.getFullYear(), moved.getMonth(), moved.getDate()]).toEqual([2026, 11, 1]);
    expect([moved.getHours(), moved.getMinutes(), moved.getSeconds()]).toEqual([9, 45, 0]);
    expect(clockTime(retime(at, '13:07:05')!)).toBe('13:07');
  });

  it('keeps the time as it is when the minute is unchanged, so an edit of the text does not reorder', () => {
    const at = new Date(2026, 11, 1, 10, 2, 33, 250).toISOString();
    expect(retime(at, '10:02')).toBe(at);
    expect(retime(at, '10:02:00')).toBe(new Date(2026, 11, 1, 10, 2, 0).toISOString());
  });

  it('refuses what is not a time of day', () => {
    const at = new Date(2026, 11, 1, 10, 0).toISOString();
    for (const bad of ['24:00', '10:60', 'ten', '', '10']) expect(retime(at, bad)).toBeNull();
    expect(retime('not a date', '10:00')).toBeNull();
  });
});

describe('agendaAt', () => {
  const headings = [
    { at: '2026-12-02T01:30:00.000Z', body: '一般質問（田中議員）' },
    { at: '2026-12-02T01:00:00.000Z', body: '議案第1号 ' },
  ];
  it('names the last heading at or before the entry, in time order whatever the list order', () => {
    expect(agendaAt(headings, '2026-12-02T01:10:00.000Z')).toBe('議案第1号');
    expect(agendaAt(headings, '2026-12-02T01:30:00.000Z')).toBe('一般質問（田中議員）');
    expect(agendaAt(headings, '2026-12-02T02:45:00.000Z')).toBe('一般質問（田中議員）');
  });
  it('is empty before the first heading and for an unreadable time', () => {
    expect(agendaAt(headings, '2026-12-02T00:59:59.000Z')).toBe('');
    expect(agendaAt(headings, 'not a time')).toBe('');
    expect(agendaAt([], '2026-12-02T01:10:00.000Z')).toBe('');
  });
});
