import { describe, expect, it } from 'vitest';
import { localMoment } from './local-time.ts';
import { officeStatus, upcomingClosures, weekRows, type OfficeHours } from './office-hours.ts';

const weekdays = (opens: string, closes: string) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, opens, closes }));

const HOURS: OfficeHours = {
  weekly: [...weekdays('08:00', '12:00'), ...weekdays('13:00', '17:00')],
  closures: [{ date: '2026-12-25', note: { en: 'Christmas Day', es: 'Día de Navidad' } }],
};

/** Wednesday 23 December 2026 at the given time, on the machine's clock. */
const wed = (hh: number, mm = 0) => localMoment(new Date(2026, 11, 23, hh, mm).getTime());

describe('officeStatus', () => {
  it('says nothing when staff have entered no hours and no closure for today', () => {
    expect(officeStatus({ weekly: [], closures: [] }, wed(10))).toBeNull();
    expect(officeStatus({ weekly: [], closures: HOURS.closures }, wed(10))).toBeNull();
  });

  it('is open from the opening minute until just before closing', () => {
    expect(officeStatus(HOURS, wed(7, 59))).toMatchObject({ state: 'closed' });
    expect(officeStatus(HOURS, wed(8))).toEqual({ state: 'open', closes: '12:00' });
    expect(officeStatus(HOURS, wed(11, 59))).toEqual({ state: 'open', closes: '12:00' });
    expect(officeStatus(HOURS, wed(16, 59))).toEqual({ state: 'open', closes: '17:00' });
  });

  it('is closed over lunch and says it opens again the same day', () => {
    expect(officeStatus(HOURS, wed(12, 30))).toEqual({
      state: 'closed',
      closure: null,
      opens: { inDays: 0, weekday: 3, time: '13:00' },
    });
  });

  it('lets a closure win over the weekly hours and skips it when looking ahead', () => {
    const christmasMorning = localMoment(new Date(2026, 11, 25, 10).getTime());
    expect(officeStatus(HOURS, christmasMorning)).toEqual({
      state: 'closed',
      closure: HOURS.closures[0]!.note,
      opens: { inDays: 3, weekday: 1, time: '08:00' },
    });
    // Thursday evening: Friday is Christmas, so the next opening is Monday.
    expect(officeStatus(HOURS, wed(18))).toMatchObject({
      opens: { inDays: 1, weekday: 4, time: '08:00' },
    });
  });

  it('reports a closure today even when no weekly hours are set', () => {
    const christmas = localMoment(new Date(2026, 11, 25, 10).getTime());
    expect(officeStatus({ weekly: [], closures: HOURS.closures }, christmas)).toEqual({
      state: 'closed',
      closure: HOURS.closures[0]!.note,
      opens: null,
    });
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
  it('keeps today and later, soonest first', () => {
    const closures = [
      { date: '2027-01-01', note: { en: 'New Year’s Day', es: '' } },
      { date: '2026-11-26', note: { en: 'Thanksgiving', es: '' } },
      { date: '2026-12-25', note: { en: 'Christmas Day', es: '' } },
    ];
    const dates = upcomingClosures({ weekly: [], closures }, '2026-12-25').map((c) => c.date);
    expect(dates).toEqual(['2026-12-25', '2027-01-01']);
  });
});
