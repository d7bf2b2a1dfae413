import { describe, expect, it } from 'vitest';
import { localMoment } from './local-time.ts';
import {
  officeStatus,
  upcomingClosures,
  weekRows,
  type Closure,
  type OfficeHours,
} from './office-hours.ts';

const weekdays = (opens: string, closes: string) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, opens, closes }));

const NO_NOTE = { en: '', es: '' };

const closure = (
  startDate: string,
  endDate = startDate,
  kind: Closure['kind'] = 'closed',
  time = '',
  note = NO_NOTE,
): Closure => ({ startDate, endDate, kind, time, note });

const CHRISTMAS = closure('2026-12-25', '2026-12-25', 'closed', '', {
  en: 'Christmas Day',
  es: 'Día de Navidad',
});

const HOURS: OfficeHours = {
  weekly: [...weekdays('08:00', '12:00'), ...weekdays('13:00', '17:00')],
  closures: [CHRISTMAS],
};

/** A day of December 2026 at the given time, on the machine's clock (the 23rd is a Wednesday). */
const dec = (day: number, hh: number, mm = 0) =>
  localMoment(new Date(2026, 11, day, hh, mm).getTime());
const wed = (hh: number, mm = 0) => dec(23, hh, mm);

describe('officeStatus: the plain week', () => {
  it('says nothing when staff have entered no hours and no closure for today', () => {
    expect(officeStatus({ weekly: [], closures: [] }, wed(10))).toBeNull();
    expect(officeStatus({ weekly: [], closures: HOURS.closures }, wed(10))).toBeNull();
  });

  it('is open from the opening minute until just before closing', () => {
    expect(officeStatus(HOURS, wed(7, 59))).toMatchObject({ state: 'closed' });
    expect(officeStatus(HOURS, wed(8))).toEqual({ state: 'open', closes: '12:00', early: null });
    expect(officeStatus(HOURS, wed(11, 59))).toEqual({
      state: 'open',
      closes: '12:00',
      early: null,
    });
    expect(officeStatus(HOURS, wed(16, 59))).toEqual({
      state: 'open',
      closes: '17:00',
      early: null,
    });
  });

  it('is closed over lunch and says it opens again the same day', () => {
    expect(officeStatus(HOURS, wed(12, 30))).toEqual({
      state: 'closed',
      closure: null,
      note: null,
      opens: { inDays: 0, weekday: 3, time: '13:00' },
    });
  });
});

describe('officeStatus: whole-day closures', () => {
  it('lets a closure win over the weekly hours and skips it when looking ahead', () => {
    expect(officeStatus(HOURS, dec(25, 10))).toEqual({
      state: 'closed',
      closure: CHRISTMAS.note,
      note: null,
      opens: { inDays: 3, weekday: 1, time: '08:00' },
    });
    // Thursday evening: Friday is Christmas, so the next opening is Monday.
    expect(officeStatus(HOURS, wed(18))).toMatchObject({
      opens: { inDays: 1, weekday: 4, time: '08:00' },
    });
  });

  it('reports a closure today even when no weekly hours are set', () => {
    expect(officeStatus({ weekly: [], closures: HOURS.closures }, dec(25, 10))).toEqual({
      state: 'closed',
      closure: CHRISTMAS.note,
      note: null,
      opens: null,
    });
  });

  it('closes every day of a closure spanning several days, and opens after it', () => {
    const hours = { ...HOURS, closures: [closure('2026-12-24', '2026-12-29')] };
    for (const day of [24, 28, 29]) {
      expect(officeStatus(hours, dec(day, 10))).toMatchObject({
        state: 'closed',
        closure: NO_NOTE,
      });
    }
    expect(officeStatus(hours, dec(24, 10))).toMatchObject({
      opens: { inDays: 6, weekday: 3, time: '08:00' },
    });
    expect(officeStatus(hours, dec(30, 10))).toMatchObject({ state: 'open' });
    expect(officeStatus(hours, dec(23, 10))).toMatchObject({ state: 'open' });
  });
});

describe('officeStatus: early closing and late opening', () => {
  // Friday 11 December 2026, Mon-Fri 08:00-17:00.
  const NOON_NOTE = { en: 'The lobby closes at noon.', es: 'El vestíbulo cierra al mediodía.' };
  const friday = { weekly: weekdays('08:00', '17:00'), closures: [] as Closure[] };
  const early = {
    ...friday,
    closures: [closure('2026-12-11', '2026-12-11', 'closes-early', '12:00', NOON_NOTE)],
  };

  it('is closed on Friday at 13:00 after an early closing at noon', () => {
    expect(officeStatus(friday, dec(11, 13))).toMatchObject({ state: 'open' });
    expect(officeStatus(early, dec(11, 13))).toEqual({
      state: 'closed',
      closure: null,
      note: NOON_NOTE,
      opens: { inDays: 3, weekday: 1, time: '08:00' },
    });
  });

  it('is open that morning, closing at noon, with the reason', () => {
    expect(officeStatus(early, dec(11, 9))).toEqual({
      state: 'open',
      closes: '12:00',
      early: NOON_NOTE,
    });
    expect(officeStatus(early, dec(11, 11, 59))).toMatchObject({ state: 'open' });
    expect(officeStatus(early, dec(11, 12))).toMatchObject({ state: 'closed' });
  });

  it('leaves the days around an early closing as they were', () => {
    expect(officeStatus(early, dec(10, 16))).toEqual({
      state: 'open',
      closes: '17:00',
      early: null,
    });
    expect(officeStatus(early, dec(14, 16))).toEqual({
      state: 'open',
      closes: '17:00',
      early: null,
    });
  });

  it('drops the afternoon range of a split day when the early closing is before it', () => {
    const split = {
      ...HOURS,
      closures: [closure('2026-12-23', '2026-12-23', 'closes-early', '11:00')],
    };
    expect(officeStatus(split, wed(10))).toMatchObject({ state: 'open', closes: '11:00' });
    expect(officeStatus(split, wed(14))).toMatchObject({
      state: 'closed',
      opens: { inDays: 1, weekday: 4, time: '08:00' },
    });
  });

  it('opens late: closed before the time, says when it opens, open after', () => {
    const late = {
      ...friday,
      closures: [closure('2026-12-11', '2026-12-11', 'opens-late', '10:30', NOON_NOTE)],
    };
    expect(officeStatus(late, dec(11, 9))).toEqual({
      state: 'closed',
      closure: null,
      note: NOON_NOTE,
      opens: { inDays: 0, weekday: 5, time: '10:30' },
    });
    expect(officeStatus(late, dec(11, 10, 30))).toEqual({
      state: 'open',
      closes: '17:00',
      early: null,
    });
  });

  it('applies an early closing to every day it spans', () => {
    const week = {
      ...friday,
      closures: [closure('2026-12-21', '2026-12-23', 'closes-early', '15:00')],
    };
    for (const day of [21, 22, 23]) {
      expect(officeStatus(week, dec(day, 15, 30))).toMatchObject({ state: 'closed' });
      expect(officeStatus(week, dec(day, 14))).toMatchObject({ state: 'open', closes: '15:00' });
    }
    expect(officeStatus(week, dec(24, 15, 30))).toMatchObject({ state: 'open', closes: '17:00' });
  });

  it('lets a whole-day closure win over an early closing the same day', () => {
    const both = {
      ...friday,
      closures: [
        closure('2026-12-11', '2026-12-11', 'closes-early', '12:00'),
        closure('2026-12-11'),
      ],
    };
    expect(officeStatus(both, dec(11, 9))).toMatchObject({ state: 'closed', closure: NO_NOTE });
  });
});

describe('weekRows', () => {
  it('lists Monday to Sunday with each day’s hours in order', () => {
    const rows = weekRows(HOURS);
    expect(rows.map((r) => r.weekday)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(rows[0]!.ranges).toEqual([
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '17:00' },
    ]);
    expect(rows[5]!.ranges).toEqual([]);
  });

  it('is empty when no hours are set, so no table of "Closed" is shown', () => {
    expect(weekRows({ weekly: [], closures: [] })).toEqual([]);
  });
});

describe('upcomingClosures', () => {
  it('keeps those not over by today, soonest first', () => {
    const closures = [
      closure('2027-01-01'),
      closure('2026-11-26'),
      closure('2026-12-25'),
      closure('2026-12-20', '2026-12-26'),
    ];
    const starts = upcomingClosures({ weekly: [], closures }, '2026-12-25').map((c) => c.startDate);
    expect(starts).toEqual(['2026-12-20', '2026-12-25', '2027-01-01']);
  });
});
