import { describe, expect, it } from 'vitest';
import { intersectDays, readDay, readQueryDates, withoutToken, type Today } from './queryDates';

const today: Today = { year: 2026, month: 12, day: 3 };

describe('dates typed into the search box', () => {
  it('reads the ways a day is written as that calendar day', () => {
    for (const word of [
      '12月3日',
      '１２月３日',
      '12/3',
      '１２／３',
      '2026-12-03',
      '2026-12-3',
      '2026/12/03',
      '2026.12.3',
      '2026年12月3日',
      '令和8年12月3日',
      '令和８年１２月３日',
      'R8.12.3',
      '今日',
      '本日',
    ])
      expect(readDay(word, today), word).toBe('2026-12-03');
    expect(readDay('昨日', today)).toBe('2026-12-02');
    expect(readDay('きのう', today)).toBe('2026-12-02');
    expect(readDay('一昨日', today)).toBe('2026-12-01');
    expect(readDay('明日', today)).toBe('2026-12-04');
    expect(readDay('Yesterday', today)).toBe('2026-12-02');
    expect(readDay('令和元年5月1日', today)).toBe('2019-05-01');
    expect(readDay('平成31年4月30日', today)).toBe('2019-04-30');
  });

  it('crosses month and year ends for 昨日 and 明日', () => {
    expect(readDay('昨日', { year: 2027, month: 1, day: 1 })).toBe('2026-12-31');
    expect(readDay('明日', { year: 2028, month: 2, day: 28 })).toBe('2028-02-29');
  });

  it('gives a day without a year the latest year that puts it at most ~3 months ahead', () => {
    expect(readDay('1月15日', today)).toBe('2027-01-15');
    expect(readDay('11/20', today)).toBe('2026-11-20');
    expect(readDay('6/1', today)).toBe('2026-06-01');
    expect(readDay('6/1', { year: 2026, month: 1, day: 10 })).toBe('2025-06-01');
    expect(readDay('3/1', { year: 2026, month: 1, day: 10 })).toBe('2026-03-01');
    expect(readDay('12/20', { year: 2026, month: 1, day: 10 })).toBe('2025-12-20');
  });

  it('leaves a number that is not a day as a word', () => {
    for (const word of [
      '2026',
      '12',
      '12月',
      '3日',
      '12/34',
      '13/1',
      '0/3',
      '2月30日',
      '2026-02-29',
      '2026-13-01',
      '1.5',
      '3/4/5',
      '12月3日の',
      '令和8年12.3',
      '交通',
      '20261203',
    ])
      expect(readDay(word, today), word).toBeNull();
    expect(readDay('2028-02-29', today)).toBe('2028-02-29');
  });

  it('splits a query into a date condition and the words searched as text', () => {
    expect(readQueryDates('12月3日 交通', today)).toEqual({
      words: '交通',
      dates: [{ token: '12月3日', day: '2026-12-03' }],
      from: '2026-12-03',
      to: '2026-12-03',
    });
    expect(readQueryDates('交通\u3000昨日　予算', today)).toMatchObject({
      words: '交通 予算',
      from: '2026-12-02',
      to: '2026-12-02',
    });
    expect(readQueryDates('予算 2026 12', today)).toEqual({
      words: '予算 2026 12',
      dates: [],
      from: '',
      to: '',
    });
    expect(readQueryDates('', today)).toEqual({ words: '', dates: [], from: '', to: '' });
  });

  it('makes a span of several days, earliest to latest', () => {
    expect(readQueryDates('12/5 12月1日 会議', today)).toMatchObject({
      words: '会議',
      from: '2026-12-01',
      to: '2026-12-05',
    });
  });

  it('searches a quoted day as the text itself', () => {
    expect(readQueryDates('「12月3日」 説明会', today)).toEqual({
      words: '12月3日 説明会',
      dates: [],
      from: '',
      to: '',
    });
    expect(readQueryDates('"12/3"', today).words).toBe('12/3');
    // Quotes around a word that is not a day are searched as typed, as before.
    expect(readQueryDates('「鋭意検討」', today).words).toBe('「鋭意検討」');
  });

  it('takes one date word out of the query (a chip’s ×)', () => {
    expect(withoutToken('12月3日 交通', '12月3日')).toBe('交通');
    expect(withoutToken('交通　昨日 予算', '昨日')).toBe('交通 予算');
    expect(withoutToken('交通', '昨日')).toBe('交通');
  });

  it('narrows the date filter by the dates typed (both must hold)', () => {
    expect(intersectDays({ from: '', to: '' }, { from: '2026-12-03', to: '2026-12-03' })).toEqual({
      from: '2026-12-03',
      to: '2026-12-03',
    });
    expect(
      intersectDays({ from: '2026-12-01', to: '2026-12-31' }, { from: '2026-11-20', to: '2026-12-03' }),
    ).toEqual({
      from: '2026-12-01',
      to: '2026-12-03',
    });
    expect(intersectDays({ from: '', to: '' }, { from: '', to: '' })).toEqual({ from: '', to: '' });
  });
});
