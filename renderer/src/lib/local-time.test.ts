import { describe, expect, it } from 'vitest';
import { addDays, localMoment } from './local-time.ts';

describe('localMoment', () => {
  it('reads the wall clock in the forms the content stores', () => {
    const ms = new Date(2026, 11, 24, 8, 5, 59).getTime();
    expect(localMoment(ms)).toEqual({
      date: '2026-12-24',
      time: '08:05',
      weekday: 4,
      stamp: '2026-12-24T08:05',
    });
  });

  it('counts Sunday as day 0', () => {
    expect(localMoment(new Date(2026, 11, 27, 23, 59).getTime()).weekday).toBe(0);
  });
});

describe('addDays', () => {
  it('crosses the end of a month and of a year', () => {
    expect(addDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', weekday: 5 });
    expect(addDays('2028-02-28', 1)).toEqual({ date: '2028-02-29', weekday: 2 });
  });

  it('keeps the day across a daylight saving change', () => {
    expect(addDays('2026-03-07', 1).date).toBe('2026-03-08');
    expect(addDays('2026-11-01', 1).date).toBe('2026-11-02');
  });
});

describe('the zone these tests run in', () => {
  it('is one with daylight saving time, so the tests above would catch a slipped day', () => {
    const winter = new Date(2026, 0, 15).getTimezoneOffset();
    const summer = new Date(2026, 6, 15).getTimezoneOffset();
    expect(winter).not.toBe(summer);
  });
});
